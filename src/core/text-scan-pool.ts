import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Policy } from '../policy/types.js';
import type { Finding } from './finding.js';
import { PathQueue } from './path-queue.js';
import type { ScanContext, Scanner, ScanOptions } from './scanner.js';
import { scanFileWith } from './text-scan.js';
import type { BatchResult } from './text-scan-worker.js';

export interface TextScanInput {
  root: string;
  /** The files, as a list or as a queue a walk is still filling (workers scan while the tree is walked). */
  paths: string[] | PathQueue;
  scanners: Scanner[];
  policy: Policy;
  options: ScanOptions;
  maxBytes: number;
  context: ScanContext;
  onProgress?: (files: number, bytes: number) => void;
  /** Use worker threads from this many files on (default 400). */
  workerThreshold?: number;
}

export interface TextScanOutput {
  findings: Finding[];
  bytes: number;
}

const BATCH = 48;

function workerUrl(): URL {
  // Under tsx (tests) this module is a .ts file and so is its worker.
  const extension = import.meta.url.endsWith('.ts') ? 'ts' : 'js';
  return new URL(`./text-scan-worker.${extension}`, import.meta.url);
}

function scanInProcess(input: TextScanInput & { paths: string[] }): TextScanOutput {
  const findings: Finding[] = [];
  let bytes = 0;
  let files = 0;
  for (const path of input.paths) {
    bytes += scanFileWith(input.scanners, input.root, path, input.context, input.maxBytes, (f) => findings.push(...f));
    if (++files % 200 === 0) input.onProgress?.(files, bytes);
  }
  return { findings, bytes };
}

/** Scan files with the text scanners: in process for small trees, on worker threads for big ones. */
export async function scanTextFiles(input: TextScanInput): Promise<TextScanOutput> {
  const threads = Math.max(1, Math.min(Number(process.env.BULWARK_THREADS) || availableParallelism(), 16));
  const threshold = input.workerThreshold ?? 400;
  let queue: PathQueue;
  if (Array.isArray(input.paths)) {
    queue = new PathQueue();
    queue.push(input.paths);
    queue.close();
  } else queue = input.paths;
  await queue.atLeast(threshold);
  if (queue.done && (queue.total < threshold || threads < 2)) {
    const paths: string[] = [];
    for (
      let batch = await queue.take(Number.MAX_SAFE_INTEGER);
      batch;
      batch = await queue.take(Number.MAX_SAFE_INTEGER)
    ) {
      paths.push(...batch);
    }
    return scanInProcess({ ...input, paths });
  }
  const findings: Finding[] = [];
  let bytes = 0;
  let files = 0;
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(workerUrl(), {
        workerData: {
          root: input.root,
          scannerIds: input.scanners.map((s) => s.id),
          policy: input.policy,
          options: input.options,
          maxBytes: input.maxBytes,
        },
      });
      const feed = () => {
        queue.take(BATCH).then((batch) => worker.postMessage(batch), reject);
      };
      worker.on('message', (message: BatchResult | 'ready') => {
        if (message !== 'ready') {
          findings.push(...message.findings);
          for (const skipped of message.skipped) input.context.skip(skipped);
          for (const note of message.notes) input.context.note(note);
          bytes += message.bytes;
          files += message.files;
          input.onProgress?.(files, bytes);
        }
        feed();
      });
      worker.on('error', reject);
      worker.on('exit', () => resolve());
    });
  await Promise.all(Array.from({ length: threads }, runWorker));
  return { findings, bytes };
}
