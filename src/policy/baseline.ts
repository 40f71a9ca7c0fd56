import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { configError } from '../core/errors.js';
import type { Finding } from '../core/finding.js';

export const BASELINE_FILE = '.bulwark/baseline.json';

interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  path: string;
  firstSeen: string;
}

export interface Baseline {
  version: 1;
  createdAt: string;
  findings: BaselineEntry[];
}

export async function readBaseline(path: string): Promise<Baseline | undefined> {
  if (!existsSync(path)) return undefined;
  try {
    const parsed = JSON.parse(await readFile(path, 'utf8')) as Baseline;
    if (parsed.version !== 1 || !Array.isArray(parsed.findings)) throw new Error('unexpected shape');
    return parsed;
  } catch (error) {
    throw configError(
      `baseline ${path} is not valid: ${(error as Error).message}`,
      'recreate it with `bulwark baseline`',
    );
  }
}

/** A baseline of the current findings; keeps first-seen dates of fingerprints already in `previous`. */
export function buildBaseline(findings: readonly Finding[], now: Date, previous?: Baseline): Baseline {
  const firstSeen = new Map(previous?.findings.map((entry) => [entry.fingerprint, entry.firstSeen]));
  const entries = new Map<string, BaselineEntry>();
  for (const finding of findings) {
    entries.set(finding.fingerprint, {
      fingerprint: finding.fingerprint,
      ruleId: finding.ruleId,
      path: finding.location.path,
      firstSeen: firstSeen.get(finding.fingerprint) ?? now.toISOString(),
    });
  }
  return {
    version: 1,
    createdAt: now.toISOString(),
    findings: [...entries.values()].sort((a, b) => a.path.localeCompare(b.path) || a.ruleId.localeCompare(b.ruleId)),
  };
}

export async function writeBaseline(path: string, baseline: Baseline): Promise<void> {
  await writeFile(path, `${JSON.stringify(baseline, null, 2)}\n`);
}

/** Mark findings whose fingerprint is in the baseline. */
export function applyBaseline(findings: Finding[], baseline: Baseline | undefined, file: string): void {
  if (!baseline) return;
  const known = new Set(baseline.findings.map((entry) => entry.fingerprint));
  for (const finding of findings) {
    if (!finding.suppressed && known.has(finding.fingerprint)) {
      finding.suppressed = { kind: 'baseline', reason: 'present in the baseline', ref: file };
    }
  }
}
