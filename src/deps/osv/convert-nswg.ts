import { isValidNpmRange, lowerBounds } from '../versions/npm.js';
import type { OsvRecord } from './types.js';

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** Is this object a Node.js security-wg npm advisory (vuln/npm/<n>.json)? */
export function isNswgAdvisory(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && 'module_name' in value && 'vulnerable_versions' in value;
}

/**
 * A Node.js security-wg npm advisory as an OSV record with id NSWG-ECO-<n>. npm ranges are arbitrary
 * (`<3.11 || >= 4 <4.5`), so the range stays a semver range in database_specific and is matched with
 * semver.satisfies; patched_versions become the listed fixed versions. Returns a reason string when invalid.
 */
export function convertNswg(advisory: Record<string, unknown>): OsvRecord | string {
  const name = text(advisory.module_name);
  const range = text(advisory.vulnerable_versions);
  if (advisory.id === undefined || advisory.id === null) return 'no id';
  if (!name) return 'no module_name';
  if (!range || !isValidNpmRange(range))
    return `invalid vulnerable_versions ${JSON.stringify(advisory.vulnerable_versions)}`;
  const patched = text(advisory.patched_versions);
  const vector = text(advisory.cvss_vector);
  const cves = Array.isArray(advisory.cves)
    ? advisory.cves.filter((cve): cve is string => typeof cve === 'string')
    : [];
  const references = Array.isArray(advisory.references)
    ? advisory.references.filter((url): url is string => typeof url === 'string').map((url) => ({ type: 'WEB', url }))
    : [];
  const specific: Record<string, unknown> = { source: 'nodejs-security-wg' };
  if (typeof advisory.cvss_score === 'number') specific.cvss_score = advisory.cvss_score;
  if (patched) specific.patched_versions = patched;
  const record: OsvRecord = {
    id: `NSWG-ECO-${String(advisory.id)}`,
    aliases: cves,
    summary: text(advisory.title) ?? `Vulnerability in ${name}`,
    affected: [
      {
        package: { ecosystem: 'npm', name },
        database_specific: {
          bulwark_vulnerable_range: range,
          bulwark_fixed: patched && isValidNpmRange(patched) ? lowerBounds(patched) : [],
        },
      },
    ],
    references,
    database_specific: specific,
  };
  const details = text(advisory.overview);
  if (details) record.details = details;
  const modified = text(advisory.updated_at);
  if (modified) record.modified = modified;
  const published = text(advisory.publish_date);
  if (published) record.published = published;
  if (vector) record.severity = [{ type: 'CVSS_V3', score: vector }];
  return record;
}
