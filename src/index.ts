/**
 * Bulwark's library entry: everything here returns data; nothing prints or exits. The CLI (src/cli) is one user.
 */

export { main } from './cli/main.js';
export { BulwarkError } from './core/errors.js';
export type {
  Confidence,
  Decision,
  Finding,
  FlowStep,
  Location,
  Provenance,
  Severity,
  Suppression,
} from './core/finding.js';
export type { RuleMeta } from './core/rule.js';
export type { ProjectTarget, ScanContext, Scanner, Skipped, TextChunk } from './core/scanner.js';
export { policyJsonSchema } from './policy/json-schema.js';
export { defaultPolicy, loadPolicy } from './policy/load.js';
export { parsePolicy } from './policy/parse.js';
export type { Policy } from './policy/types.js';
export { REPORTERS } from './report/index.js';
export { toSarif } from './report/sarif.js';
export type { ScanRequest, ScanResult, ScanTarget } from './scan/request.js';
export { runScan } from './scan/run-scan.js';
export { SCANNERS } from './scanners/registry.js';
