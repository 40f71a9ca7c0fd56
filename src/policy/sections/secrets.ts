import { z } from 'zod';

export const secretsSection = z
  .object({
    block_commit: z
      .boolean()
      .default(true)
      .describe('A secret blocks the scan (and the commit, from the pre-commit hook).'),
    allowed_patterns: z
      .array(z.string())
      .default([])
      .describe('Regular expressions of values that are not secrets (matched against the secret value).'),
  })
  .strict()
  .describe('Secrets scanner settings.');

export type SecretsPolicy = z.infer<typeof secretsSection>;
