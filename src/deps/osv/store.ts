import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { BulwarkError } from '../../core/errors.js';
import type { Ecosystem } from '../types.js';
import { normalizePypiName } from '../versions/pep440.js';
import type { OsvRecord } from './types.js';

/**
 * On-disk advisory database: <dbDir>/<ecosystem>/<normalised-name>.json holds the OSV records that affect one
 * package; <dbDir>/index/<ecosystem>.json maps advisory id -> package files; <dbDir>/manifest.json has counts
 * and the import history.
 */
export const ECOSYSTEMS: readonly Ecosystem[] = ['npm', 'PyPI', 'Go', 'crates.io'];

export interface DbManifest {
  schemaVersion: 1;
  updatedAt: string;
  ecosystems: Partial<Record<Ecosystem, { advisories: number; packages: number }>>;
  imports: { source: string; at: string; records: number; invalid: number }[];
}

export interface PackageFile {
  ecosystem: Ecosystem;
  name: string;
  records: OsvRecord[];
}

/** $BULWARK_DB, else ~/.cache/bulwark/db. */
export function defaultDbDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.BULWARK_DB && env.BULWARK_DB.trim() !== '' ? env.BULWARK_DB : join(homedir(), '.cache', 'bulwark', 'db');
}

export function asEcosystem(value: string): Ecosystem | undefined {
  return ECOSYSTEMS.find((eco) => eco.toLowerCase() === value.trim().toLowerCase());
}

/** The name advisories and lockfiles agree on: PEP 503 for PyPI, lowercase with '-' for crates, lowercase npm. */
export function normalizePackageName(ecosystem: Ecosystem, name: string): string {
  switch (ecosystem) {
    case 'PyPI':
      return normalizePypiName(name);
    case 'crates.io':
      return name.trim().toLowerCase().replace(/_/g, '-');
    case 'npm':
      return name.trim().toLowerCase();
    case 'Go':
      return name.trim();
  }
}

/** A safe file name for a package: percent-encoded (dots too, so ".." cannot escape), hashed when long. */
export function packageFileName(ecosystem: Ecosystem, name: string): string {
  const encoded = encodeURIComponent(normalizePackageName(ecosystem, name).toLowerCase()).replace(/\./g, '%2E');
  if (encoded.length <= 180) return `${encoded}.json`;
  return `${encoded.slice(0, 120)}~${createHash('sha256').update(encoded).digest('hex').slice(0, 16)}.json`;
}

export function writeJsonAtomic(path: string, data: unknown): void {
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(data));
  renameSync(temp, path);
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new BulwarkError('data', `advisory database file ${path} is unreadable: ${String(error)}`, {
      hint: 'run `bulwark db import` or `bulwark db update` again',
    });
  }
}

export function readManifest(dbDir: string): DbManifest | undefined {
  const path = join(dbDir, 'manifest.json');
  return existsSync(path) ? (readJson(path) as DbManifest) : undefined;
}

export function writeManifest(dbDir: string, manifest: DbManifest): void {
  mkdirSync(dbDir, { recursive: true });
  writeJsonAtomic(join(dbDir, 'manifest.json'), manifest);
}

export function readPackageFile(dbDir: string, ecosystem: Ecosystem, file: string): PackageFile | undefined {
  const path = join(dbDir, ecosystem, file);
  return existsSync(path) ? (readJson(path) as PackageFile) : undefined;
}

export function writePackageFile(dbDir: string, file: string, data: PackageFile): void {
  mkdirSync(join(dbDir, data.ecosystem), { recursive: true });
  writeJsonAtomic(join(dbDir, data.ecosystem, file), data);
}

export function readIdIndex(dbDir: string, ecosystem: Ecosystem): Record<string, string[]> {
  const path = join(dbDir, 'index', `${ecosystem}.json`);
  return existsSync(path) ? (readJson(path) as Record<string, string[]>) : {};
}

export function writeIdIndex(dbDir: string, ecosystem: Ecosystem, index: Record<string, string[]>): void {
  mkdirSync(join(dbDir, 'index'), { recursive: true });
  writeJsonAtomic(join(dbDir, 'index', `${ecosystem}.json`), index);
}

export function countPackageFiles(dbDir: string, ecosystem: Ecosystem): number {
  const dir = join(dbDir, ecosystem);
  return existsSync(dir) ? readdirSync(dir).filter((file) => file.endsWith('.json')).length : 0;
}

/** Read access to the database with a per-package cache; lookups of absent packages cost one stat. */
export class AdvisoryDb {
  private readonly cache = new Map<string, OsvRecord[]>();
  readonly manifest: DbManifest | undefined;

  constructor(readonly dbDir: string) {
    this.manifest = readManifest(dbDir);
  }

  get isEmpty(): boolean {
    return !this.manifest || Object.values(this.manifest.ecosystems).every((eco) => (eco?.advisories ?? 0) === 0);
  }

  /** Records that list this package in `affected` (not yet filtered by version). */
  lookup(ecosystem: Ecosystem, name: string): OsvRecord[] {
    const file = packageFileName(ecosystem, name);
    const key = `${ecosystem}/${file}`;
    let records = this.cache.get(key);
    if (!records) {
      records = readPackageFile(this.dbDir, ecosystem, file)?.records ?? [];
      this.cache.set(key, records);
    }
    return records;
  }
}
