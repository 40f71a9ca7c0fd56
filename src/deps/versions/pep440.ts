import { compare, valid } from '@renovatebot/pep440';
import { compareLoose } from './generic.js';

/** PEP 440 ordering: epochs, pre, post, dev and local segments. Invalid strings fall back to a loose ordering. */
export function comparePep440(a: string, b: string): number {
  if (valid(a) && valid(b)) return compare(a, b);
  return compareLoose(a, b);
}

export function isValidPep440(version: string): boolean {
  return valid(version) !== null;
}

/** PEP 503 name normalisation: lowercase, runs of '-', '_' and '.' become one '-'. */
export function normalizePypiName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[-_.]+/g, '-');
}
