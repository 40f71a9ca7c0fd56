import { parse as parseYaml } from 'yaml';
import type { LockfileParseResult, Package } from '../types.js';
import {
  asString,
  assignPaths,
  basePackage,
  isRecord,
  LineFinder,
  markDevFromRoots,
  parseError,
  stringKeys,
} from './common.js';
import type { ParseOptions } from './options.js';

interface YarnEntry {
  descriptors: string[];
  version: string;
  resolved?: string;
  integrity?: string;
  dependencies: Map<string, string>;
  line: number;
  workspace: boolean;
}

/** "@scope/name@^1.0.0" -> "@scope/name". */
function descriptorName(descriptor: string): string {
  const at = descriptor.indexOf('@', 1);
  return at === -1 ? descriptor : descriptor.slice(0, at);
}

function unquote(text: string): string {
  const trimmed = text.trim();
  return trimmed.startsWith('"') && trimmed.endsWith('"') ? trimmed.slice(1, -1) : trimmed;
}

/** yarn.lock v1: its own indentation format, two spaces per level. */
function readClassic(source: string, content: string): YarnEntry[] {
  const entries: YarnEntry[] = [];
  let current: YarnEntry | undefined;
  let block: string | undefined;
  const lines = content.split(/\r?\n/);
  lines.forEach((raw, index) => {
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) return;
    const indent = raw.length - raw.trimStart().length;
    const line = raw.trim();
    if (indent === 0) {
      if (!line.endsWith(':')) throw parseError(source, `line ${index + 1}: expected "descriptor:"`);
      const descriptors = line
        .slice(0, -1)
        .split(/,\s*/)
        .map(unquote)
        .filter((d) => d.length > 0);
      current = { descriptors, version: '', dependencies: new Map(), line: index + 1, workspace: false };
      entries.push(current);
      block = undefined;
      return;
    }
    if (!current) throw parseError(source, `line ${index + 1}: field outside an entry`);
    if (indent === 2) {
      if (line.endsWith(':')) {
        block = line.slice(0, -1);
        return;
      }
      block = undefined;
      const space = line.indexOf(' ');
      const key = space === -1 ? line : line.slice(0, space);
      const value = space === -1 ? '' : unquote(line.slice(space + 1));
      if (key === 'version') current.version = value;
      else if (key === 'resolved') current.resolved = value;
      else if (key === 'integrity') current.integrity = value;
      return;
    }
    if (block === 'dependencies' || block === 'optionalDependencies') {
      const match = /^("[^"]+"|\S+)\s+(.+)$/.exec(line);
      if (match) current.dependencies.set(unquote(match[1] ?? ''), unquote(match[2] ?? ''));
    }
  });
  return entries;
}

/** yarn berry (v2+): YAML with "name@npm:range, ..." keys and a __metadata entry. */
function readBerry(source: string, content: string, data: Record<string, unknown>): YarnEntry[] {
  const entries: YarnEntry[] = [];
  const lines = new LineFinder(content);
  let cursor = 0;
  for (const [key, value] of Object.entries(data)) {
    if (key === '__metadata' || !isRecord(value)) continue;
    const version = asString(value.version) ?? String(value.version ?? '');
    const resolution = asString(value.resolution) ?? '';
    const dependencies = new Map<string, string>();
    for (const field of ['dependencies', 'optionalDependencies']) {
      const deps = value[field];
      if (isRecord(deps)) for (const [name, range] of Object.entries(deps)) dependencies.set(name, String(range));
    }
    const offset = content.indexOf(key, cursor);
    const found = offset === -1 ? content.indexOf(key) : offset;
    if (found !== -1) cursor = found + key.length;
    const entry: YarnEntry = {
      descriptors: key.split(/,\s*/).map((d) => d.trim()),
      version,
      dependencies,
      line: found === -1 ? 0 : lines.lineOf(found),
      workspace: resolution.includes('@workspace:') || value.linkType === 'soft',
    };
    const checksum = asString(value.checksum);
    if (checksum) entry.integrity = checksum;
    if (!version) throw parseError(source, `entry ${key} has no version`);
    entries.push(entry);
  }
  return entries;
}

function readManifest(source: string, options: ParseOptions): Record<string, unknown> | undefined {
  const text = options.readFile?.(source.replace(/[^/]*$/, 'package.json'));
  if (text === undefined) return undefined;
  try {
    const data: unknown = JSON.parse(text);
    return isRecord(data) ? data : undefined;
  } catch {
    return undefined;
  }
}

/** yarn.lock, classic (v1) or berry. Direct and dev come from package.json when the reader can supply it. */
export function parseYarnLock(source: string, content: string, options: ParseOptions = {}): LockfileParseResult {
  let entries: YarnEntry[];
  const berry = /^__metadata:/m.test(content);
  if (berry) {
    let data: unknown;
    try {
      data = parseYaml(content);
    } catch (error) {
      throw parseError(source, error instanceof Error ? error.message : String(error), error);
    }
    if (!isRecord(data)) throw parseError(source, 'expected a YAML mapping');
    entries = readBerry(source, content, data);
  } else {
    entries = readClassic(source, content);
  }
  const byDescriptor = new Map<string, Package>();
  const packages: Package[] = [];
  const pkgOf = new Map<YarnEntry, Package>();
  for (const entry of entries) {
    if (entry.workspace) continue;
    const first = entry.descriptors[0] ?? '';
    const pkg = basePackage('npm', source, descriptorName(first), entry.version);
    if (entry.resolved) pkg.resolved = entry.resolved;
    if (entry.integrity) pkg.integrity = [entry.integrity];
    if (entry.line > 0) pkg.line = entry.line;
    for (const descriptor of entry.descriptors) byDescriptor.set(descriptor, pkg);
    packages.push(pkg);
    pkgOf.set(entry, pkg);
  }
  const lookup = (name: string, range: string): Package | undefined =>
    byDescriptor.get(`${name}@${range}`) ?? byDescriptor.get(`${name}@npm:${range}`);
  const edges = new Map<Package, Package[]>();
  const required = new Set<Package>();
  for (const [entry, pkg] of pkgOf) {
    const children = [...entry.dependencies].map(([name, range]) => lookup(name, range)).filter((p) => p !== undefined);
    for (const child of children) required.add(child);
    edges.set(pkg, children);
    pkg.dependencies = children.map((child) => `${child.name}@${child.version}`);
  }
  const manifest = readManifest(source, options);
  const rootDeps = new Map<string, string>();
  const devNames = new Set<string>();
  for (const entry of entries.filter((e) => e.workspace)) for (const [n, r] of entry.dependencies) rootDeps.set(n, r);
  if (manifest) {
    for (const field of ['dependencies', 'optionalDependencies', 'devDependencies']) {
      const deps = manifest[field];
      if (!isRecord(deps)) continue;
      for (const name of stringKeys(deps)) {
        rootDeps.set(name, String(deps[name]));
        if (field === 'devDependencies') devNames.add(name);
      }
    }
  }
  if (rootDeps.size > 0) {
    for (const [name, range] of rootDeps) {
      const pkg = lookup(name, range);
      if (pkg) pkg.direct = true;
    }
  } else {
    for (const pkg of packages) pkg.direct = !required.has(pkg);
  }
  if (manifest) {
    for (const pkg of packages) if (pkg.direct && devNames.has(pkg.name)) pkg.dev = true;
    markDevFromRoots(packages, edges);
  }
  assignPaths(packages, edges);
  return { source, packages, warnings: [] };
}
