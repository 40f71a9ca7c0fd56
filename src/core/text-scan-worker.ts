import { parentPort, workerData } from 'node:worker_threads';
import type { Policy } from '../policy/types.js';
import { findScanner } from '../scanners/registry.js';
import type { Finding } from './finding.js';
import type { ScanContext, ScanOptions, Skipped } from './scanner.js';
import { scanFileWith } from './text-scan.js';

/**
 * Worker side of the text-scan pool. It loads its scanners as soon as it starts (while the main thread still reads
 * the policy and lists files), then takes one setup message and scans the batches of paths it is sent.
 */
export interface WorkerSetup {
  root: string;
  policy: Policy;
  options: ScanOptions;
  maxBytes: number;
}

export type WorkerMessage = { setup: WorkerSetup } | string[] | null;

export interface BatchResult {
  findings: Finding[];
  skipped: Skipped[];
  notes: string[];
  bytes: number;
  files: number;
}

const { scannerIds } = workerData as { scannerIds: string[] };
const scanners = await Promise.all(scannerIds.map((id) => findScanner(id)!.load()));
let setup: WorkerSetup | undefined;

function scanBatch(paths: string[], { root, policy, options, maxBytes }: WorkerSetup): BatchResult {
  const result: BatchResult = { findings: [], skipped: [], notes: [], bytes: 0, files: 0 };
  const context: ScanContext = {
    root,
    policy,
    options,
    skip: (skipped) => result.skipped.push(skipped),
    note: (note) => result.notes.push(note),
  };
  for (const path of paths) {
    result.bytes += scanFileWith(scanners, root, path, context, maxBytes, (found) => result.findings.push(...found));
    result.files++;
  }
  return result;
}

parentPort?.on('message', (message: WorkerMessage) => {
  if (message === null) parentPort?.close();
  else if (!Array.isArray(message)) setup = message.setup;
  else if (!setup) throw new Error('internal: a text-scan worker got paths before its setup');
  else parentPort?.postMessage(scanBatch(message, setup));
});
parentPort?.postMessage('ready');
