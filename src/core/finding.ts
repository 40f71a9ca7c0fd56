/** The one finding model every scanner produces and every reporter reads. */

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export type Decision = 'block' | 'review' | 'inform';

export interface Location {
  /** Path relative to the scanned root, with forward slashes. */
  path: string;
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/** One step of a source-to-sink path (SAST). */
export interface FlowStep {
  location: Location;
  message: string;
}

export interface CommitRef {
  sha: string;
  author: string;
  email?: string;
  date: string;
}

export interface Provenance {
  aiAssisted: boolean;
  commit?: string;
  tools?: string[];
  models?: string[];
}

/** Why a finding did or did not count against the gate. */
export interface Suppression {
  kind: 'baseline' | 'inline' | 'acceptance' | 'allowed-pattern';
  reason: string;
  /** Acceptance id, baseline file, etc. */
  ref?: string;
  expired?: boolean;
}

export interface Finding {
  ruleId: string;
  scanner: string;
  severity: Severity;
  confidence: Confidence;
  title: string;
  message: string;
  location: Location;
  /** A short excerpt with every secret value masked. */
  snippet: string;
  cwe: string[];
  owasp?: string[];
  remediation: string;
  /** Hash of rule, path and normalised matched content: no line numbers, no commit ids. */
  fingerprint: string;
  helpUri?: string;
  tags?: string[];
  /** Scanner-specific data, e.g. `package` for dependency findings. */
  properties?: Record<string, unknown>;
  codeFlow?: FlowStep[];
  commit?: CommitRef;
  provenance?: Provenance;
  decision?: Decision;
  /** Why the decision is what it is (policy section and threshold). */
  decisionReason?: string;
  suppressed?: Suppression;
}

export function severityRank(severity: Severity): number {
  return SEVERITIES.length - SEVERITIES.indexOf(severity);
}

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}
