import { isAffected, type VulnerabilityMatch } from '../osv/match.js';
import { normalizePackageName } from '../osv/store.js';
import type { Package } from '../types.js';
import type { VulnerabilityInput } from './types.js';

/** Adapt the OSV matcher's output: the advisory ranges decide whether a candidate version is still affected. */
export function vulnerabilityFromMatch(pkg: Package, match: VulnerabilityMatch): VulnerabilityInput {
  const name = normalizePackageName(pkg.ecosystem, pkg.name);
  const ranges = match.records.flatMap((record) =>
    record.affected.filter(
      (entry) =>
        entry.package?.ecosystem.split(':')[0] === pkg.ecosystem &&
        normalizePackageName(pkg.ecosystem, entry.package.name) === name,
    ),
  );
  return {
    package: pkg,
    ids: match.ids,
    fixed: match.fixed,
    severity: match.severity,
    affects: (version) => ranges.some((entry) => isAffected(pkg.ecosystem, version, entry)),
  };
}
