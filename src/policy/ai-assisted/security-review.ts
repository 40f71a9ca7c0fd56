import type { Finding } from '../../core/finding.js';
import { makeFinding } from '../../core/make-finding.js';
import type { RuleMeta } from '../../core/rule.js';
import { findLedgerEntries, type LedgerEntry } from '../../provenance/index.js';
import type { AiAssistedPolicy } from '../sections/ai-assisted.js';
import { isSecuritySensitivePath } from './decide.js';

export interface ChangedFile {
  path: string;
  aiAssisted: boolean;
  /** Full sha of the commit that changed the file. */
  commit?: string;
}

export interface SecurityReviewRequirement {
  path: string;
  commit?: string;
  /** True when the ledger has an entry with security_review: true for the commit. */
  reviewed: boolean;
  /** Human reviewer named by that entry. */
  reviewer?: string;
}

export const AI_SECURITY_REVIEW_RULE: RuleMeta = {
  id: 'ai-security-review-required',
  title: 'AI-assisted change to security-sensitive code needs a human security review',
  description:
    'An AI-assisted commit changed a path listed in ai_assisted.security_review_paths and the ledger records no security review for it.',
  severity: 'high',
  confidence: 'high',
  cwe: ['CWE-1357'],
  remediation:
    'Have a security engineer review the change, then record it: bulwark ledger add --commit SHA --security-review --reviewer WHO.',
  tags: ['ai-assisted', 'review'],
};

/** Which AI-assisted changes to security-sensitive paths need a security review, and whether the ledger has one. */
export function securityReviewRequirements(
  changedFiles: readonly ChangedFile[],
  policy: AiAssistedPolicy,
  ledgerByCommit: Map<string, LedgerEntry[]>,
): SecurityReviewRequirement[] {
  const requirements: SecurityReviewRequirement[] = [];
  for (const file of changedFiles) {
    if (!file.aiAssisted || !isSecuritySensitivePath(file.path, policy)) continue;
    const entries = file.commit ? findLedgerEntries(ledgerByCommit, file.commit) : [];
    const review = entries.find((entry) => entry.security_review);
    requirements.push({
      path: file.path,
      ...(file.commit ? { commit: file.commit } : {}),
      reviewed: review !== undefined,
      ...(review?.human_reviewer ? { reviewer: review.human_reviewer } : {}),
    });
  }
  return requirements;
}

/** One finding per unreviewed requirement (none when ai_assisted.require_ledger_entry is false). */
export function securityReviewFindings(
  requirements: readonly SecurityReviewRequirement[],
  policy: AiAssistedPolicy,
): Finding[] {
  if (!policy.require_ledger_entry) return [];
  return requirements
    .filter((requirement) => !requirement.reviewed)
    .map((requirement) => {
      const commit = requirement.commit ? ` in commit ${requirement.commit.slice(0, 12)}` : '';
      const finding = makeFinding({
        rule: AI_SECURITY_REVIEW_RULE,
        scanner: 'policy',
        location: { path: requirement.path, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
        snippet: requirement.path,
        matchedContent: requirement.path,
        message: `${requirement.path} was changed with AI assistance${commit} and no ledger entry records a security review.`,
        properties: { commit: requirement.commit ?? null },
      });
      finding.decision = policy.missing_review_decision;
      finding.decisionReason = `ai_assisted.require_ledger_entry: missing security review (${policy.missing_review_decision})`;
      return finding;
    });
}
