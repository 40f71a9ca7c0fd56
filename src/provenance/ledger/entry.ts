import { createHash } from 'node:crypto';
import { z } from 'zod';

export const DATA_CLASSIFICATIONS = ['public', 'internal', 'confidential', 'restricted'] as const;
export type DataClassification = (typeof DATA_CLASSIFICATIONS)[number];

/** The hash the first entry points back to. */
export const GENESIS_HASH = '0'.repeat(64);

/** One line of .bulwark/ledger/ledger.jsonl. Unknown fields are kept (and covered by the hash). */
export const ledgerEntrySchema = z
  .object({
    seq: z.number().int().positive(),
    date: z.string(),
    commit: z.string(),
    ai_model: z.string(),
    task_summary: z.string(),
    human_reviewer: z.string(),
    security_review: z.boolean(),
    modifications_made: z.array(z.string()),
    data_classification: z.string(),
    context_sanitised: z.boolean(),
    /** "sha256:<hex>" of the prompt given with --prompt-file; the prompt itself is never stored. */
    prompt_hash: z.string().nullable(),
    files: z.array(z.string()),
    /** "sha256:<hex>" fingerprint of the public key that signed the entry, or null. Covered by the hash. */
    signer: z.string().nullable(),
    prev_hash: z.string(),
    hash: z.string(),
    /** Base64 Ed25519 signature of `hash`; not covered by the hash. */
    signature: z.string().optional(),
  })
  .loose();

export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;

/** JSON with object keys sorted at every level and no whitespace: the same data always gives the same bytes. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** sha256 of the entry's canonical JSON without `hash` and `signature`. */
export function entryHash(entry: Record<string, unknown>): string {
  const { hash: _hash, signature: _signature, ...content } = entry;
  return sha256Hex(canonicalJson(content));
}
