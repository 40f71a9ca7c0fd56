import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BulwarkError } from '../../core/errors.js';
import type { Ecosystem } from '../types.js';
import { type ImportSummary, importAdvisories } from './import.js';

/** The public OSV export bucket: <base>/<ecosystem>/all.zip holds every record of that ecosystem. */
export const DEFAULT_OSV_EXPORT = 'https://osv-vulnerabilities.storage.googleapis.com';

export interface UpdateResult {
  downloads: { ecosystem: Ecosystem; url: string; bytes: number }[];
  summary: ImportSummary;
}

/** Download `<base>/<ecosystem>/all.zip` for each ecosystem into <dbDir>/downloads and import them. */
export async function updateDatabase(options: {
  dbDir: string;
  ecosystems: Ecosystem[];
  baseUrl?: string;
}): Promise<UpdateResult> {
  const base = (options.baseUrl ?? DEFAULT_OSV_EXPORT).replace(/\/+$/, '');
  const folder = join(options.dbDir, 'downloads');
  mkdirSync(folder, { recursive: true });
  const downloads: UpdateResult['downloads'] = [];
  const files: string[] = [];
  for (const ecosystem of options.ecosystems) {
    const url = `${base}/${encodeURIComponent(ecosystem)}/all.zip`;
    let response: Response;
    try {
      response = await fetch(url, { signal: AbortSignal.timeout(600_000) });
    } catch (error) {
      throw new BulwarkError('network', `cannot download ${url}: ${String(error)}`, {
        hint: 'check the network or pass --url for a mirror; `bulwark db import PATH` works offline',
        cause: error,
      });
    }
    if (!response.ok) throw new BulwarkError('network', `download of ${url} failed: HTTP ${response.status}`);
    const bytes = Buffer.from(await response.arrayBuffer());
    const file = join(folder, `${ecosystem}-all.zip`);
    writeFileSync(file, bytes);
    files.push(file);
    downloads.push({ ecosystem, url, bytes: bytes.length });
  }
  return { downloads, summary: importAdvisories(files, options.dbDir) };
}
