import type { Ecosystem } from '../types.js';
import { compareVersions } from '../versions/index.js';

function numbers(version: string): number[] {
  return version
    .replace(/^v/, '')
    .split(/[.+-]/)
    .map((part) => Number.parseInt(part, 10));
}

/**
 * Whether `candidate` clears an advisory fixed in `fixed` (one version per release line it patched). The
 * release line is the major version, or major.minor when several fixes share a major (per-minor backports,
 * e.g. qs 6.5.3 / 6.10.3). Cleared when a fix on the candidate's line is at or below it, or when the
 * candidate is above every fix; so fixed [1.2.3, 2.1.1] does not clear 2.0.5.
 */
export function clears(ecosystem: Ecosystem, candidate: string, fixed: readonly string[]): boolean {
  if (fixed.length === 0) return false;
  const [major, minor] = numbers(candidate);
  const sameMajor = fixed.filter((f) => numbers(f)[0] === major);
  const line = sameMajor.length > 1 ? sameMajor.filter((f) => numbers(f)[1] === minor) : sameMajor;
  if (line.some((f) => compareVersions(ecosystem, f, candidate) <= 0)) return true;
  return line.length === 0 && fixed.every((f) => compareVersions(ecosystem, f, candidate) <= 0);
}

/**
 * The smallest version >= `current` that clears every advisory (each given as its list of fixed versions),
 * chosen among the fixed versions themselves; undefined when no such version is known.
 */
export function lowestClearingVersion(
  ecosystem: Ecosystem,
  current: string,
  advisories: readonly AdvisoryFix[],
): string | undefined {
  const candidates = [...new Set(advisories.flatMap((advisory) => advisory.fixed))]
    .filter((v) => compareVersions(ecosystem, v, current) >= 0)
    .sort((a, b) => compareVersions(ecosystem, a, b));
  return candidates.find((candidate) =>
    advisories.every((advisory) =>
      advisory.affects ? !advisory.affects(candidate) : clears(ecosystem, candidate, advisory.fixed),
    ),
  );
}

/** One advisory's fixed versions and, when the matcher supplies it, the exact affected-range test. */
export interface AdvisoryFix {
  fixed: readonly string[];
  affects?: (version: string) => boolean;
}
