import type { Decision, Finding } from '../core/finding.js';
import type { Skipped } from '../core/scanner.js';
import { isSuppressed } from '../policy/decide.js';

export interface Summary {
  total: number;
  byDecision: Record<Decision, number>;
  suppressed: number;
  expiredAcceptances: number;
  aiAssisted: number;
  human: number;
  unknownOrigin: number;
  skippedByReason: Record<string, number>;
}

/** Counts every reporter shows: decisions, suppressions, AI-assisted vs human, and what was not scanned. */
export function summarise(findings: readonly Finding[], skipped: readonly Skipped[]): Summary {
  const summary: Summary = {
    total: findings.length,
    byDecision: { block: 0, review: 0, inform: 0 },
    suppressed: 0,
    expiredAcceptances: 0,
    aiAssisted: 0,
    human: 0,
    unknownOrigin: 0,
    skippedByReason: {},
  };
  for (const finding of findings) {
    if (isSuppressed(finding)) summary.suppressed++;
    else if (finding.decision) summary.byDecision[finding.decision]++;
    if (finding.suppressed?.expired) summary.expiredAcceptances++;
    if (finding.provenance === undefined) summary.unknownOrigin++;
    else if (finding.provenance.aiAssisted) summary.aiAssisted++;
    else summary.human++;
  }
  for (const item of skipped) summary.skippedByReason[item.reason] = (summary.skippedByReason[item.reason] ?? 0) + 1;
  return summary;
}

export function describeSkipped(summary: Summary): string {
  const parts = Object.entries(summary.skippedByReason).map(([reason, count]) => `${count} ${reason}`);
  return parts.length === 0 ? 'nothing skipped' : `not scanned or scanned differently: ${parts.join(', ')}`;
}
