import type { LockfileParseResult, Package } from '../types.js';
import {
  asString,
  assignPaths,
  basePackage,
  isRecord,
  LineFinder,
  parseError,
  parseJson,
  stringKeys,
} from './common.js';
import type { ParseOptions } from './options.js';

const DEP_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'] as const;

/** The package name a `packages` key installs: "node_modules/a/node_modules/@s/b" -> "@s/b". */
function nameFromKey(key: string): string {
  const index = key.lastIndexOf('node_modules/');
  return key.slice(index + 'node_modules/'.length);
}

/** Node's resolution: the nearest node_modules/<dep> walking up from the requiring package's folder. */
function resolveKey(fromKey: string, dep: string, entries: Record<string, unknown>): string | undefined {
  let base = fromKey;
  for (;;) {
    const candidate = base === '' ? `node_modules/${dep}` : `${base}/node_modules/${dep}`;
    if (candidate in entries) return candidate;
    if (base === '') return undefined;
    const index = base.lastIndexOf('/node_modules/');
    base = index === -1 ? '' : base.slice(0, index);
  }
}

function declaredNames(manifest: unknown, fields: readonly string[]): Map<string, boolean> {
  const names = new Map<string, boolean>();
  if (!isRecord(manifest)) return names;
  for (const field of fields) {
    for (const name of stringKeys(manifest[field])) {
      const dev = field === 'devDependencies';
      names.set(name, (names.get(name) ?? true) && dev);
    }
  }
  return names;
}

function parsePackagesMap(source: string, content: string, entries: Record<string, unknown>): LockfileParseResult {
  const lines = new LineFinder(content);
  const warnings: string[] = [];
  const byKey = new Map<string, Package>();
  // Direct dependencies: declared by the root or by a workspace member (keys without node_modules/).
  const direct = new Map<string, boolean>();
  for (const [key, entry] of Object.entries(entries)) {
    if (key.includes('node_modules/')) continue;
    for (const [name, dev] of declaredNames(entry, DEP_FIELDS)) direct.set(name, (direct.get(name) ?? true) && dev);
  }
  let cursor = 0;
  for (const [key, entry] of Object.entries(entries)) {
    if (!key.includes('node_modules/') || !isRecord(entry)) continue;
    if (entry.link === true) continue;
    const version = asString(entry.version);
    if (!version) {
      warnings.push(`${key}: no version, skipped`);
      continue;
    }
    const name = asString(entry.name) ?? nameFromKey(key);
    const pkg = basePackage('npm', source, name, version);
    const topLevel = key === `node_modules/${nameFromKey(key)}`;
    pkg.direct = topLevel && direct.has(nameFromKey(key));
    pkg.dev = entry.dev === true;
    const integrity = asString(entry.integrity);
    if (integrity) pkg.integrity = integrity.split(/\s+/);
    const resolved = asString(entry.resolved);
    if (resolved) pkg.resolved = resolved;
    const license = asString(entry.license);
    if (license) pkg.license = license;
    const needle = `${JSON.stringify(key)}: {`;
    const offset = content.indexOf(needle, cursor);
    const found = offset === -1 ? content.indexOf(needle) : offset;
    if (found !== -1) {
      pkg.line = lines.lineOf(found);
      cursor = found + needle.length;
    }
    byKey.set(key, pkg);
  }
  const edges = new Map<Package, Package[]>();
  for (const [key, pkg] of byKey) {
    const entry = entries[key] as Record<string, unknown>;
    const children: Package[] = [];
    for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies']) {
      for (const dep of stringKeys(entry[field])) {
        const childKey = resolveKey(key, dep, entries);
        const child = childKey === undefined ? undefined : byKey.get(childKey);
        if (child) children.push(child);
      }
    }
    edges.set(pkg, children);
    pkg.dependencies = children.map((child) => `${child.name}@${child.version}`);
  }
  assignPaths([...byKey.values()], edges);
  return { source, packages: [...byKey.values()], warnings };
}

/** lockfileVersion 1: a nested `dependencies` tree. Direct ones come from package.json when it can be read. */
function parseDependencyTree(
  source: string,
  content: string,
  tree: Record<string, unknown>,
  manifest: unknown,
): LockfileParseResult {
  const lines = new LineFinder(content);
  const packages: Package[] = [];
  const warnings: string[] = [];
  const declared = declaredNames(manifest, DEP_FIELDS);
  const required = new Set<string>();
  let cursor = 0;
  const walk = (deps: Record<string, unknown>, parents: string[]): void => {
    for (const [name, entry] of Object.entries(deps)) {
      if (!isRecord(entry)) continue;
      const version = asString(entry.version);
      if (!version) {
        warnings.push(`${[...parents, name].join(' > ')}: no version, skipped`);
        continue;
      }
      const pkg = basePackage(
        'npm',
        source,
        name,
        version.startsWith('npm:') ? version.replace(/^npm:.*@/, '') : version,
      );
      pkg.dev = entry.dev === true;
      pkg.path = [...parents, name];
      const integrity = asString(entry.integrity);
      if (integrity) pkg.integrity = integrity.split(/\s+/);
      const resolved = asString(entry.resolved);
      if (resolved) pkg.resolved = resolved;
      pkg.dependencies = stringKeys(entry.requires);
      for (const dep of pkg.dependencies) required.add(dep);
      const needle = `${JSON.stringify(name)}: {`;
      const offset = content.indexOf(needle, cursor);
      if (offset !== -1) {
        pkg.line = lines.lineOf(offset);
        cursor = offset + needle.length;
      }
      packages.push(pkg);
      if (isRecord(entry.dependencies)) walk(entry.dependencies, [...parents, name]);
    }
  };
  walk(tree, []);
  for (const pkg of packages) {
    if (pkg.path.length !== 1) continue;
    pkg.direct = declared.size > 0 ? declared.has(pkg.name) : !required.has(pkg.name);
  }
  return { source, packages, warnings };
}

/** package-lock.json (v1, v2, v3) and npm-shrinkwrap.json. */
export function parsePackageLock(source: string, content: string, options: ParseOptions = {}): LockfileParseResult {
  const data = parseJson(source, content);
  if (!isRecord(data)) throw parseError(source, 'expected a JSON object');
  if (isRecord(data.packages)) return parsePackagesMap(source, content, data.packages);
  if (isRecord(data.dependencies)) {
    const manifestPath = source.replace(/[^/]*$/, 'package.json');
    const manifestText = options.readFile?.(manifestPath);
    let manifest: unknown;
    try {
      manifest = manifestText === undefined ? undefined : JSON.parse(manifestText);
    } catch {
      manifest = undefined;
    }
    return parseDependencyTree(source, content, data.dependencies, manifest);
  }
  if (typeof data.lockfileVersion === 'number') return { source, packages: [], warnings: [] };
  throw parseError(source, 'neither "packages" nor "dependencies" found');
}
