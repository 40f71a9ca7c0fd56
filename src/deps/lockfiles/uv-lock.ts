import type { LockfileParseResult, Package } from '../types.js';
import { normalizePypiName } from '../versions/pep440.js';
import { asString, assignPaths, basePackage, isRecord, markDevFromRoots, parseError } from './common.js';
import { packageHeaderLines, parseTomlDocument, tableArray } from './toml.js';

function depNames(value: unknown): string[] {
  return tableArray(value)
    .map((dep) => asString(dep.name))
    .filter((name) => name !== undefined)
    .map(normalizePypiName);
}

/** uv.lock (TOML): the project itself has an editable/virtual source; its dependencies are the direct ones. */
export function parseUvLock(source: string, content: string): LockfileParseResult {
  const doc = parseTomlDocument(source, content);
  const entries = tableArray(doc.package);
  if (doc.version === undefined && entries.length === 0) throw parseError(source, 'no version and no packages');
  const headerLines = packageHeaderLines(content);
  const byName = new Map<string, Package>();
  const packages: Package[] = [];
  const childNames = new Map<Package, string[]>();
  const prodRoots = new Set<string>();
  const devRoots = new Set<string>();
  entries.forEach((entry, index) => {
    const name = asString(entry.name);
    if (!name) throw parseError(source, `package entry ${index + 1} has no name`);
    const sourceTable = isRecord(entry.source) ? entry.source : {};
    const isProject = 'editable' in sourceTable || 'virtual' in sourceTable;
    const optional = isRecord(entry['optional-dependencies']) ? Object.values(entry['optional-dependencies']) : [];
    const devGroups = isRecord(entry['dev-dependencies']) ? Object.values(entry['dev-dependencies']) : [];
    if (isProject) {
      for (const dep of [...depNames(entry.dependencies), ...optional.flatMap(depNames)]) prodRoots.add(dep);
      for (const dep of devGroups.flatMap(depNames)) devRoots.add(dep);
      return;
    }
    const version = asString(entry.version);
    if (!version) throw parseError(source, `package ${name} has no version`);
    const pkg = basePackage('PyPI', source, normalizePypiName(name), version);
    const line = headerLines[index];
    if (line !== undefined) pkg.line = line;
    const registry = asString(sourceTable.registry);
    const sdist = isRecord(entry.sdist) ? entry.sdist : {};
    const url = asString(sdist.url);
    if (url) pkg.resolved = url;
    else if (registry) pkg.resolved = registry;
    const hashes = [sdist, ...tableArray(entry.wheels)]
      .map((file) => asString(file.hash))
      .filter((h) => h !== undefined);
    if (hashes.length > 0) pkg.integrity = hashes;
    childNames.set(pkg, [...depNames(entry.dependencies), ...optional.flatMap(depNames)]);
    byName.set(pkg.name, pkg);
    packages.push(pkg);
  });
  const edges = new Map<Package, Package[]>();
  for (const [pkg, names] of childNames) {
    const children = names.map((name) => byName.get(name)).filter((child) => child !== undefined);
    edges.set(pkg, children);
    pkg.dependencies = children.map((child) => `${child.name}@${child.version}`);
  }
  for (const pkg of packages) {
    pkg.direct = prodRoots.has(pkg.name) || devRoots.has(pkg.name);
    pkg.dev = !prodRoots.has(pkg.name) && devRoots.has(pkg.name);
  }
  markDevFromRoots(packages, edges);
  assignPaths(packages, edges);
  return { source, packages, warnings: [] };
}
