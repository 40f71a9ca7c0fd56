import type { LockfileParseResult, Package } from '../types.js';
import { asString, assignPaths, basePackage, isRecord, LineFinder, markDevFromRoots, parseError } from './common.js';

/** JSONC to JSON: drops // and block comments outside strings and trailing commas before } or ]. */
export function stripJsonc(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (ch === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const comment = text.slice(i, end === -1 ? text.length : end + 2);
      out += comment.replace(/[^\n]/g, ' ');
      i = end === -1 ? text.length : end + 2;
    } else {
      out += ch;
      i++;
    }
  }
  return out.replace(/,(\s*[}\]])/g, '$1');
}

/** "a/@s/b/c" -> ["a", "@s/b", "c"]. */
function keySegments(key: string): string[] {
  const parts = key.split('/');
  const segments: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    if (part.startsWith('@') && i + 1 < parts.length) segments.push(`${part}/${parts[++i]}`);
    else segments.push(part);
  }
  return segments;
}

function resolve(fromKey: string, dep: string, byKey: Map<string, Package>): Package | undefined {
  const segments = keySegments(fromKey);
  for (let n = segments.length; n >= 0; n--) {
    const candidate = [...segments.slice(0, n), dep].join('/');
    const pkg = byKey.get(candidate);
    if (pkg) return pkg;
  }
  return undefined;
}

/** bun.lock (text lockfile, JSONC): workspaces plus packages as [ident, registry, info, integrity] tuples. */
export function parseBunLock(source: string, content: string): LockfileParseResult {
  let data: unknown;
  try {
    data = JSON.parse(stripJsonc(content));
  } catch (error) {
    throw parseError(source, error instanceof Error ? error.message : String(error), error);
  }
  if (!isRecord(data) || !isRecord(data.packages)) throw parseError(source, 'no "packages" object');
  const lines = new LineFinder(content);
  const warnings: string[] = [];
  const byKey = new Map<string, Package>();
  const infoOf = new Map<Package, Record<string, unknown>>();
  let cursor = 0;
  for (const [key, value] of Object.entries(data.packages)) {
    const ident = Array.isArray(value) ? asString(value[0]) : undefined;
    const at = ident ? ident.lastIndexOf('@') : -1;
    if (!ident || at <= 0) {
      warnings.push(`${key}: unrecognised entry, skipped`);
      continue;
    }
    const version = ident.slice(at + 1);
    if (version.startsWith('workspace:') || version.startsWith('link:') || version.startsWith('file:')) continue;
    const pkg = basePackage('npm', source, ident.slice(0, at), version.replace(/^npm:/, ''));
    const tuple = value as unknown[];
    const registry = asString(tuple[1]);
    if (registry) pkg.resolved = registry;
    const integrity = asString(tuple[3]);
    if (integrity) pkg.integrity = [integrity];
    const info = tuple[2];
    if (isRecord(info)) infoOf.set(pkg, info);
    const needle = `${JSON.stringify(key)}:`;
    const offset = content.indexOf(needle, cursor);
    if (offset !== -1) {
      pkg.line = lines.lineOf(offset);
      cursor = offset + needle.length;
    }
    byKey.set(key, pkg);
  }
  const edges = new Map<Package, Package[]>();
  for (const [key, pkg] of byKey) {
    const info = infoOf.get(pkg) ?? {};
    const children: Package[] = [];
    for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies']) {
      const deps = info[field];
      if (!isRecord(deps)) continue;
      for (const dep of Object.keys(deps)) {
        const child = resolve(key, dep, byKey);
        if (child) children.push(child);
      }
    }
    edges.set(pkg, children);
    pkg.dependencies = children.map((child) => `${child.name}@${child.version}`);
  }
  const prodDirect = new Set<Package>();
  const workspaces = isRecord(data.workspaces) ? Object.values(data.workspaces) : [];
  for (const workspace of workspaces) {
    if (!isRecord(workspace)) continue;
    for (const field of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies']) {
      const deps = workspace[field];
      if (!isRecord(deps)) continue;
      for (const name of Object.keys(deps)) {
        const pkg = byKey.get(name);
        if (!pkg) continue;
        pkg.direct = true;
        if (field !== 'devDependencies') prodDirect.add(pkg);
      }
    }
  }
  const packages = [...byKey.values()];
  for (const pkg of packages) if (pkg.direct) pkg.dev = !prodDirect.has(pkg);
  markDevFromRoots(packages, edges);
  assignPaths(packages, edges);
  return { source, packages, warnings };
}
