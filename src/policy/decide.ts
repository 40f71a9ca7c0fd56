import type { Decision, Finding, Severity } from '../core/finding.js';
import { decideDependency } from '../scanners/deps/decide.js';
import { decideBySeverity } from './severity-decision.js';
import type { Policy } from './types.js';

type Decider = (finding: Finding, policy: Policy) => { decision: Decision; reason: string };

function decideSecret(_finding: Finding, policy: Policy): { decision: Decision; reason: string } {
  if (policy.secrets.block_commit) return { decision: 'block', reason: 'secrets.block_commit is true' };
  return { decision: 'review', reason: 'secrets.block_commit is false: listed for review' };
}

/** Advisories by the dependency_scan thresholds; verification findings (unknown or typosquatted packages) like code. */
function decideDeps(finding: Finding, policy: Policy): { decision: Decision; reason: string } {
  if (finding.ruleId !== 'deps-vulnerable-package') return decideBySeverity(finding, policy.sast, 'sast');
  return decideDependency(finding, policy.dependency_scan);
}

/** One decider per scanner; a scanner without one is judged by the sast thresholds. */
const DECIDERS: Record<string, Decider> = {
  secrets: decideSecret,
  sast: (finding, policy) => decideBySeverity(finding, policy.sast, 'sast'),
  deps: decideDeps,
  injection: (finding, policy) => decideBySeverity(finding, policy.injection, 'injection'),
};

export function decide(finding: Finding, policy: Policy): { decision: Decision; reason: string } {
  const decider = DECIDERS[finding.scanner] ?? ((f, p) => decideBySeverity(f, p.sast, 'sast'));
  return decider(finding, policy);
}

/** Set `decision` and `decisionReason` on every finding. */
export function applyPolicy(findings: Finding[], policy: Policy): void {
  for (const finding of findings) {
    const { decision, reason } = decide(finding, policy);
    finding.decision = decision;
    finding.decisionReason = reason;
  }
}

/** A finding counts against the gate unless a valid (unexpired) suppression covers it. */
export function isSuppressed(finding: Finding): boolean {
  return finding.suppressed !== undefined && finding.suppressed.expired !== true;
}

export function blocking(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => finding.decision === 'block' && !isSuppressed(finding));
}

export type SeverityCounts = Record<Severity, number>;
