import { parentPort, workerData } from 'node:worker_threads';
import type { Policy } from '../policy/types.js';
import { findScanner } from '../scanners/registry.js';
import type { Finding } from './finding.js';
import type { ScanContext, ScanOptions, Skipped } from './scanner.js';
import { scanFileWith } from './text-scan.js';

/** Worker side of the text-scan pool: scans the batches of paths it is sent and answers with the results. */
interface Setup {
  root: string;
  scannerIds: string[];
  policy: Policy;
  options: ScanOptions;
  maxBytes: number;
}

export interface BatchResult {
  findings: Finding[];
  skipped: Skipped[];
  notes: string[];
  bytes: number;
  files: number;
}

const setup = workerData as Setup;
const scanners = await Promise.all(setup.scannerIds.map((id) => findScanner(id)!.load()));

parentPort?.on('message', (paths: string[] | null) => {
  if (paths === null) {
    parentPort?.close();
    return;
  }
  const result: BatchResult = { findings: [], skipped: [], notes: [], bytes: 0, files: 0 };
  const context: ScanContext = {
    root: setup.root,
    policy: setup.policy,
    options: setup.options,
    skip: (skipped) => result.skipped.push(skipped),
    note: (note) => result.notes.push(note),
  };
  for (const path of paths) {
    result.bytes += scanFileWith(scanners, setup.root, path, context, setup.maxBytes, (found) =>
      result.findings.push(...found),
    );
    result.files++;
  }
  parentPort?.postMessage(result);
});
parentPort?.postMessage('ready');
