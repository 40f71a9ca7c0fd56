import type { Severity } from '../../core/finding.js';
import type { InjectionRuleKey } from './rules.js';

/** One detection before it becomes a Finding: offsets into the chunk's text, the rule and the evidence. */
export interface Hit {
  rule: InjectionRuleKey;
  start: number;
  end: number;
  severity: Severity;
  message: string;
  /** What the fingerprint hashes (a description of the evidence, never a secret). */
  evidence: string;
  properties?: Record<string, unknown>;
}

export interface ScanFacts {
  path: string;
  text: string;
  kind: 'code' | 'docs' | 'config' | 'other';
  agentInstructions: boolean;
  /** The chunk starts at the first line of the file (a BOM there is legitimate). */
  startsAtFileStart: boolean;
}
