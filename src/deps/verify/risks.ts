import type { Severity } from '../../core/finding.js';
import type { RegistryInfo } from './registry-info.js';
import type { TyposquatMatch } from './typosquat.js';

export type RiskKind =
  | 'not-found'
  | 'unknown-version'
  | 'typosquat'
  | 'new-package'
  | 'low-downloads'
  | 'install-script'
  | 'no-repository'
  | 'deprecated';

export interface Risk {
  kind: RiskKind;
  severity: Severity;
  reason: string;
}

export interface RiskThresholds {
  /** A package first published fewer days ago than this is "very new" (default 30). */
  newPackageDays: number;
  /** Fewer weekly downloads than this is "low" (default 1000). */
  minWeeklyDownloads: number;
}

export const DEFAULT_THRESHOLDS: RiskThresholds = { newPackageDays: 30, minWeeklyDownloads: 1000 };

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days between an ISO date and now; undefined for missing or unparsable dates. */
export function ageInDays(iso: string | undefined, now: Date): number | undefined {
  if (!iso) return undefined;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? undefined : Math.floor((now.getTime() - time) / DAY_MS);
}

/** Risks from the name alone (available offline). */
export function nameRisks(typosquat: TyposquatMatch | undefined): Risk[] {
  if (!typosquat) return [];
  return [
    {
      kind: 'typosquat',
      severity: 'high',
      reason: `${typosquat.detail} (a popular package, rank ${typosquat.targetRank}); check that you meant '${typosquat.target}'`,
    },
  ];
}

/** Risks from what the registry says. */
export function registryRisks(
  registryName: string,
  name: string,
  info: RegistryInfo,
  now: Date,
  thresholds: RiskThresholds = DEFAULT_THRESHOLDS,
): Risk[] {
  if (!info.exists) {
    return [
      {
        kind: 'not-found',
        severity: 'critical',
        reason: `'${name}' does not exist on ${registryName}: possibly a name an AI assistant made up, which attackers register (slopsquatting)`,
      },
    ];
  }
  const risks: Risk[] = [];
  if (info.versionExists === false) {
    risks.push({
      kind: 'unknown-version',
      severity: 'medium',
      reason: `version ${info.version} of '${name}' is not on ${registryName} (latest ${info.latestVersion ?? 'unknown'})`,
    });
  }
  const age = ageInDays(info.createdAt, now);
  if (age !== undefined && age < thresholds.newPackageDays) {
    risks.push({
      kind: 'new-package',
      severity: 'medium',
      reason: `first published ${age} day(s) ago (under ${thresholds.newPackageDays})`,
    });
  }
  if (info.downloadsLastWeek !== undefined && info.downloadsLastWeek < thresholds.minWeeklyDownloads) {
    risks.push({
      kind: 'low-downloads',
      severity: 'low',
      reason: `${info.downloadsLastWeek} downloads last week (under ${thresholds.minWeeklyDownloads})`,
    });
  }
  if (info.installScripts.length > 0) {
    risks.push({
      kind: 'install-script',
      severity: 'medium',
      reason: `runs code at install: ${info.installScripts.join('; ')}`,
    });
  }
  if (!info.repository) {
    risks.push({
      kind: 'no-repository',
      severity: 'low',
      reason: 'no source repository linked, so the published code cannot be compared with its source',
    });
  }
  if (info.deprecated) {
    risks.push({ kind: 'deprecated', severity: 'medium', reason: `deprecated: ${info.deprecated}` });
  }
  return risks;
}
