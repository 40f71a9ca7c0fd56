import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BulwarkError, errorMessage } from '../../core/errors.js';

export interface FetchOptions {
  /** Folder for cached responses; no caching when absent. */
  cacheDir?: string;
  /** How long a cached response is used (default 24 h). */
  ttlMs?: number;
  /** Per-request timeout (default 10 s). */
  timeoutMs?: number;
  now?: () => number;
}

export interface JsonResponse {
  status: number;
  /** Parsed body for 2xx responses, undefined otherwise. */
  body: unknown;
  fromCache: boolean;
}

export const DAY_MS = 24 * 60 * 60 * 1000;

interface CacheEntry {
  url: string;
  fetchedAt: number;
  status: number;
  body: unknown;
}

function cachePath(cacheDir: string, url: string): string {
  return join(cacheDir, `${createHash('sha256').update(url).digest('hex').slice(0, 40)}.json`);
}

async function readCache(path: string, url: string, ttlMs: number, now: number): Promise<CacheEntry | undefined> {
  try {
    const entry = JSON.parse(await readFile(path, 'utf8')) as CacheEntry;
    return entry.url === url && now - entry.fetchedAt < ttlMs ? entry : undefined;
  } catch {
    return undefined;
  }
}

async function writeCache(path: string, entry: CacheEntry): Promise<void> {
  try {
    await mkdir(join(path, '..'), { recursive: true });
    const temp = `${path}.${process.pid}.tmp`;
    await writeFile(temp, JSON.stringify(entry));
    await rename(temp, path);
  } catch {
    // A cache that cannot be written only costs a look-up next time.
  }
}

/**
 * GET a JSON document. 2xx and 404 answers are cached (a missing package stays missing for the TTL); other
 * statuses are returned uncached. Network failures and timeouts throw BulwarkError('network').
 */
export async function getJson(url: string, options: FetchOptions = {}): Promise<JsonResponse> {
  const now = options.now?.() ?? Date.now();
  const path = options.cacheDir ? cachePath(options.cacheDir, url) : undefined;
  if (path) {
    const cached = await readCache(path, url, options.ttlMs ?? DAY_MS, now);
    if (cached) return { status: cached.status, body: cached.body, fromCache: true };
  }
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    throw new BulwarkError('network', `GET ${url} ${timedOut ? 'timed out' : `failed: ${errorMessage(error)}`}`, {
      hint: 'check the registry URL and your connection, or run with --offline',
      cause: error,
    });
  }
  let body: unknown;
  if (response.ok) {
    try {
      body = await response.json();
    } catch (error) {
      throw new BulwarkError('network', `GET ${url}: response is not JSON`, { cause: error });
    }
  } else await response.body?.cancel();
  if (path && (response.ok || response.status === 404)) {
    await writeCache(path, { url, fetchedAt: now, status: response.status, body });
  }
  return { status: response.status, body, fromCache: false };
}
