import { parse as parseToml } from 'smol-toml';
import { cargoRequirementToRange } from '../versions/cargo.js';
import { isValidNpmRange, lowerBounds } from '../versions/npm.js';
import type { OsvRecord } from './types.js';

const SKIPPED_INFORMATIONAL = new Set(['unmaintained', 'notice']);

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export type RustsecResult = { record: OsvRecord } | { skip: string } | { invalid: string };

/**
 * A RustSec advisory (markdown with TOML front matter in a ```toml fence) as an OSV record. The patched and
 * unaffected Cargo requirements become semver ranges of versions that are NOT affected. Informational
 * "unmaintained" and "notice" advisories are skipped (they are not vulnerabilities); "unsound" ones are kept
 * with a low severity unless they carry a CVSS vector.
 */
export function convertRustsec(markdown: string): RustsecResult {
  const fence = /^```toml\s*\n([\s\S]*?)\n```\s*\n?([\s\S]*)$/.exec(markdown.replace(/^\uFEFF/, ''));
  if (!fence) return { invalid: 'no ```toml front matter' };
  let front: Record<string, unknown>;
  try {
    front = parseToml(fence[1] ?? '');
  } catch (error) {
    return { invalid: `front matter: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` };
  }
  const advisory = record(front.advisory);
  const versions = record(front.versions);
  const id = advisory.id;
  const name = advisory.package;
  if (typeof id !== 'string' || typeof name !== 'string') return { invalid: 'advisory.id or advisory.package missing' };
  const informational = typeof advisory.informational === 'string' ? advisory.informational.trim() : undefined;
  if (informational && SKIPPED_INFORMATIONAL.has(informational)) return { skip: `informational (${informational})` };
  const patched = strings(versions.patched).map(cargoRequirementToRange);
  const unaffected = strings(versions.unaffected).map(cargoRequirementToRange);
  const bad = [...patched, ...unaffected].find((range) => !isValidNpmRange(range));
  if (bad !== undefined) return { invalid: `unreadable version requirement "${bad}"` };
  const body = fence[2] ?? '';
  const title = /^#\s+(.+)$/m.exec(body)?.[1]?.trim();
  const specific: Record<string, unknown> = { source: 'rustsec' };
  if (informational) specific.informational = informational;
  if (typeof advisory.url === 'string') specific.url = advisory.url;
  const result: OsvRecord = {
    id,
    aliases: strings(advisory.aliases),
    summary: title ?? `Vulnerability in ${name}`,
    details: body
      .replace(/^#\s+.+\n/m, '')
      .trim()
      .slice(0, 2000),
    affected: [
      {
        package: { ecosystem: 'crates.io', name },
        database_specific: {
          bulwark_unaffected_ranges: [...patched, ...unaffected],
          bulwark_fixed: patched.flatMap(lowerBounds),
        },
      },
    ],
    database_specific: specific,
  };
  if (advisory.date !== undefined) {
    result.published = String(advisory.date);
    result.modified = String(advisory.date);
  }
  if (advisory.withdrawn !== undefined) result.withdrawn = String(advisory.withdrawn);
  const cvss = typeof advisory.cvss === 'string' ? advisory.cvss : undefined;
  if (cvss) result.severity = [{ type: cvss.startsWith('CVSS:4') ? 'CVSS_V4' : 'CVSS_V3', score: cvss }];
  else if (informational === 'unsound') specific.severity = 'low';
  return { record: result };
}
