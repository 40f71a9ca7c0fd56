import type { Finding } from '../core/finding.js';
import {
  applyAcceptances,
  checkInlineIgnore,
  computeSla,
  loadAcceptances,
  readFirstSeen,
} from '../policy/acceptances/index.js';
import { applyAiAssistedGates } from '../policy/ai-assisted/index.js';
import type { Policy } from '../policy/types.js';
import { findLedgerEntries, ledgerEntriesByCommit } from '../provenance/index.js';

/**
 * The steps after policy decisions, each small and in order: inline ignores must cite an acceptance (when the
 * policy says so), acceptances silence until they expire, AI-assisted findings meet stricter thresholds, and each
 * finding gets its SLA due date. Returns notes for the report.
 */
export async function enrichFindings(root: string, findings: Finding[], policy: Policy, now: Date): Promise<string[]> {
  const notes: string[] = [];
  const acceptances = await loadAcceptances(root);
  for (const finding of findings) {
    if (finding.suppressed?.kind !== 'inline') continue;
    const check = checkInlineIgnore(finding.suppressed.reason, acceptances, now, {
      requireAcceptance: policy.acceptances.inline_ignores_require_acceptance,
      finding,
    });
    if (!check.ok) {
      notes.push(
        `${finding.location.path}:${finding.location.startLine}: inline ignore not honoured: ${check.problem}`,
      );
      finding.suppressed = undefined;
    }
  }
  applyAcceptances(findings, acceptances, now);
  if (findings.some((finding) => finding.provenance?.aiAssisted)) {
    const ledger = await ledgerEntriesByCommit(root).catch(() => undefined);
    applyAiAssistedGates(
      findings,
      policy.ai_assisted,
      ledger ? (commit) => findLedgerEntries(ledger, commit) : undefined,
    );
  }
  const firstSeen = await readFirstSeen(root);
  let breached = 0;
  const byFingerprint = new Map(findings.map((finding) => [finding.fingerprint, finding]));
  for (const status of computeSla(findings, firstSeen, policy.acceptances, now)) {
    const finding = byFingerprint.get(status.fingerprint);
    if (!finding) continue;
    finding.properties = {
      ...finding.properties,
      sla: { firstSeen: status.firstSeen, due: status.due, breached: status.breached },
    };
    if (status.breached) breached++;
  }
  if (breached > 0) notes.push(`${breached} findings are past their remediation SLA (acceptances.sla_days)`);
  const expired = findings.filter((finding) => finding.suppressed?.expired).length;
  if (expired > 0) notes.push(`${expired} findings are no longer silenced: their risk acceptance expired`);
  return notes;
}
