import { BulwarkError } from '../../core/errors.js';
import type { Package } from '../types.js';
import { type OsvRecord, osvRecordSchema } from './types.js';

export const DEFAULT_OSV_API = 'https://api.osv.dev';
const BATCH_SIZE = 1000;
const PARALLEL_FETCHES = 8;

async function requestJson(url: string, init?: RequestInit): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(30_000) });
  } catch (error) {
    throw new BulwarkError('network', `OSV API request failed: ${url}: ${String(error)}`, { cause: error });
  }
  if (!response.ok) throw new BulwarkError('network', `OSV API ${url} answered ${response.status}`);
  return response.json();
}

interface BatchResult {
  vulns?: { id: string }[];
  next_page_token?: string;
}

function queryFor(pkg: Package, pageToken?: string): Record<string, unknown> {
  const query: Record<string, unknown> = {
    package: { ecosystem: pkg.ecosystem, name: pkg.name },
    version: pkg.version,
  };
  if (pageToken) query.page_token = pageToken;
  return query;
}

/**
 * Ask the OSV API which advisories affect each package: `POST /v1/querybatch` in batches of 1000 (following
 * page tokens), then `GET /v1/vulns/{id}` for each id. Returns the full records by id; the caller matches them
 * locally so online and offline findings look the same.
 */
export async function fetchOsvRecords(
  packages: Package[],
  endpoint = DEFAULT_OSV_API,
): Promise<Map<string, OsvRecord>> {
  const base = endpoint.replace(/\/+$/, '');
  const ids = new Set<string>();
  let pending = packages.map((pkg) => ({ pkg, token: undefined as string | undefined }));
  while (pending.length > 0) {
    const next: typeof pending = [];
    for (let start = 0; start < pending.length; start += BATCH_SIZE) {
      const batch = pending.slice(start, start + BATCH_SIZE);
      const body = JSON.stringify({ queries: batch.map(({ pkg, token }) => queryFor(pkg, token)) });
      const answer = (await requestJson(`${base}/v1/querybatch`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      })) as { results?: BatchResult[] };
      (answer.results ?? []).forEach((result, index) => {
        for (const vuln of result.vulns ?? []) if (typeof vuln.id === 'string') ids.add(vuln.id);
        const item = batch[index];
        if (result.next_page_token && item) next.push({ pkg: item.pkg, token: result.next_page_token });
      });
    }
    pending = next;
  }
  const records = new Map<string, OsvRecord>();
  const queue = [...ids];
  const worker = async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      const parsed = osvRecordSchema.safeParse(await requestJson(`${base}/v1/vulns/${encodeURIComponent(id)}`));
      if (parsed.success) records.set(parsed.data.id, parsed.data);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_FETCHES, queue.length) }, worker));
  return records;
}
