import type { ScanResult } from '../scan/request.js';
import { VERSION } from '../version.js';
import { summarise } from './summary.js';

/** The scan as JSON: every finding (secrets masked), what was skipped and why, and the summary counts. */
export function toJson(scan: ScanResult): object {
  return {
    tool: { name: 'bulwark', version: VERSION },
    target: scan.target,
    root: scan.root,
    scanners: scan.scanners,
    policy: scan.policyPath ?? 'defaults',
    summary: summarise(scan.findings, scan.skipped),
    passed: scan.blocked.length === 0,
    stats: scan.stats,
    findings: scan.findings,
    skipped: scan.skipped,
    notes: scan.notes,
  };
}
