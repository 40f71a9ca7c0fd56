import picomatch from 'picomatch';
import type { Decision, Finding } from '../../core/finding.js';
import type { LedgerEntry } from '../../provenance/index.js';
import { type AiAssistedPolicy, aiAssistedSection } from '../sections/ai-assisted.js';
import { decideBySeverity } from '../severity-decision.js';

export interface DecisionWithReason {
  decision: Decision;
  reason: string;
}

const STRICTNESS: Record<Decision, number> = { inform: 0, review: 1, block: 2 };

/** The ai_assisted section of a loaded policy, or its defaults while the schema does not carry it. */
export function aiAssistedPolicyOf(policy: object): AiAssistedPolicy {
  return (policy as { ai_assisted?: AiAssistedPolicy }).ai_assisted ?? aiAssistedSection.parse({});
}

/** What the ai_assisted thresholds alone say about a finding. */
function decideByAiThresholds(finding: Finding, policy: AiAssistedPolicy): DecisionWithReason {
  if (finding.scanner === 'secrets') {
    return policy.secrets.block
      ? { decision: 'block', reason: 'ai_assisted.secrets.block is true' }
      : { decision: 'inform', reason: 'ai_assisted.secrets.block is false' };
  }
  if (finding.scanner === 'deps' && finding.ruleId === 'deps-vulnerable-package') {
    const section = policy.dependency_scan;
    return decideBySeverity(
      finding,
      { block_on: section.block_on_cve_severity, review_on: section.review_on_cve_severity },
      'ai_assisted.dependency_scan',
    );
  }
  return decideBySeverity(finding, policy.sast, 'ai_assisted.sast');
}

export function isSecuritySensitivePath(path: string, policy: AiAssistedPolicy): boolean {
  return policy.security_review_paths.length > 0 && picomatch(policy.security_review_paths, { dot: true })(path);
}

/**
 * The decision for a finding in an AI-assisted change: the stricter of `baseDecision` and the ai_assisted
 * thresholds (never looser). Findings that are not AI-assisted keep `baseDecision`. When ledger entries for the
 * finding's commit are given and the finding sits on a security-sensitive path without a recorded security
 * review, the decision is at least `review`.
 */
export function decideForAiAssisted(
  finding: Finding,
  policy: AiAssistedPolicy,
  baseDecision: DecisionWithReason,
  ledgerEntries?: readonly LedgerEntry[],
): DecisionWithReason {
  if (finding.provenance?.aiAssisted !== true) return baseDecision;
  let result = baseDecision;
  const strict = decideByAiThresholds(finding, policy);
  if (STRICTNESS[strict.decision] > STRICTNESS[result.decision]) {
    result = { decision: strict.decision, reason: `AI-assisted change: ${strict.reason}` };
  }
  if (
    ledgerEntries !== undefined &&
    result.decision === 'inform' &&
    isSecuritySensitivePath(finding.location.path, policy) &&
    !ledgerEntries.some((entry) => entry.security_review)
  ) {
    result = {
      decision: 'review',
      reason: 'AI-assisted change on a security_review_paths path with no ledger entry recording a security review',
    };
  }
  return result;
}

/** Apply decideForAiAssisted to every finding that already carries a decision. */
export function applyAiAssistedGates(
  findings: Finding[],
  policy: AiAssistedPolicy,
  ledgerFor?: (commit: string) => readonly LedgerEntry[],
): void {
  for (const finding of findings) {
    if (!finding.decision || finding.provenance?.aiAssisted !== true) continue;
    const commit = finding.provenance.commit;
    const entries = ledgerFor && commit ? ledgerFor(commit) : undefined;
    const next = decideForAiAssisted(
      finding,
      policy,
      { decision: finding.decision, reason: finding.decisionReason ?? '' },
      entries,
    );
    finding.decision = next.decision;
    finding.decisionReason = next.reason;
  }
}
