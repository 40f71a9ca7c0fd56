import { z } from 'zod';

/**
 * The OSV schema (https://ossf.github.io/osv-schema/), the fields Bulwark reads. Lenient: unknown fields pass
 * through, so records from newer schema versions still import.
 */
const eventSchema = z
  .object({
    introduced: z.string().optional(),
    fixed: z.string().optional(),
    last_affected: z.string().optional(),
    limit: z.string().optional(),
  })
  .loose();

const rangeSchema = z
  .object({
    type: z.string(),
    repo: z.string().optional(),
    events: z.array(eventSchema).default([]),
  })
  .loose();

const severitySchema = z.object({ type: z.string(), score: z.string() }).loose();

const affectedSchema = z
  .object({
    package: z.object({ ecosystem: z.string(), name: z.string(), purl: z.string().optional() }).loose().optional(),
    ranges: z.array(rangeSchema).optional(),
    versions: z.array(z.coerce.string()).optional(),
    severity: z.array(severitySchema).optional(),
    database_specific: z.record(z.string(), z.unknown()).optional(),
    ecosystem_specific: z.record(z.string(), z.unknown()).optional(),
  })
  .loose();

export const osvRecordSchema = z
  .object({
    id: z.string().min(1),
    modified: z.string().optional(),
    published: z.string().optional(),
    withdrawn: z.string().optional(),
    aliases: z.array(z.string()).nullish(),
    related: z.array(z.string()).nullish(),
    summary: z.string().optional(),
    details: z.string().optional(),
    severity: z.array(severitySchema).nullish(),
    affected: z.array(affectedSchema).default([]),
    references: z.array(z.object({ type: z.string(), url: z.string() }).loose()).nullish(),
    database_specific: z.record(z.string(), z.unknown()).optional(),
  })
  .loose();

export type OsvEvent = z.infer<typeof eventSchema>;
export type OsvRange = z.infer<typeof rangeSchema>;
export type OsvAffected = z.infer<typeof affectedSchema>;
export type OsvRecord = z.infer<typeof osvRecordSchema>;

/**
 * Bulwark-specific keys in `affected[].database_specific` for sources whose ranges are not OSV events:
 * npm ranges from the Node.js security WG and Cargo requirements from RustSec, both matched with semver.
 */
export interface BulwarkRangeData {
  /** node-semver range of vulnerable versions (security-wg `vulnerable_versions`). */
  bulwark_vulnerable_range?: string;
  /** node-semver ranges that are NOT affected (RustSec patched + unaffected). */
  bulwark_unaffected_ranges?: string[];
  /** Versions that fix it, for the message. */
  bulwark_fixed?: string[];
}
