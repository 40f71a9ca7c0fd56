import type { Decision, Finding } from '../../core/finding.js';
import type { DependencyScanPolicy } from '../../policy/sections/dependency-scan.js';
import { decideBySeverity } from '../../policy/severity-decision.js';

/**
 * The policy decision for a dependency finding: block when its advisory severity is listed in
 * block_on_cve_severity, review when listed in review_on_cve_severity, otherwise inform.
 */
export function decideDependency(
  finding: Finding,
  policy: DependencyScanPolicy,
): { decision: Decision; reason: string } {
  return decideBySeverity(
    finding,
    { block_on: policy.block_on_cve_severity, review_on: policy.review_on_cve_severity },
    'dependency_scan',
  );
}
