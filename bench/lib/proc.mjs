// Process helpers for the benchmarks: timed runs, peak memory, medians, file lists. Plain Node, no dependencies.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const GNU_TIME = '/usr/bin/time';
const RSS_PRELOAD = new URL('./rss-preload.mjs', import.meta.url);

/** Is an executable on PATH? */
export function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/**
 * Run a command and time it. Peak RSS comes from GNU time (-f %M) when present, else (for `node` commands only)
 * from a preload that writes process.resourceUsage().maxRSS at exit.
 * Options: cwd, env (merged into process.env), timeoutMs, keepStdout (default false: stdout discarded).
 */
export function timed(command, args, options = {}) {
  const scratch = mkdtempSync(join(tmpdir(), 'bulwark-bench-'));
  const rssFile = join(scratch, 'rss');
  let file = command;
  let argv = args;
  const env = { ...process.env, ...options.env };
  const useGnuTime = existsSync(GNU_TIME);
  if (useGnuTime) {
    file = GNU_TIME;
    argv = ['-f', '%M', '-o', rssFile, command, ...args];
  } else if (command === 'node') {
    argv = ['--import', RSS_PRELOAD.href, ...args];
    env.BULWARK_BENCH_RSS_FILE = rssFile;
  }
  const start = performance.now();
  const result = spawnSync(file, argv, {
    cwd: options.cwd,
    env,
    timeout: options.timeoutMs,
    maxBuffer: 1 << 28,
    encoding: 'utf8',
    stdio: ['ignore', options.keepStdout ? 'pipe' : 'ignore', 'pipe'],
  });
  const seconds = (performance.now() - start) / 1000;
  let rssKB;
  if (existsSync(rssFile)) {
    const last = readFileSync(rssFile, 'utf8').trim().split('\n').pop() ?? '';
    rssKB = Number.parseInt(last, 10) || undefined;
  }
  rmSync(scratch, { recursive: true, force: true });
  const timedOut = result.error?.code === 'ETIMEDOUT' || result.signal === 'SIGTERM';
  return {
    seconds,
    rssKB,
    status: result.status,
    timedOut,
    error: result.error,
    stdout: result.stdout ?? '',
    stderr: result.stderr ?? '',
  };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Every regular file under root (sorted, depth-first), as paths relative to root. Symlinks are not followed. */
export function listFiles(root) {
  const found = [];
  const visit = (rel) => {
    const entries = readdirSync(join(root, rel), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) visit(child);
      else if (entry.isFile()) found.push(child);
    }
  };
  visit('');
  return found;
}

export const fileUrl = (path) => pathToFileURL(path).href;
export const mb = (bytes) => bytes / 1e6;
export const fmt = (x, digits = 2) => (x === undefined || Number.isNaN(x) ? 'n/a' : x.toFixed(digits));
export const ratio = (a, b) => (a === undefined || b === undefined || b === 0 ? 'n/a' : `${(a / b).toPrecision(3)}x`);
