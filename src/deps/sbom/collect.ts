import type { Package } from '../types.js';
import { normalisePypiName, purlOf } from './purl.js';

/** One package of the SBOM after merging duplicates found in several lockfiles. */
export interface SbomPackage {
  pkg: Package;
  purl: string;
  /** Lockfiles it was found in, sorted. */
  sources: string[];
  /** purls of the packages it depends on, sorted, only those present in the SBOM. */
  dependsOn: string[];
}

function identity(pkg: Pick<Package, 'ecosystem' | 'name' | 'version'>): string {
  const name = pkg.ecosystem === 'PyPI' ? normalisePypiName(pkg.name) : pkg.name;
  return `${pkg.ecosystem}\0${name}\0${pkg.version}`;
}

/** Split "name@version" (scoped npm names keep their leading '@'); a bare name has no version. */
export function splitNameVersion(spec: string): { name: string; version?: string } {
  const at = spec.lastIndexOf('@');
  return at > 0 ? { name: spec.slice(0, at), version: spec.slice(at + 1) } : { name: spec };
}

function merge(into: Package, other: Package): Package {
  const union = (a: string[] | undefined, b: string[] | undefined) => {
    const all = [...new Set([...(a ?? []), ...(b ?? [])])];
    return all.length > 0 ? all : undefined;
  };
  return {
    ...into,
    direct: into.direct || other.direct,
    dev: into.dev && other.dev,
    integrity: union(into.integrity, other.integrity),
    dependencies: union(into.dependencies, other.dependencies),
    license: into.license ?? other.license,
    resolved: into.resolved ?? other.resolved,
  };
}

/**
 * Deduplicate packages by ecosystem + name + version across lockfiles, drop dev-only ones unless asked, and
 * resolve each package's dependency list to purls of packages in the result. Sorted by purl.
 */
export function collectPackages(packages: readonly Package[], includeDev: boolean): SbomPackage[] {
  const merged = new Map<string, { pkg: Package; sources: Set<string> }>();
  for (const pkg of packages) {
    const key = identity(pkg);
    const existing = merged.get(key);
    if (existing) {
      existing.pkg = merge(existing.pkg, pkg);
      existing.sources.add(pkg.source);
    } else merged.set(key, { pkg, sources: new Set([pkg.source]) });
  }
  const kept = [...merged.values()].filter((entry) => includeDev || !entry.pkg.dev);
  const byIdentity = new Map(kept.map((entry) => [identity(entry.pkg), purlOf(entry.pkg)]));
  const byName = new Map<string, string[]>();
  for (const { pkg } of kept) {
    const key = identity({ ...pkg, version: '' });
    byName.set(key, [...(byName.get(key) ?? []), purlOf(pkg)]);
  }
  const resolve = (owner: Package, spec: string): string | undefined => {
    const { name, version } = splitNameVersion(spec);
    if (version !== undefined) return byIdentity.get(identity({ ecosystem: owner.ecosystem, name, version }));
    const candidates = byName.get(identity({ ecosystem: owner.ecosystem, name, version: '' })) ?? [];
    return candidates.length === 1 ? candidates[0] : undefined;
  };
  return kept
    .map(({ pkg, sources }) => {
      const purl = purlOf(pkg);
      const dependsOn = new Set<string>();
      for (const spec of pkg.dependencies ?? []) {
        const target = resolve(pkg, spec);
        if (target && target !== purl) dependsOn.add(target);
      }
      return { pkg, purl, sources: [...sources].sort(), dependsOn: [...dependsOn].sort() };
    })
    .sort((a, b) => (a.purl < b.purl ? -1 : a.purl > b.purl ? 1 : 0));
}

/** purls the root project depends on: the direct packages, or when none is marked direct, those nothing needs. */
export function rootDependencies(entries: readonly SbomPackage[]): string[] {
  const direct = entries.filter((entry) => entry.pkg.direct).map((entry) => entry.purl);
  if (direct.length > 0) return direct;
  const needed = new Set(entries.flatMap((entry) => entry.dependsOn));
  return entries.map((entry) => entry.purl).filter((purl) => !needed.has(purl));
}
