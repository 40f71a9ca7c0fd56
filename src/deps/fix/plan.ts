import { severityRank } from '../../core/finding.js';
import type { Package } from '../types.js';
import { compareVersions } from '../versions/index.js';
import {
  findRequirement,
  folderOf,
  isRequirementsFile,
  joinRel,
  npmDeclaration,
  overrideField,
  type ReadFile,
  viaOf,
} from './manifests.js';
import { npmRange, pipSpec } from './ranges.js';
import { type AdvisoryFix, lowestClearingVersion } from './target.js';
import type { FixAction, FixPlan, PlannedFix, VulnerabilityInput } from './types.js';

export interface PlanOptions {
  /** Reads a manifest by its root-relative path (undefined when missing). */
  readFile: ReadFile;
}

function keyOf(pkg: Package): string {
  return `${pkg.ecosystem}\0${pkg.name}\0${pkg.version}\0${pkg.source}`;
}

/** Merge the matcher's entries per package (one package may have several advisories). */
function groupByPackage(vulnerabilities: readonly VulnerabilityInput[]) {
  const groups = new Map<
    string,
    { pkg: Package; ids: string[]; fixed: AdvisoryFix[]; severity: VulnerabilityInput['severity'] }
  >();
  for (const vuln of vulnerabilities) {
    const key = keyOf(vuln.package);
    const group = groups.get(key) ?? { pkg: vuln.package, ids: [], fixed: [], severity: vuln.severity };
    group.ids.push(...vuln.ids.filter((id) => !group.ids.includes(id)));
    if (vuln.affects) group.fixed.push({ fixed: vuln.fixed, affects: vuln.affects });
    else
      group.fixed.push(...(vuln.fixedById ? Object.values(vuln.fixedById) : [vuln.fixed]).map((fixed) => ({ fixed })));
    if (severityRank(vuln.severity) > severityRank(group.severity)) group.severity = vuln.severity;
    groups.set(key, group);
  }
  return [...groups.values()];
}

function npmAction(pkg: Package, target: string, readFile: ReadFile): FixAction {
  const manifest = joinRel(folderOf(pkg.source), 'package.json');
  const declared = pkg.direct ? npmDeclaration(readFile(manifest), pkg.name) : undefined;
  if (declared) {
    return {
      kind: 'upgrade-direct',
      manifest,
      section: declared.section,
      fromRange: declared.range,
      toRange: npmRange(declared.range, target),
    };
  }
  if (readFile(manifest) === undefined) return { kind: 'manual', reason: `no ${manifest} next to ${pkg.source}` };
  const action: FixAction = { kind: 'override', manifest, field: overrideField(pkg.source), toRange: `^${target}` };
  const via = viaOf(pkg);
  if (via) action.via = via;
  return action;
}

function pypiAction(pkg: Package, target: string, readFile: ReadFile): FixAction {
  if (!isRequirementsFile(pkg.source)) {
    return {
      kind: 'manual',
      reason: `require ${pkg.name}>=${target} in the project's manifest and re-lock ${pkg.source}`,
    };
  }
  const text = readFile(pkg.source);
  const line = text === undefined ? undefined : findRequirement(text, pkg.name);
  if (line)
    return { kind: 'upgrade-direct', manifest: pkg.source, fromRange: line.spec, toRange: pipSpec(line.spec, target) };
  const action: FixAction = { kind: 'pin', manifest: pkg.source, line: `${pkg.name}==${target}` };
  const via = viaOf(pkg);
  if (via) action.via = via;
  return action;
}

/** When two versions of one package need the same override, keep one entry with the higher target. */
function mergeOverrides(fixes: PlannedFix[], ecosystemOf: (fix: PlannedFix) => Package['ecosystem']): void {
  const seen = new Map<string, PlannedFix>();
  for (const fix of fixes) {
    if (fix.action.kind !== 'override' || !fix.targetVersion) continue;
    const key = `${fix.action.manifest}\0${fix.action.field}\0${fix.package.name}`;
    const other = seen.get(key);
    if (!other?.targetVersion || other.action.kind !== 'override') {
      seen.set(key, fix);
      continue;
    }
    const higher = compareVersions(ecosystemOf(fix), fix.targetVersion, other.targetVersion) > 0 ? fix : other;
    const lower = higher === fix ? other : fix;
    lower.action = { kind: 'manual', reason: `covered by the override to ${higher.targetVersion}` };
    seen.set(key, higher);
  }
}

/**
 * The smallest upgrade that clears each vulnerable package's advisories: a new manifest range (same style)
 * for direct dependencies, an overrides/resolutions entry or a requirements pin for transitive ones.
 */
export function planFixes(
  packages: readonly Package[],
  vulnerabilities: readonly VulnerabilityInput[],
  options: PlanOptions,
): FixPlan {
  const known = new Set(packages.map(keyOf));
  const fixes: PlannedFix[] = groupByPackage(vulnerabilities).map(({ pkg, ids, fixed, severity }) => {
    const base = { package: pkg, ids, severity };
    if (!known.has(keyOf(pkg)) && packages.length > 0) {
      return {
        ...base,
        action: { kind: 'manual', reason: `${pkg.name}@${pkg.version} is not in the scanned lockfiles` },
      };
    }
    const target = lowestClearingVersion(pkg.ecosystem, pkg.version, fixed);
    if (!target) return { ...base, action: { kind: 'manual', reason: 'no fixed version clears every advisory' } };
    const action =
      pkg.ecosystem === 'npm'
        ? npmAction(pkg, target, options.readFile)
        : pkg.ecosystem === 'PyPI'
          ? pypiAction(pkg, target, options.readFile)
          : { kind: 'manual' as const, reason: `upgrade ${pkg.name} to ${target} in ${pkg.source}'s manifest` };
    return { ...base, targetVersion: target, action };
  });
  mergeOverrides(fixes, (fix) => fix.package.ecosystem);
  fixes.sort(
    (a, b) => severityRank(b.severity) - severityRank(a.severity) || a.package.name.localeCompare(b.package.name),
  );
  return { fixes };
}
