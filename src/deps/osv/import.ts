import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { BulwarkError } from '../../core/errors.js';
import type { Ecosystem } from '../types.js';
import { convertNswg, isNswgAdvisory } from './convert-nswg.js';
import { convertRustsec } from './convert-rustsec.js';
import { type DbUpdateCounts, mergeIntoDb } from './merge.js';
import { type OsvRecord, osvRecordSchema } from './types.js';
import { listZipEntries } from './unzip.js';

export interface InvalidRecord {
  file: string;
  reason: string;
}

export interface ImportSummary extends DbUpdateCounts {
  /** Records read and accepted, before merging. */
  records: number;
  invalid: number;
  /** The first invalid records with their reasons (the count above is complete). */
  invalidExamples: InvalidRecord[];
  /** Not imported on purpose: withdrawn, informational, other ecosystems. */
  skipped: Record<string, number>;
  durationMs: number;
}

interface Collector {
  records: OsvRecord[];
  invalid: InvalidRecord[];
  skipped: Record<string, number>;
}

function skip(collector: Collector, reason: string): void {
  collector.skipped[reason] = (collector.skipped[reason] ?? 0) + 1;
}

function acceptOsv(collector: Collector, file: string, value: unknown): void {
  const parsed = osvRecordSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    collector.invalid.push({ file, reason: `${issue?.path.join('.') || 'record'}: ${issue?.message ?? 'invalid'}` });
    return;
  }
  collector.records.push(parsed.data);
}

/** One parsed JSON/YAML document: an OSV record, a security-wg advisory, or a map/array of either. */
function acceptDocument(collector: Collector, file: string, value: unknown): void {
  if (isNswgAdvisory(value)) {
    const converted = convertNswg(value);
    if (typeof converted === 'string') collector.invalid.push({ file, reason: converted });
    else collector.records.push(converted);
    return;
  }
  if (typeof value === 'object' && value !== null && 'id' in value) {
    acceptOsv(collector, file, value);
    return;
  }
  // The security-wg index.json bundles every advisory in one map; duplicates merge by id later.
  const items = Array.isArray(value) ? value : typeof value === 'object' && value !== null ? Object.values(value) : [];
  if (items.length > 0 && items.every((item) => isNswgAdvisory(item))) {
    for (const item of items) acceptDocument(collector, file, item);
    return;
  }
  collector.invalid.push({ file, reason: 'neither an OSV record nor a security-wg advisory' });
}

function parseText(collector: Collector, file: string, text: string): void {
  const extension = extname(file).toLowerCase();
  try {
    if (extension === '.json') acceptDocument(collector, file, JSON.parse(text));
    else if (extension === '.yaml' || extension === '.yml') acceptDocument(collector, file, parseYaml(text));
    else if (extension === '.md' && /^\uFEFF?```toml/.test(text)) {
      const result = convertRustsec(text);
      if ('record' in result) collector.records.push(result.record);
      else if ('skip' in result) skip(collector, result.skip);
      else collector.invalid.push({ file, reason: result.invalid });
    }
  } catch (error) {
    collector.invalid.push({
      file,
      reason: error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error),
    });
  }
}

function readPath(collector: Collector, path: string): void {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) throw new BulwarkError('usage', `advisory source ${path} does not exist`);
  if (stat.isDirectory()) {
    for (const entry of readdirSync(path).sort()) {
      if (!entry.startsWith('.')) readPath(collector, join(path, entry));
    }
    return;
  }
  if (path.endsWith('.zip')) {
    for (const entry of listZipEntries(readFileSync(path), path)) {
      if (/\.(json|ya?ml)$/i.test(entry.name))
        parseText(collector, `${path}!${entry.name}`, entry.read().toString('utf8'));
    }
    return;
  }
  if (!/\.(json|ya?ml|md)$/i.test(path) || /^(readme|license|contributing)/i.test(basename(path))) return;
  parseText(collector, path, readFileSync(path, 'utf8'));
}

/**
 * Import advisories from folders or files (OSV JSON/YAML, Node.js security-wg npm JSON, RustSec markdown,
 * OSV export zips) into the database at `dbDir`. Invalid records are counted and listed, never fatal.
 */
export function importAdvisories(paths: string[], dbDir: string, now: Date = new Date()): ImportSummary {
  const started = performance.now();
  const collector: Collector = { records: [], invalid: [], skipped: {} };
  for (const path of paths) readPath(collector, path);
  const counts = mergeIntoDb(collector.records, dbDir, {
    now,
    sources: paths,
    invalid: collector.invalid.length,
    onSkip: (reason) => skip(collector, reason),
  });
  return {
    ...counts,
    records: collector.records.length,
    invalid: collector.invalid.length,
    invalidExamples: collector.invalid.slice(0, 20),
    skipped: collector.skipped,
    durationMs: Math.round(performance.now() - started),
  };
}

export type { Ecosystem };
