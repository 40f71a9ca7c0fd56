import type { Decision, Finding } from '../../core/finding.js';
import type { DependencyScanPolicy } from '../../policy/sections/dependency-scan.js';

/**
 * The policy decision for a dependency finding: block when its advisory severity is listed in
 * block_on_cve_severity, review when listed in review_on_cve_severity, otherwise inform.
 */
export function decideDependency(
  finding: Finding,
  policy: DependencyScanPolicy,
): { decision: Decision; reason: string } {
  if (policy.block_on_cve_severity.includes(finding.severity)) {
    return { decision: 'block', reason: `dependency_scan.block_on_cve_severity includes ${finding.severity}` };
  }
  if (policy.review_on_cve_severity.includes(finding.severity)) {
    return { decision: 'review', reason: `dependency_scan.review_on_cve_severity includes ${finding.severity}` };
  }
  return { decision: 'inform', reason: `severity ${finding.severity} is below the dependency_scan thresholds` };
}
