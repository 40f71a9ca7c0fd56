import type { LockfileParseResult, Package } from '../types.js';
import { normalizePypiName } from '../versions/pep440.js';
import { asString, assignPaths, basePackage, isRecord, markDevFromRoots, parseError } from './common.js';
import type { ParseOptions } from './options.js';
import { packageHeaderLines, parseTomlDocument, siblingPath, tableArray } from './toml.js';

/** Direct dependency names from pyproject.toml: name -> dev (only in dev groups). */
function pyprojectRoots(source: string, options: ParseOptions): Map<string, boolean> | undefined {
  const text = options.readFile?.(siblingPath(source, 'pyproject.toml'));
  if (text === undefined) return undefined;
  let doc: Record<string, unknown>;
  try {
    doc = parseTomlDocument(source, text);
  } catch {
    return undefined;
  }
  const roots = new Map<string, boolean>();
  const add = (names: Iterable<string>, dev: boolean) => {
    for (const raw of names) {
      const name = normalizePypiName(raw);
      if (name === 'python') continue;
      roots.set(name, (roots.get(name) ?? true) && dev);
    }
  };
  const tool = isRecord(doc.tool) && isRecord(doc.tool.poetry) ? doc.tool.poetry : {};
  if (isRecord(tool.dependencies)) add(Object.keys(tool.dependencies), false);
  if (isRecord(tool['dev-dependencies'])) add(Object.keys(tool['dev-dependencies']), true);
  if (isRecord(tool.group)) {
    for (const [group, table] of Object.entries(tool.group)) {
      if (isRecord(table) && isRecord(table.dependencies)) add(Object.keys(table.dependencies), group !== 'main');
    }
  }
  const project = isRecord(doc.project) ? doc.project : {};
  if (Array.isArray(project.dependencies)) {
    add(
      project.dependencies.map((spec) => String(spec).split(/[\s[<>=!~;(]/)[0] ?? ''),
      false,
    );
  }
  return roots;
}

/** poetry.lock (TOML): [[package]] entries, `category` (older) or pyproject groups for dev. */
export function parsePoetryLock(source: string, content: string, options: ParseOptions = {}): LockfileParseResult {
  const doc = parseTomlDocument(source, content);
  const entries = tableArray(doc.package);
  if (entries.length === 0 && !isRecord(doc.metadata)) throw parseError(source, 'no [[package]] entries');
  const headerLines = packageHeaderLines(content);
  const legacyHashes = isRecord(doc.metadata) && isRecord(doc.metadata.files) ? doc.metadata.files : {};
  const byName = new Map<string, Package>();
  const packages: Package[] = [];
  const depNames = new Map<Package, string[]>();
  entries.forEach((entry, index) => {
    const name = asString(entry.name);
    const version = asString(entry.version);
    if (!name || !version) throw parseError(source, `package entry ${index + 1} has no name or version`);
    const pkg = basePackage('PyPI', source, normalizePypiName(name), version);
    const line = headerLines[index];
    if (line !== undefined) pkg.line = line;
    pkg.dev = entry.category === 'dev';
    const files = Array.isArray(entry.files)
      ? entry.files
      : (legacyHashes[name] ?? legacyHashes[name.toLowerCase()] ?? legacyHashes[normalizePypiName(name)]);
    const hashes = (Array.isArray(files) ? files : [])
      .map((file) => (isRecord(file) ? asString(file.hash) : undefined))
      .filter((hash) => hash !== undefined);
    if (hashes.length > 0) pkg.integrity = hashes;
    depNames.set(pkg, isRecord(entry.dependencies) ? Object.keys(entry.dependencies).map(normalizePypiName) : []);
    byName.set(pkg.name, pkg);
    packages.push(pkg);
  });
  const edges = new Map<Package, Package[]>();
  const required = new Set<Package>();
  for (const [pkg, names] of depNames) {
    const children = names.map((name) => byName.get(name)).filter((child) => child !== undefined);
    for (const child of children) required.add(child);
    edges.set(pkg, children);
    pkg.dependencies = children.map((child) => `${child.name}@${child.version}`);
  }
  const roots = pyprojectRoots(source, options);
  if (roots) {
    for (const [name, dev] of roots) {
      const pkg = byName.get(name);
      if (!pkg) continue;
      pkg.direct = true;
      pkg.dev = dev;
    }
    markDevFromRoots(packages, edges);
  } else {
    for (const pkg of packages) pkg.direct = !required.has(pkg);
  }
  assignPaths(packages, edges);
  return { source, packages, warnings: [] };
}
