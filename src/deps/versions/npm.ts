import semver from 'semver';
import { compareLoose } from './generic.js';

/** npm ordering (semver 2.0 with prereleases); strings semver rejects fall back to a loose ordering. */
export function compareNpm(a: string, b: string): number {
  const x = semver.valid(a, { loose: true });
  const y = semver.valid(b, { loose: true });
  if (x && y) return semver.compare(x, y, { loose: true });
  return compareLoose(a, b);
}

export function isValidNpm(version: string): boolean {
  return semver.valid(version, { loose: true }) !== null;
}

/** Does `version` fall in the npm range? Prereleases count (a vulnerable 2.0.0-rc.1 is still vulnerable). */
export function satisfiesNpmRange(version: string, range: string): boolean {
  if (!semver.valid(version, { loose: true })) return false;
  return semver.satisfies(version, range, { loose: true, includePrerelease: true });
}

export function isValidNpmRange(range: string): boolean {
  return semver.validRange(range, { loose: true }) !== null;
}

/** Lowest version of each `||` alternative of a range: ">=3.11 <4 || >=4.5" -> ["3.11.0", "4.5.0"]. */
export function lowerBounds(range: string): string[] {
  const bounds: string[] = [];
  for (const part of range.split('||')) {
    try {
      const min = semver.minVersion(part.trim(), { loose: true });
      if (min && min.version !== '0.0.0') bounds.push(min.version);
    } catch {
      // an alternative semver cannot read has no lower bound to list
    }
  }
  return bounds;
}
