import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { eq, gte, lt, lte, valid } from '@renovatebot/pep440';
import semver from 'semver';
import { parse as parseYaml } from 'yaml';

/**
 * An independent reference for the accuracy tests: reads the raw advisory files (not the Bulwark database) and
 * decides with node-semver on the raw security-wg ranges and @renovatebot/pep440 on the OSV events.
 */
export interface RawAdvisory {
  ecosystem: 'npm' | 'PyPI';
  id: string;
  /** PEP 503-normalised for PyPI. */
  name: string;
  affects(version: string): boolean;
  /** Versions on and around the advisory's boundaries. */
  boundaries: string[];
}

function files(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return files(path, ext);
    return path.endsWith(ext) && !entry.startsWith('index') ? [path] : [];
  });
}

export function pep503(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

function semverNeighbours(version: string): string[] {
  const v = semver.parse(version);
  if (!v) return [];
  const out = [v.version, `${v.major}.${v.minor}.${v.patch + 1}`, `${v.major}.${v.minor + 1}.0`];
  if (v.patch > 0) out.push(`${v.major}.${v.minor}.${v.patch - 1}`);
  if (v.prerelease.length === 0) out.push(`${v.major}.${v.minor}.${v.patch}-rc.1`);
  return out;
}

function pep440Neighbours(version: string): string[] {
  if (!valid(version) || version === '0') return [];
  const out = [version, `${version}.1`, `${version}.post1`];
  const release = /^(\d+(?:\.\d+)*)$/.exec(version)?.[1];
  if (release) {
    const parts = release.split('.').map(Number);
    const last = parts.length - 1;
    if ((parts[last] ?? 0) > 0) out.push([...parts.slice(0, last), (parts[last] ?? 1) - 1].join('.'));
    out.push(`${release}rc1`);
  }
  return out.filter((v) => valid(v));
}

export function readNswg(dir: string): RawAdvisory[] {
  return files(dir, '.json').flatMap((file) => {
    const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    const range = raw.vulnerable_versions;
    if (typeof raw.module_name !== 'string' || typeof range !== 'string' || !semver.validRange(range)) return [];
    const points = (semver.validRange(range) ?? '').match(/\d+\.\d+\.\d+(?:-[\w.]+)?/g) ?? [];
    return [
      {
        ecosystem: 'npm' as const,
        id: `NSWG-ECO-${String(raw.id)}`,
        name: raw.module_name,
        affects: (version: string) => semver.satisfies(version, range, { includePrerelease: true }),
        boundaries: [...new Set(points.flatMap(semverNeighbours))].filter((v) => !v.startsWith('99.')),
      },
    ];
  });
}

interface Event {
  introduced?: string;
  fixed?: string;
  last_affected?: string;
}

/** Straight interval reading of OSV events in their recorded order. */
function inEvents(version: string, events: Event[]): boolean {
  let low: string | undefined;
  for (const event of events) {
    if (event.introduced !== undefined) low = event.introduced;
    else if (event.fixed !== undefined) {
      if (low !== undefined && (low === '0' || gte(version, low)) && lt(version, event.fixed)) return true;
      low = undefined;
    } else if (event.last_affected !== undefined) {
      if (low !== undefined && (low === '0' || gte(version, low)) && lte(version, event.last_affected)) return true;
      low = undefined;
    }
  }
  return low !== undefined && (low === '0' || gte(version, low));
}

export function readPypa(dir: string): RawAdvisory[] {
  return files(dir, '.yaml').flatMap((file) => {
    const raw = parseYaml(readFileSync(file, 'utf8')) as {
      id: string;
      withdrawn?: string;
      affected?: {
        package?: { ecosystem: string; name: string };
        versions?: unknown[];
        ranges?: { type: string; events: Event[] }[];
      }[];
    };
    if (raw.withdrawn) return [];
    return (raw.affected ?? [])
      .filter((a) => a.package?.ecosystem === 'PyPI')
      .map((affected) => {
        const versions = (affected.versions ?? []).map(String);
        const ranges = (affected.ranges ?? []).filter((r) => r.type === 'ECOSYSTEM');
        const points = [
          ...versions,
          ...ranges.flatMap((r) => r.events.map((e) => String(e.introduced ?? e.fixed ?? e.last_affected ?? ''))),
        ];
        return {
          ecosystem: 'PyPI' as const,
          id: raw.id,
          name: pep503(affected.package?.name ?? ''),
          affects: (version: string) =>
            versions.some((v) => valid(v) && eq(v, version)) || ranges.some((r) => inEvents(version, r.events)),
          boundaries: [...new Set(points.flatMap(pep440Neighbours))],
        };
      });
  });
}

export interface Selected {
  ecosystem: 'npm' | 'PyPI';
  name: string;
  version: string;
}

/** Every boundary version of every advisory, deduplicated, then every k-th to keep about `count`. */
export function selectPackages(advisories: RawAdvisory[], count: number): Selected[] {
  const all = new Map<string, Selected>();
  for (const advisory of advisories) {
    for (const version of advisory.boundaries) {
      all.set(`${advisory.ecosystem}:${advisory.name}@${version}`, {
        ecosystem: advisory.ecosystem,
        name: advisory.name,
        version,
      });
    }
  }
  const list = [...all.values()];
  const step = Math.max(1, Math.floor(list.length / count));
  return list.filter((_, index) => index % step === 0).slice(0, count);
}

/** Expected (package, advisory id) pairs according to the reference. */
export function expectedPairs(selected: Selected[], advisories: RawAdvisory[]): Set<string> {
  const byName = new Map<string, RawAdvisory[]>();
  for (const advisory of advisories) {
    const key = `${advisory.ecosystem}:${advisory.name}`;
    byName.set(key, [...(byName.get(key) ?? []), advisory]);
  }
  const pairs = new Set<string>();
  for (const pkg of selected) {
    for (const advisory of byName.get(`${pkg.ecosystem}:${pkg.name}`) ?? []) {
      if (advisory.affects(pkg.version)) pairs.add(`${pkg.ecosystem}:${pkg.name}@${pkg.version}|${advisory.id}`);
    }
  }
  return pairs;
}

const SPELLINGS = [
  (n: string) => n,
  (n: string) => n.toUpperCase(),
  (n: string) => n.replace(/-/g, '_'),
  (n: string) => n.charAt(0).toUpperCase() + n.slice(1).replace(/-/g, '.'),
];

/** A project with a package-lock v3 (npm), a requirements.txt and a poetry.lock (PyPI, odd spellings). */
export function buildLockfiles(selected: Selected[], decoys: string[]): Record<string, string> {
  const packages: Record<string, unknown> = { '': { name: 'accuracy', dependencies: {} } };
  const placed = new Set<string>();
  let holder = 0;
  const python: Selected[] = [];
  for (const pkg of selected) {
    if (pkg.ecosystem === 'PyPI') {
      python.push(pkg);
      continue;
    }
    if (!placed.has(pkg.name)) {
      placed.add(pkg.name);
      packages[`node_modules/${pkg.name}`] = { version: pkg.version };
    } else {
      holder += 1;
      packages[`node_modules/holder-${holder}`] = { version: '1.0.0' };
      packages[`node_modules/holder-${holder}/node_modules/${pkg.name}`] = { version: pkg.version };
    }
  }
  const requirements: string[] = ['# generated for the accuracy test', ...decoys];
  const poetry: string[] = [];
  python.forEach((pkg, index) => {
    const spelled = (SPELLINGS[index % SPELLINGS.length] as (n: string) => string)(pkg.name);
    if (index % 2 === 0) requirements.push(`${spelled}==${pkg.version}`);
    else
      poetry.push(
        `[[package]]\nname = "${spelled}"\nversion = "${pkg.version}"\ndescription = ""\ncategory = "main"\n`,
      );
  });
  return {
    'package-lock.json': JSON.stringify({ name: 'accuracy', lockfileVersion: 3, packages }, null, 2),
    'requirements.txt': `${requirements.join('\n')}\n`,
    'poetry.lock': `${poetry.join('\n')}\n[metadata]\nlock-version = "1.1"\n`,
  };
}
