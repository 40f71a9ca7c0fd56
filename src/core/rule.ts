import type { Confidence, Severity } from './finding.js';

/** Metadata every rule carries; the same fields feed SARIF rules[], the docs and the reports. */
export interface RuleMeta {
  id: string;
  title: string;
  /** One or two sentences: what is wrong and why it matters. */
  description: string;
  severity: Severity;
  confidence: Confidence;
  cwe: string[];
  owasp?: string[];
  remediation: string;
  helpUri?: string;
  tags?: string[];
}
