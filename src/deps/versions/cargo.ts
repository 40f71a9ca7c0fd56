import semver from 'semver';
import { compareLoose } from './generic.js';

/** Cargo ordering: semver 2.0 (build metadata ignored). */
export function compareCargo(a: string, b: string): number {
  const x = semver.valid(a);
  const y = semver.valid(b);
  if (x && y) return semver.compare(x, y);
  return compareLoose(a, b);
}

export function isValidCargo(version: string): boolean {
  return semver.valid(version) !== null;
}

/**
 * A Cargo version requirement ("^1.2", ">= 0.11.6, < 0.12.0", "1.0") as a node-semver range. A bare version
 * means caret in Cargo, an exact version in npm, hence the explicit "^".
 */
export function cargoRequirementToRange(requirement: string): string {
  return requirement
    .split(',')
    .map((part) => part.trim().replace(/^(<=|>=|<|>|=|\^|~)\s+/, '$1'))
    .filter((part) => part.length > 0)
    .map((part) => (/^\d/.test(part) ? `^${part}` : part))
    .join(' ');
}
