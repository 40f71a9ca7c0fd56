import semver from 'semver';
import { compareLoose } from './generic.js';

/** Go module version without the leading v and the +incompatible marker, as semver reads it. */
function toSemver(version: string): string | null {
  const bare = version
    .trim()
    .replace(/^v/, '')
    .replace(/\+incompatible$/, '');
  return semver.valid(bare);
}

/**
 * Go module ordering: semver with a leading "v". Pseudo-versions (v0.0.0-20191109021931-daa7c04131f5,
 * v1.2.4-0.20191109021931-daa7c04131f5) are prereleases and order by their timestamp; "+incompatible" is ignored.
 */
export function compareGo(a: string, b: string): number {
  const x = toSemver(a);
  const y = toSemver(b);
  if (x && y) return semver.compare(x, y);
  return compareLoose(a, b);
}

export function isValidGo(version: string): boolean {
  return toSemver(version) !== null;
}
