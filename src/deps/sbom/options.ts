import { createHash, randomUUID } from 'node:crypto';
import { VERSION } from '../../version.js';

export interface SbomOptions {
  /**
   * Same input, same bytes: the timestamp is SOURCE_DATE_EPOCH when set, else 1970-01-01T00:00:00Z, and the
   * serial number / document namespace are derived from a hash of the content instead of being random.
   */
  reproducible?: boolean;
  /** Explicit creation time (ISO 8601); wins over everything else. */
  timestamp?: string;
  /** Environment to read SOURCE_DATE_EPOCH from (defaults to none: pass process.env from the CLI). */
  env?: NodeJS.ProcessEnv;
  /** Keep packages only needed for development (default true). */
  includeDev?: boolean;
  /** Tool version recorded in the SBOM (defaults to Bulwark's). */
  toolVersion?: string;
}

export const EPOCH_TIMESTAMP = '1970-01-01T00:00:00Z';

/**
 * The SBOM creation time: options.timestamp, else SOURCE_DATE_EPOCH (reproducible-builds.org convention; used
 * whenever it is set), else the epoch when reproducible, else now. Always second precision, UTC, 'Z'.
 */
export function sbomTimestamp(options: SbomOptions): string {
  if (options.timestamp) return new Date(options.timestamp).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const epoch = options.env?.SOURCE_DATE_EPOCH?.trim();
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  if (options.reproducible) return EPOCH_TIMESTAMP;
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A UUID: random, or when reproducible, shaped from a SHA-256 of `content` (RFC 4122 layout, version 8). */
export function sbomUuid(options: SbomOptions, content: string): string {
  if (!options.reproducible) return randomUUID();
  const hex = createHash('sha256').update(content).digest('hex');
  const variant = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function toolVersion(options: SbomOptions): string {
  return options.toolVersion ?? VERSION;
}
