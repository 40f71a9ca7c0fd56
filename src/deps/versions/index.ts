import type { Ecosystem } from '../types.js';
import { compareCargo, isValidCargo } from './cargo.js';
import { compareGo, isValidGo } from './go.js';
import { compareNpm, isValidNpm } from './npm.js';
import { comparePep440, isValidPep440 } from './pep440.js';

/** How one ecosystem orders its versions. `compare` returns <0, 0 or >0 like a sort comparator. */
export interface VersionOrdering {
  compare(a: string, b: string): number;
  isValid(version: string): boolean;
}

export const VERSION_ORDERINGS: Record<Ecosystem, VersionOrdering> = {
  npm: { compare: compareNpm, isValid: isValidNpm },
  PyPI: { compare: comparePep440, isValid: isValidPep440 },
  Go: { compare: compareGo, isValid: isValidGo },
  'crates.io': { compare: compareCargo, isValid: isValidCargo },
};

export function compareVersions(ecosystem: Ecosystem, a: string, b: string): number {
  return VERSION_ORDERINGS[ecosystem].compare(a, b);
}

export { normalizePypiName } from './pep440.js';
