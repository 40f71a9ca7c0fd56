import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Policy } from '../policy/types.js';
import type { Finding } from './finding.js';
import { PathQueue } from './path-queue.js';
import type { ScanContext, Scanner, ScanOptions } from './scanner.js';
import { scanFileWith } from './text-scan.js';
import type { BatchResult, WorkerMessage } from './text-scan-worker.js';

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
  /** Workers started earlier with the same scanners (see TextScanWorkers.start); closed when the scan ends. */
  workers?: TextScanWorkers;
}

export interface TextScanOutput {
  findings: Finding[];
  bytes: number;
}

const BATCH = 32;
/**
 * The main thread scans fewer files between two turns of its event loop: while it scans, workers that finish their
 * batches wait for it to send more.
 */
const MAIN_THREAD_BATCH = 8;
/**
 * Batches each worker holds: it starts the next as soon as it answers instead of waiting for the main thread, which
 * shares the cores with the workers and can take several milliseconds to be scheduled.
 */
const BATCHES_IN_FLIGHT = 8;

/**
 * A worker's next batch: BATCH paths, or fewer once the walk is done and few are left, so that no thread ends long
 * after the others with a queue of batches it was sent early.
 */
function batchSize(queue: PathQueue, threads: number): number {
  if (!queue.done) return BATCH;
  return Math.max(1, Math.min(BATCH, Math.ceil(queue.size / (threads * BATCHES_IN_FLIGHT))));
}

function workerUrl(): URL {
  // Under tsx (tests) this module is a .ts file and so is its worker.
  const extension = import.meta.url.endsWith('.ts') ? 'ts' : 'js';
  return new URL(`./text-scan-worker.${extension}`, import.meta.url);
}

/** Threads that scan a big tree, the main thread included: BULWARK_THREADS, or one per core (at most 16). */
export function textScanThreads(): number {
  return Math.max(1, Math.min(Number(process.env.BULWARK_THREADS) || availableParallelism(), 16));
}

/**
 * Text-scan worker threads, one fewer than the scanning threads (the main thread scans too, between walking the tree
 * and collecting results: a third busy thread on two cores would only take turns with the others). They are
 * started before the files are known, to load their scanners while the caller reads the policy and walks the tree.
 * Unused workers cost a little CPU; `close` ends them.
 */
export class TextScanWorkers {
  private readonly workers: Worker[];
  private readonly ready: Promise<unknown>[];

  private constructor(scannerIds: readonly string[], threads: number) {
    this.workers = Array.from({ length: threads }, () => new Worker(workerUrl(), { workerData: { scannerIds } }));
    this.ready = this.workers.map(
      (worker) =>
        new Promise((resolve, reject) => {
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    );
    for (const promise of this.ready) promise.catch(() => undefined); // reported by scan(); never unhandled
  }

  /** Workers for these scanners, or undefined when one thread is all there is. */
  static start(scannerIds: readonly string[], threads = textScanThreads()): TextScanWorkers | undefined {
    return threads < 2 ? undefined : new TextScanWorkers(scannerIds, threads - 1);
  }

  /** Scan every path of the queue, each worker with BATCHES_IN_FLIGHT batches sent ahead. A failed worker fails the scan. */
  async scan(input: TextScanInput, queue: PathQueue): Promise<TextScanOutput> {
    const findings: Finding[] = [];
    let bytes = 0;
    let files = 0;
    const setup: WorkerMessage = {
      setup: { root: input.root, policy: input.policy, options: input.options, maxBytes: input.maxBytes },
    };
    const run = (worker: Worker, ready: Promise<unknown>) =>
      new Promise<void>((resolve, reject) => {
        let ended = false;
        const send = (batch: string[] | null) => {
          if (ended) return;
          ended = batch === null; // the worker ends after the batches before it
          worker.postMessage(batch);
        };
        const feed = () => queue.take(batchSize(queue, this.workers.length + 1)).then(send, reject);
        worker.on('message', (message: BatchResult | 'ready') => {
          if (message === 'ready') return;
          findings.push(...message.findings);
          for (const skipped of message.skipped) input.context.skip(skipped);
          for (const note of message.notes) input.context.note(note);
          bytes += message.bytes;
          files += message.files;
          input.onProgress?.(files, bytes);
          feed();
        });
        worker.on('error', reject);
        worker.on('exit', () => resolve());
        ready.then(() => {
          worker.postMessage(setup);
          for (let k = 0; k < BATCHES_IN_FLIGHT; k++) feed();
        }, reject);
      });
    // The main thread takes batches from the same queue, one at a time, giving way to the event loop in between.
    const scanOnMainThread = async () => {
      for (let batch = await queue.take(MAIN_THREAD_BATCH); batch; batch = await queue.take(MAIN_THREAD_BATCH)) {
        const result = scanInProcess(input, batch);
        findings.push(...result.findings);
        bytes += result.bytes;
        files += batch.length;
        input.onProgress?.(files, bytes);
        await new Promise((resolve) => setImmediate(resolve));
      }
    };
    try {
      await Promise.all([
        ...this.workers.map((worker, index) => run(worker, this.ready[index] as Promise<unknown>)),
        scanOnMainThread(),
      ]);
    } finally {
      this.close();
    }
    return { findings, bytes };
  }

  close(): void {
    for (const worker of this.workers) void worker.terminate();
  }
}

function scanInProcess(input: TextScanInput, paths: readonly string[], progress = false): TextScanOutput {
  const findings: Finding[] = [];
  let bytes = 0;
  let files = 0;
  for (const path of paths) {
    bytes += scanFileWith(input.scanners, input.root, path, input.context, input.maxBytes, (f) => findings.push(...f));
    if (++files % 200 === 0 && progress) input.onProgress?.(files, bytes);
  }
  return { findings, bytes };
}

/** Scan files with the text scanners: in process for small trees, on worker threads for big ones. */
export async function scanTextFiles(input: TextScanInput): Promise<TextScanOutput> {
  const threshold = input.workerThreshold ?? 400;
  let queue: PathQueue;
  if (Array.isArray(input.paths)) {
    queue = new PathQueue();
    queue.push(input.paths);
    queue.close();
  } else queue = input.paths;
  await queue.atLeast(threshold);
  const workers =
    queue.done && queue.total < threshold
      ? undefined
      : (input.workers ?? TextScanWorkers.start(input.scanners.map((scanner) => scanner.id)));
  if (!workers) {
    input.workers?.close();
    const paths: string[] = [];
    for (let batch = await queue.take(Infinity); batch; batch = await queue.take(Infinity)) paths.push(...batch);
    return scanInProcess(input, paths, true);
  }
  return workers.scan(input, queue);
}
