import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../core/finding.js';
import { ACCEPTANCES_FILE } from '../policy/acceptances/basics.js';
import { computeSla, readFirstSeen } from '../policy/acceptances/sla.js';
import type { Policy } from '../policy/types.js';

/**
 * The steps after policy decisions, each small and in order: inline ignores must cite an acceptance (when the
 * policy says so), acceptances silence until they expire, AI-assisted findings meet stricter thresholds, and each
 * finding gets its SLA due date. Returns notes for the report.
 */
export async function enrichFindings(root: string, findings: Finding[], policy: Policy, now: Date): Promise<string[]> {
  const notes: string[] = [];
  // What only some scans need (an acceptances file, inline ignores, AI-assisted findings) loads only for them: the
  // file's YAML and schema, the ledger, the AI-assisted gates.
  const acceptances = existsSync(join(root, ACCEPTANCES_FILE))
    ? await (await import('../policy/acceptances/file.js')).loadAcceptances(root)
    : [];
  const inline = findings.filter((finding) => finding.suppressed?.kind === 'inline');
  if (acceptances.length > 0 || inline.length > 0) {
    const { applyAcceptances, checkInlineIgnore } = await import('../policy/acceptances/apply.js');
    for (const finding of inline) {
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
  }
  if (findings.some((finding) => finding.provenance?.aiAssisted)) {
    const [{ applyAiAssistedGates }, { findLedgerEntries, ledgerEntriesByCommit }] = await Promise.all([
      import('../policy/ai-assisted/index.js'),
      import('../provenance/ledger/store.js'),
    ]);
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
