/**
 * Speed probe (not a test): scans ~50 MB of real source text from node_modules with scanChunk on one core and
 * prints MB/s. Run: `npx tsx test/scanners/secrets/speed-probe.ts [megabytes]`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ScanContext } from '../../../src/core/scanner.js';
import { policySchema } from '../../../src/policy/schema.js';
import { scanSecretsChunk } from '../../../src/scanners/secrets/index.js';

const TEXT_FILE = /\.(?:[cm]?js|ts|tsx|json|md|ya?ml|py|txt)$/;
const limit = Number(process.argv[2] ?? 50) * 1024 * 1024;

function collect(dir: string, files: { path: string; text: string }[], total: { bytes: number }): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (total.bytes >= limit) return;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) collect(path, files, total);
    else if (entry.isFile() && TEXT_FILE.test(entry.name) && statSync(path).size < 2_000_000) {
      const text = readFileSync(path, 'utf8');
      files.push({ path, text });
      total.bytes += Buffer.byteLength(text);
    }
  }
}

const files: { path: string; text: string }[] = [];
const total = { bytes: 0 };
collect('node_modules', files, total);
// Repeat the real files until the target size is reached (node_modules may hold less text than asked for).
for (let i = 0, real = files.length; total.bytes < limit && real > 0; i++) {
  const file = files[i % real]!;
  files.push({ path: `copy${i}/${file.path}`, text: file.text });
  total.bytes += Buffer.byteLength(file.text);
}
const context: ScanContext = {
  root: process.cwd(),
  policy: policySchema.parse({}),
  options: { online: false },
  skip: () => {},
  note: () => {},
};
const mb = total.bytes / 1024 / 1024;
for (let run = 0; run < 4; run++) {
  const started = performance.now();
  let findings = 0;
  for (const file of files) findings += scanSecretsChunk({ path: file.path, text: file.text }, context).length;
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `run ${run + 1}: ${files.length} files, ${mb.toFixed(1)} MB in ${seconds.toFixed(2)} s = ${(mb / seconds).toFixed(1)} MB/s, ${findings} findings`,
  );
}
