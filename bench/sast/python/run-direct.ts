// Scores the Python SAST engine on bench/sast/python/cases directly (no CLI): TPR, FPR, TPR-FPR per category.
// Usage: npx tsx bench/sast/python/run-direct.ts [--verbose]
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { initPython, scanPythonFile } from '../../../src/scanners/sast/python/index.js';
// @ts-expect-error: plain ESM script without types
import { CWE_EQUIVALENTS, formatScore, parseExpected, score } from '../score.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const verbose = process.argv.includes('--verbose');

async function main(): Promise<void> {
  await initPython();
  const tests = parseExpected(readFileSync(join(here, 'expected.csv'), 'utf8'));
  const files = new Set(readdirSync(join(here, 'cases')));
  const started = performance.now();
  const flagged = new Map<string, Set<string>>();
  for (const test of tests) {
    const file = `${test.name}.py`;
    if (!files.has(file)) continue;
    const path = join(here, 'cases', file);
    const findings = scanPythonFile(path, readFileSync(path, 'utf8'), { skip: () => {} });
    flagged.set(test.name, new Set(findings.flatMap((f) => f.cwe.map((c) => c.replace('CWE-', '')))));
    if (verbose) console.log(`${test.name} ${test.category} [${findings.map((f) => f.ruleId).join(' ')}]`);
  }
  const result = score(tests, flagged, CWE_EQUIVALENTS);
  console.log(formatScore(result));
  console.log(
    `mean score ${result.mean.score.toFixed(3)} over ${result.categories.length} categories, ${tests.length} cases, ${(performance.now() - started).toFixed(0)} ms`,
  );
}

await main();
