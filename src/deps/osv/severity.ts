import type { Severity } from '../../core/finding.js';
import { cvss3BaseScore, severityFromScore } from './cvss.js';
import type { OsvAffected, OsvRecord } from './types.js';

const WORDS: Record<string, Severity> = {
  critical: 'critical',
  high: 'high',
  moderate: 'medium',
  medium: 'medium',
  low: 'low',
};

export interface AdvisorySeverity {
  severity: Severity;
  score?: number;
  /** Where it came from: "CVSS_V3", "database_specific", "default". */
  basis: string;
}

/**
 * Severity of an advisory for one affected package: the CVSS v3.x base score computed from the vector
 * (affected-level first, then record-level); CVSS v4 vectors are not scored (their math needs the v4
 * macro-vector tables), so a v4-only record falls back to its database_specific severity or cvss_score;
 * 'medium' when nothing is recorded.
 */
export function advisorySeverity(record: OsvRecord, affected?: OsvAffected): AdvisorySeverity {
  for (const entry of [...(affected?.severity ?? []), ...(record.severity ?? [])]) {
    if (entry.type !== 'CVSS_V3') continue;
    const score = cvss3BaseScore(entry.score);
    if (score !== undefined) return { severity: severityFromScore(score), score, basis: 'CVSS_V3' };
  }
  for (const specific of [affected?.database_specific, record.database_specific]) {
    if (!specific) continue;
    const score = specific.cvss_score;
    if (typeof score === 'number' && score >= 0 && score <= 10) {
      return { severity: severityFromScore(score), score, basis: 'database_specific' };
    }
    const word = typeof specific.severity === 'string' ? WORDS[specific.severity.toLowerCase()] : undefined;
    if (word) return { severity: word, basis: 'database_specific' };
  }
  return { severity: 'medium', basis: 'default' };
}
