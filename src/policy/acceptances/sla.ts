import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { configError } from '../../core/errors.js';
import type { Finding } from '../../core/finding.js';
import type { AcceptancesPolicy } from '../sections/acceptances.js';
import { isoDay } from './basics.js';

export const FIRST_SEEN_FILE = '.bulwark/first-seen.json';
const DAY_MS = 86_400_000;

export interface SlaStatus {
  fingerprint: string;
  firstSeen: string;
  /** Last day (ISO date) to fix; undefined for info findings (no SLA). */
  due?: string;
  breached: boolean;
  daysLeft?: number;
}

/** Due date and breach flag per finding; a finding never seen before is first seen `now`. */
export function computeSla(
  findings: readonly Finding[],
  firstSeen: ReadonlyMap<string, string>,
  policy: AcceptancesPolicy,
  now: Date,
): SlaStatus[] {
  const today = Date.parse(`${isoDay(now)}T00:00:00Z`);
  return findings.map((finding) => {
    const seen = firstSeen.get(finding.fingerprint) ?? isoDay(now);
    if (finding.severity === 'info') return { fingerprint: finding.fingerprint, firstSeen: seen, breached: false };
    const dueMs = Date.parse(`${seen.slice(0, 10)}T00:00:00Z`) + policy.sla_days[finding.severity] * DAY_MS;
    const daysLeft = Math.round((dueMs - today) / DAY_MS);
    return {
      fingerprint: finding.fingerprint,
      firstSeen: seen,
      due: isoDay(new Date(dueMs)),
      breached: daysLeft < 0,
      daysLeft,
    };
  });
}

export async function readFirstSeen(root: string): Promise<Map<string, string>> {
  const file = join(root, FIRST_SEEN_FILE);
  if (!existsSync(file)) return new Map();
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as unknown;
    if (!data || typeof data !== 'object' || Array.isArray(data))
      throw new Error('expected an object of fingerprint -> date');
    return new Map(Object.entries(data).filter((pair): pair is [string, string] => typeof pair[1] === 'string'));
  } catch (error) {
    throw configError(`${FIRST_SEEN_FILE} is not valid: ${(error as Error).message}`);
  }
}

/** Record today as the first-seen date of findings not yet known; keeps existing dates. Returns the map. */
export async function updateFirstSeen(
  root: string,
  findings: readonly Finding[],
  now: Date,
): Promise<Map<string, string>> {
  const firstSeen = await readFirstSeen(root);
  let changed = false;
  for (const finding of findings) {
    if (firstSeen.has(finding.fingerprint)) continue;
    firstSeen.set(finding.fingerprint, isoDay(now));
    changed = true;
  }
  if (changed) {
    const file = join(root, FIRST_SEEN_FILE);
    await mkdir(dirname(file), { recursive: true });
    const sorted = Object.fromEntries([...firstSeen].sort(([a], [b]) => a.localeCompare(b)));
    await writeFile(file, `${JSON.stringify(sorted, null, 2)}\n`);
  }
  return firstSeen;
}
