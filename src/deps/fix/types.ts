import type { Severity } from '../../core/finding.js';
import type { Package } from '../types.js';

/**
 * One vulnerable package as the matcher reports it: advisory ids and the versions that fix them (any order).
 * Minimal on purpose so the OSV matcher's output adapts to it in one line.
 */
export interface VulnerabilityInput {
  package: Package;
  ids: string[];
  /** Versions that fix the advisories; per advisory when `fixedById` is given. */
  fixed: string[];
  /** Fixed versions per advisory id (better: an upgrade must clear every advisory). */
  fixedById?: Record<string, string[]>;
  severity: Severity;
  /** Exact test from the advisory ranges: is `version` still affected? Preferred over the fixed-list heuristic. */
  affects?: (version: string) => boolean;
}

export type FixAction =
  | {
      kind: 'upgrade-direct';
      /** Manifest to edit (package.json or a requirements file), relative to the root. */
      manifest: string;
      /** Manifest section for npm (dependencies, devDependencies, ...). */
      section?: string;
      fromRange: string;
      toRange: string;
    }
  | {
      kind: 'override';
      manifest: string;
      /** package.json key: overrides (npm, bun), pnpm.overrides or resolutions (yarn). */
      field: 'overrides' | 'pnpm.overrides' | 'resolutions';
      toRange: string;
      /** The direct dependency that pulls it in, whose own upgrade would be the cleaner fix. */
      via?: string;
    }
  | { kind: 'pin'; manifest: string; line: string; via?: string }
  | { kind: 'manual'; reason: string };

export interface PlannedFix {
  package: Package;
  ids: string[];
  severity: Severity;
  /** The lowest version that clears every advisory, or undefined when none is known. */
  targetVersion?: string;
  action: FixAction;
}

export interface FixPlan {
  fixes: PlannedFix[];
}
