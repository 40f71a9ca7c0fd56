import { parse as parseYaml } from 'yaml';
import type { LockfileParseResult, Package } from '../types.js';
import { asString, assignPaths, basePackage, isRecord, LineFinder, markDevFromRoots, parseError } from './common.js';

const IMPORTER_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies'] as const;

/** "1.0.0(react@18.2.0)" -> "1.0.0"; v5 "1.0.0_react@18.2.0" -> "1.0.0". */
function stripPeers(version: string): string {
  return version.replace(/\(.*$/, '').replace(/_.*$/, '');
}

/** A packages/snapshots key to name and version: "/@s/a@1.0.0(x@1)", "@s/a@1.0.0", v5 "/@s/a/1.0.0". */
function splitKey(key: string): { name: string; version: string } | undefined {
  const bare = stripPeers(key.replace(/^\//, ''));
  const at = bare.lastIndexOf('@');
  if (at > 0) return { name: bare.slice(0, at), version: bare.slice(at + 1) };
  const slash = bare.lastIndexOf('/');
  if (slash > 0) return { name: bare.slice(0, slash), version: bare.slice(slash + 1) };
  return undefined;
}

/** An importer's dependency version is "1.2.3", "1.2.3(peer@1)", "link:../x" or a full key for aliases. */
function importerVersion(value: unknown): string | undefined {
  const raw = isRecord(value) ? asString(value.version) : asString(value);
  if (!raw || raw.startsWith('link:') || raw.startsWith('file:')) return undefined;
  return raw;
}

function childKey(name: string, version: string): string {
  if (version.startsWith('/')) {
    const split = splitKey(version);
    return split ? `${split.name}@${split.version}` : version;
  }
  const aliased = /^(@?[^@]+)@(.+)$/.exec(version);
  if (aliased && !/^\d/.test(version)) return `${aliased[1]}@${stripPeers(aliased[2] ?? '')}`;
  return `${name}@${stripPeers(version)}`;
}

/** pnpm-lock.yaml, lockfile versions 5.x to 9.0 (importers, packages and snapshots). */
export function parsePnpmLock(source: string, content: string): LockfileParseResult {
  let data: unknown;
  try {
    data = parseYaml(content);
  } catch (error) {
    throw parseError(source, error instanceof Error ? error.message : String(error), error);
  }
  if (!isRecord(data) || data.lockfileVersion === undefined) throw parseError(source, 'no lockfileVersion');
  const lines = new LineFinder(content);
  const packagesStart = Math.max(0, content.search(/^packages:/m));
  const warnings: string[] = [];
  const byKey = new Map<string, Package>();
  const depsOf = new Map<Package, Record<string, unknown>>();
  const packagesMap = isRecord(data.packages) ? data.packages : {};
  const snapshots = isRecord(data.snapshots) ? data.snapshots : undefined;
  const knownDev = Object.values(packagesMap).some((entry) => isRecord(entry) && typeof entry.dev === 'boolean');
  for (const [key, entry] of Object.entries({ ...packagesMap, ...(snapshots ?? {}) })) {
    const split = splitKey(key);
    if (!split || !isRecord(entry)) {
      warnings.push(`${key}: unrecognised package key, skipped`);
      continue;
    }
    const id = `${split.name}@${split.version}`;
    let pkg = byKey.get(id);
    if (!pkg) {
      pkg = basePackage('npm', source, split.name, asString(entry.version) ?? split.version);
      byKey.set(id, pkg);
      const offset = content.indexOf(key.startsWith('/') ? key : ` ${key}`, packagesStart);
      if (offset !== -1) pkg.line = lines.lineOf(offset);
    }
    const resolution = entry.resolution;
    if (isRecord(resolution)) {
      const integrity = asString(resolution.integrity);
      if (integrity) pkg.integrity = [integrity];
      const tarball = asString(resolution.tarball);
      if (tarball) pkg.resolved = tarball;
    }
    if (entry.dev === true) pkg.dev = true;
    const deps: Record<string, unknown> = { ...(depsOf.get(pkg) ?? {}) };
    for (const field of ['dependencies', 'optionalDependencies']) {
      if (isRecord(entry[field])) Object.assign(deps, entry[field]);
    }
    depsOf.set(pkg, deps);
  }
  const edges = new Map<Package, Package[]>();
  for (const [pkg, deps] of depsOf) {
    const children: Package[] = [];
    for (const [name, version] of Object.entries(deps)) {
      const child = byKey.get(childKey(name, String(version)));
      if (child) children.push(child);
    }
    edges.set(pkg, children);
    pkg.dependencies = children.map((child) => `${child.name}@${child.version}`);
  }
  const importers = isRecord(data.importers) ? Object.values(data.importers) : [data];
  const prodDirect = new Set<Package>();
  for (const importer of importers) {
    if (!isRecord(importer)) continue;
    for (const field of IMPORTER_FIELDS) {
      const deps = importer[field];
      if (!isRecord(deps)) continue;
      for (const [name, value] of Object.entries(deps)) {
        const version = importerVersion(value);
        const pkg = version === undefined ? undefined : byKey.get(childKey(name, version));
        if (!pkg) continue;
        pkg.direct = true;
        if (field !== 'devDependencies') prodDirect.add(pkg);
      }
    }
  }
  const packages = [...byKey.values()];
  for (const pkg of packages) if (!knownDev && pkg.direct) pkg.dev = !prodDirect.has(pkg);
  if (!knownDev) markDevFromRoots(packages, edges);
  assignPaths(packages, edges);
  return { source, packages, warnings };
}
