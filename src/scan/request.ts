import type { Finding } from '../core/finding.js';
import type { RuleMeta } from '../core/rule.js';
import type { ScanOptions, Skipped } from '../core/scanner.js';
import type { Policy } from '../policy/types.js';

export type ScanTarget =
  | {
      kind: 'tree' /** Only these files (relative to the root), e.g. one file named on the command line. */;
      files?: string[];
    }
  | { kind: 'staged' }
  | { kind: 'diff'; spec: string }
  | { kind: 'history'; since?: string; revisions?: string }
  | { kind: 'stdin'; text: string; path: string };

export interface ScanRequest {
  /** Absolute path of the folder to scan. */
  root: string;
  target: ScanTarget;
  /** Scanner ids; default: all. */
  scanners?: string[];
  policyPath?: string;
  /** Baseline file (absolute); false to ignore baselines. Default: <root>/.bulwark/baseline.json when present. */
  baselinePath?: string | false;
  options: ScanOptions;
  maxFileBytes?: number;
  exclude?: string[];
  onProgress?: (progress: { files: number; totalFiles: number; bytes: number }) => void;
  now?: Date;
  /** Blame findings' lines and classify their commits as AI-assisted or human (default true in git work trees). */
  provenance?: boolean;
}

export interface ScanStats {
  files: number;
  bytes: number;
  durationMs: number;
}

export interface ScanResult {
  root: string;
  target: ScanTarget['kind'];
  scanners: string[];
  findings: Finding[];
  skipped: Skipped[];
  notes: string[];
  stats: ScanStats;
  policy: Policy;
  policyPath?: string;
  /** Findings that make the gate fail (decision block, not validly suppressed). */
  blocked: Finding[];
  /** Metadata of every rule of the scanners that ran (for SARIF rules[] and docs). */
  rules: Array<RuleMeta & { scanner: string }>;
}
