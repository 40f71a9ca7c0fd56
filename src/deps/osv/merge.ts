import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Ecosystem } from '../types.js';
import {
  asEcosystem,
  countPackageFiles,
  type DbManifest,
  packageFileName,
  readIdIndex,
  readManifest,
  readPackageFile,
  writeIdIndex,
  writeManifest,
  writePackageFile,
} from './store.js';
import type { OsvAffected, OsvRecord } from './types.js';

export interface DbUpdateCounts {
  /** Totals in the database after the merge, per ecosystem touched or present. */
  ecosystems: Partial<Record<Ecosystem, { advisories: number; packages: number; changed: number }>>;
}

interface FileChange {
  name: string;
  upserts: Map<string, OsvRecord>;
  removals: Set<string>;
}

/** What one package file keeps of a record: its own affected entries, details trimmed, a few references. */
function trimmed(record: OsvRecord, affected: OsvAffected[]): OsvRecord {
  const copy: OsvRecord = { ...record, affected };
  if (copy.details && copy.details.length > 1000) copy.details = `${copy.details.slice(0, 1000)}...`;
  if (copy.references) copy.references = copy.references.slice(0, 5);
  return copy;
}

export interface MergeOptions {
  now: Date;
  sources: string[];
  invalid: number;
  onSkip(reason: string): void;
}

/**
 * Merge records into the on-disk database: a newer copy of an id replaces the old one everywhere, a withdrawn
 * record removes the id, records for ecosystems Bulwark does not scan are skipped.
 */
export function mergeIntoDb(records: OsvRecord[], dbDir: string, options: MergeOptions): DbUpdateCounts {
  const perEcosystem = new Map<Ecosystem, { incoming: Map<string, Map<string, OsvRecord>>; withdrawn: Set<string> }>();
  const bucket = (eco: Ecosystem) => {
    let entry = perEcosystem.get(eco);
    if (!entry) {
      entry = { incoming: new Map(), withdrawn: new Set() };
      perEcosystem.set(eco, entry);
    }
    return entry;
  };
  const names = new Map<string, string>();
  for (const record of records) {
    const byFile = new Map<string, { eco: Ecosystem; affected: OsvAffected[] }>();
    for (const affected of record.affected) {
      const eco = affected.package ? asEcosystem(affected.package.ecosystem.split(':')[0] ?? '') : undefined;
      if (!eco || !affected.package) continue;
      const file = packageFileName(eco, affected.package.name);
      names.set(`${eco}/${file}`, affected.package.name);
      const key = `${eco}/${file}`;
      byFile.set(key, { eco, affected: [...(byFile.get(key)?.affected ?? []), affected] });
    }
    if (byFile.size === 0) {
      options.onSkip('no npm, PyPI, Go or crates.io package');
      continue;
    }
    if (record.withdrawn) options.onSkip('withdrawn');
    for (const [key, { eco, affected }] of byFile) {
      const target = bucket(eco);
      if (record.withdrawn) {
        target.withdrawn.add(record.id);
        continue;
      }
      const files = target.incoming.get(record.id) ?? new Map<string, OsvRecord>();
      files.set(key.slice(eco.length + 1), trimmed(record, affected));
      target.incoming.set(record.id, files);
    }
  }
  const counts: DbUpdateCounts = { ecosystems: {} };
  for (const [eco, { incoming, withdrawn }] of perEcosystem) {
    const index = readIdIndex(dbDir, eco);
    const changes = new Map<string, FileChange>();
    const change = (file: string): FileChange => {
      let entry = changes.get(file);
      if (!entry) {
        entry = { name: names.get(`${eco}/${file}`) ?? file, upserts: new Map(), removals: new Set() };
        changes.set(file, entry);
      }
      return entry;
    };
    for (const id of withdrawn) {
      if (incoming.has(id)) continue;
      for (const file of index[id] ?? []) change(file).removals.add(id);
      delete index[id];
    }
    for (const [id, files] of incoming) {
      for (const old of index[id] ?? []) if (!files.has(old)) change(old).removals.add(id);
      for (const [file, record] of files) change(file).upserts.set(id, record);
      index[id] = [...files.keys()];
    }
    for (const [file, { name, upserts, removals }] of changes) {
      const existing = readPackageFile(dbDir, eco, file);
      const kept = (existing?.records ?? []).filter((r) => !removals.has(r.id) && !upserts.has(r.id));
      const merged = [...kept, ...upserts.values()];
      if (merged.length === 0) rmSync(join(dbDir, eco, file), { force: true });
      else writePackageFile(dbDir, file, { ecosystem: eco, name: existing?.name ?? name, records: merged });
    }
    writeIdIndex(dbDir, eco, index);
    counts.ecosystems[eco] = {
      advisories: Object.keys(index).length,
      packages: countPackageFiles(dbDir, eco),
      changed: changes.size,
    };
  }
  const manifest: DbManifest = readManifest(dbDir) ?? {
    schemaVersion: 1,
    updatedAt: options.now.toISOString(),
    ecosystems: {},
    imports: [],
  };
  manifest.updatedAt = options.now.toISOString();
  for (const [eco, value] of Object.entries(counts.ecosystems) as [
    Ecosystem,
    { advisories: number; packages: number },
  ][]) {
    manifest.ecosystems[eco] = { advisories: value.advisories, packages: value.packages };
  }
  manifest.imports = [
    ...manifest.imports,
    {
      source: options.sources.join(', '),
      at: options.now.toISOString(),
      records: records.length,
      invalid: options.invalid,
    },
  ].slice(-20);
  writeManifest(dbDir, manifest);
  return counts;
}
