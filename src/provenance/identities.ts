import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { configError, errorMessage } from '../core/errors.js';

/** The shipped table of AI tool identities (see the comments in that file for the pattern semantics). */
export const SHIPPED_IDENTITIES_PATH = new URL('../../data/ai-identities.yaml', import.meta.url);

const patternList = z.array(z.string()).default([]);

const identitySchema = z.object({
  id: z.string().min(1),
  tool: z.string().min(1),
  names: patternList,
  emails: patternList,
  trailer_values: patternList,
  footers: patternList,
});

const identitiesFileSchema = z.object({
  identities: z.array(identitySchema).default([]),
  models: patternList,
});

export type IdentityRecord = z.infer<typeof identitySchema>;

/** One AI tool with its patterns compiled. */
export interface AiIdentity {
  id: string;
  tool: string;
  names: RegExp[];
  emails: RegExp[];
  trailerValues: RegExp[];
  footers: RegExp[];
}

export interface IdentityTable {
  identities: AiIdentity[];
  /** Searches (global) that pull model names out of free text. */
  models: RegExp[];
}

function compile(source: string, where: string, anchored: boolean, flags = 'iu'): RegExp {
  try {
    return new RegExp(anchored ? `^(?:${source})$` : source, flags);
  } catch (error) {
    throw configError(`invalid pattern ${JSON.stringify(source)} (at ${where}): ${errorMessage(error)}`);
  }
}

function compileIdentity(record: IdentityRecord, file: string): AiIdentity {
  const at = (field: string) => `${file}: identities.${record.id}.${field}`;
  return {
    id: record.id,
    tool: record.tool,
    names: record.names.map((p) => compile(p, at('names'), true)),
    emails: record.emails.map((p) => compile(p, at('emails'), true)),
    trailerValues: record.trailer_values.map((p) => compile(p, at('trailer_values'), true)),
    footers: record.footers.map((p) => compile(p, at('footers'), false, 'imu')),
  };
}

function readIdentitiesFile(path: string | URL): z.infer<typeof identitiesFileSchema> {
  const label = String(path instanceof URL ? path.pathname : path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw configError(`cannot read AI identities file ${label}: ${errorMessage(error)}`);
  }
  const parsed = identitiesFileSchema.safeParse(parseYaml(text) ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw configError(`${label}: ${issue?.message ?? 'invalid'} (at ${issue?.path.join('.') ?? ''})`);
  }
  return parsed.data;
}

/** Merge two identity lists: an entry of `extra` with an existing id replaces the shipped one, others are added. */
export function mergeIdentityRecords(base: IdentityRecord[], extra: IdentityRecord[]): IdentityRecord[] {
  const byId = new Map(base.map((record) => [record.id, record]));
  for (const record of extra) byId.set(record.id, record);
  return [...byId.values()];
}

/**
 * The identity table: the shipped data/ai-identities.yaml, plus (optionally) a team's own YAML file of the same
 * shape. Patterns are compiled once; pass the result to classifyCommit for repeated use.
 */
export function loadIdentities(extraYamlPath?: string): IdentityTable {
  const shipped = readIdentitiesFile(SHIPPED_IDENTITIES_PATH);
  const extra = extraYamlPath === undefined ? undefined : readIdentitiesFile(extraYamlPath);
  const records = mergeIdentityRecords(shipped.identities, extra?.identities ?? []);
  const file = extraYamlPath ?? 'ai-identities.yaml';
  return {
    identities: records.map((record) => compileIdentity(record, file)),
    models: [...shipped.models, ...(extra?.models ?? [])].map((p) => compile(p, `${file}: models`, false, 'giu')),
  };
}

let defaultTable: IdentityTable | undefined;

/** The shipped table, loaded on first use (read-only, so sharing it is safe). */
export function defaultIdentities(): IdentityTable {
  defaultTable ??= loadIdentities();
  return defaultTable;
}
