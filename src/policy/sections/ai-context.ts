import { z } from 'zod';

const modeSchema = z.enum(['redact', 'mask', 'hash', 'tokenize']);

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}

const extraPattern = z
  .object({
    name: z
      .string()
      .regex(/^[a-z0-9][a-z0-9_-]*$/, 'use lower-case letters, digits, - and _')
      .describe('Kind reported for matches (as custom:<name>), e.g. "employee-id".'),
    pattern: z.string().refine(compiles, 'not a valid regular expression').describe('JavaScript regular expression.'),
    level: z
      .enum(['requires-sanitisation', 'never-include'])
      .default('requires-sanitisation')
      .describe('How sensitive a match is.'),
  })
  .strict();

export const aiContextSection = z
  .object({
    internal_domains: z
      .array(z.string())
      .default([])
      .describe(
        'Domains of the internal network (e.g. "acme.net"): the domain and every subdomain count as internal hosts.',
      ),
    never_include_globs: z
      .array(z.string())
      .default([
        '*.pem',
        '*.key',
        '*.p12',
        '*.pfx',
        'id_rsa',
        'id_dsa',
        'id_ecdsa',
        'id_ed25519',
        '.env',
        '.env.local',
        '.env.production',
      ])
      .describe(
        'Files that must never be given to an AI, whatever they contain (globs; a glob without "/" matches the file name anywhere).',
      ),
    extra_patterns: z
      .array(extraPattern)
      .default([])
      .describe('Organisation-specific sensitive values: name, regular expression and level.'),
    allow: z
      .array(z.string())
      .default([])
      .describe('Values never replaced: exact strings, or regular expressions written as /pattern/flags.'),
    operators: z
      .record(z.string(), modeSchema)
      .default({})
      .describe('Sanitising mode per kind or family, e.g. {email: hash, secret: redact, internal-host: tokenize}.'),
    default_mode: modeSchema.default('redact').describe('Sanitising mode for kinds without an operator.'),
  })
  .strict()
  .describe('What may reach an AI assistant: classification and sanitising of sensitive values.');

export type AiContextPolicy = z.infer<typeof aiContextSection>;
