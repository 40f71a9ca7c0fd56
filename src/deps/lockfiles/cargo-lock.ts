import type { LockfileParseResult, Package } from '../types.js';
import { asString, assignPaths, basePackage, parseError } from './common.js';
import { packageHeaderLines, parseTomlDocument, tableArray } from './toml.js';

/**
 * Cargo.lock (TOML): [[package]] with name, version, source, checksum and `dependencies` as "name",
 * "name version" or "name version (source)". Workspace members have no source; their dependencies are direct.
 * Cargo.lock does not record dev-dependencies separately, so `dev` stays false.
 */
export function parseCargoLock(source: string, content: string): LockfileParseResult {
  const doc = parseTomlDocument(source, content);
  const entries = tableArray(doc.package);
  if (entries.length === 0 && doc.version === undefined) throw parseError(source, 'no [[package]] entries');
  const headerLines = packageHeaderLines(content);
  const byName = new Map<string, Package[]>();
  const members: { deps: string[] }[] = [];
  const depSpecs = new Map<Package, string[]>();
  const packages: Package[] = [];
  entries.forEach((entry, index) => {
    const name = asString(entry.name);
    const version = asString(entry.version);
    if (!name || !version) throw parseError(source, `package entry ${index + 1} has no name or version`);
    const deps = Array.isArray(entry.dependencies) ? entry.dependencies.map(String) : [];
    const registry = asString(entry.source);
    if (!registry) {
      members.push({ deps });
      return;
    }
    const pkg = basePackage('crates.io', source, name, version);
    const line = headerLines[index];
    if (line !== undefined) pkg.line = line;
    pkg.resolved = registry;
    const checksum = asString(entry.checksum);
    if (checksum) pkg.integrity = [`sha256-${checksum}`];
    depSpecs.set(pkg, deps);
    byName.set(name, [...(byName.get(name) ?? []), pkg]);
    packages.push(pkg);
  });
  const resolve = (spec: string): Package | undefined => {
    const [name = '', version] = spec.split(' ');
    const candidates = byName.get(name) ?? [];
    return version ? candidates.find((pkg) => pkg.version === version) : candidates[0];
  };
  const edges = new Map<Package, Package[]>();
  for (const [pkg, specs] of depSpecs) {
    const children = specs.map(resolve).filter((child) => child !== undefined);
    edges.set(pkg, children);
    pkg.dependencies = children.map((child) => `${child.name}@${child.version}`);
  }
  for (const member of members) {
    for (const spec of member.deps) {
      const pkg = resolve(spec);
      if (pkg) pkg.direct = true;
    }
  }
  assignPaths(packages, edges);
  return { source, packages, warnings: [] };
}
