import { BulwarkError } from '../../core/errors.js';
import type { Ecosystem, Package } from '../types.js';

/** Finds the 1-based line of the first occurrence of `needle` at or after `from`, cheaply, for many look-ups. */
export class LineFinder {
  private readonly starts: number[] = [0];
  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  lineOf(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }

  find(needle: string, from = 0): number | undefined {
    const offset = this.text.indexOf(needle, from);
    return offset === -1 ? undefined : this.lineOf(offset);
  }
}

export function parseError(source: string, detail: string, cause?: unknown): BulwarkError {
  return new BulwarkError('data', `${source}: cannot parse lockfile: ${detail}`, {
    hint: 'regenerate the lockfile with its package manager',
    cause,
  });
}

export function parseJson(source: string, content: string): unknown {
  try {
    return JSON.parse(content);
  } catch (error) {
    throw parseError(source, error instanceof Error ? error.message : String(error), error);
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function stringKeys(value: unknown): string[] {
  return isRecord(value) ? Object.keys(value) : [];
}

/** A package with the fields every parser fills the same way; callers add the rest. */
export function basePackage(ecosystem: Ecosystem, source: string, name: string, version: string): Package {
  return { ecosystem, name, version, direct: false, dev: false, source, path: [name] };
}

/**
 * Fill `path` (and `direct` when unknown) by a breadth-first walk from the direct dependencies over the edges:
 * each package gets the shortest chain of names from a direct dependency down to itself.
 */
export function assignPaths(packages: Package[], edges: Map<Package, Package[]>): void {
  const queue: Package[] = [];
  const seen = new Set<Package>();
  for (const pkg of packages) {
    if (pkg.direct) {
      pkg.path = [pkg.name];
      seen.add(pkg);
      queue.push(pkg);
    }
  }
  for (let i = 0; i < queue.length; i++) {
    const parent = queue[i] as Package;
    for (const child of edges.get(parent) ?? []) {
      if (seen.has(child)) continue;
      seen.add(child);
      child.path = [...parent.path, child.name];
      queue.push(child);
    }
  }
}

/**
 * Mark packages reachable only from dev roots as dev: a package is prod when a non-dev direct dependency
 * reaches it.
 */
export function markDevFromRoots(packages: Package[], edges: Map<Package, Package[]>): void {
  if (!packages.some((pkg) => pkg.direct)) return;
  const prod = new Set<Package>();
  const queue = packages.filter((pkg) => pkg.direct && !pkg.dev);
  for (const pkg of queue) prod.add(pkg);
  for (let i = 0; i < queue.length; i++) {
    for (const child of edges.get(queue[i] as Package) ?? []) {
      if (prod.has(child)) continue;
      prod.add(child);
      queue.push(child);
    }
  }
  for (const pkg of packages) pkg.dev = !prod.has(pkg);
}
