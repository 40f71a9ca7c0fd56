// The quick start's main job: scan the bundled example with every scanner, using a small advisory sample.
// Exit code: 0 when the demo ran (the example is meant to be blocked), the scan's own code otherwise.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bulwark = (args) => spawnSync(process.execPath, ['bin/bulwark.js', ...args], { stdio: 'inherit' }).status;
const db = mkdtempSync(join(tmpdir(), 'bulwark-demo-db-'));

console.log('$ bulwark db import examples/advisories --db <temporary folder>');
if (bulwark(['db', 'import', 'examples/advisories', '--db', db]) !== 0) process.exit(2);
console.log('\n$ bulwark scan examples/vulnerable-app');
const status = bulwark(['scan', 'examples/vulnerable-app', '--db', db]);
if (status === 1) {
  console.log('\nThe example is deliberately insecure, so the gate blocks it (exit code 1): that is the demo working.');
  process.exit(0);
}
process.exit(status ?? 2);
