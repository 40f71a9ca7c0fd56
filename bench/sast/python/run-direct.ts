// Scores the Python SAST engine on bench/sast/python/cases directly (no CLI): TPR, FPR, TPR-FPR per category.
// Usage: npx tsx bench/sast/python/run-direct.ts [--verbose]
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { initPython, scanPythonFile } from '../../../src/scanners/sast/python/index.js';

interface Row {
  name: string;
  category: string;
  vulnerable: boolean;
  cwe: string;
}

const here = dirname(fileURLToPath(import.meta.url));
const verbose = process.argv.includes('--verbose');
const rows: Row[] = readFileSync(join(here, 'expected.csv'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'))
  .map((line) => {
    const [name = '', category = '', vulnerable = '', cwe = ''] = line.split(',').map((s) => s.trim());
    return { name, category, vulnerable: vulnerable === 'true', cwe };
  });

/** CWEs that count as the same category (e.g. 94/95 for code injection). */
const SAME: Record<string, string[]> = { '94': ['94', '95'], '328': ['328', '327', '916'], '1333': ['1333', '730'] };

async function main(): Promise<void> {
  await initPython();
  const files = new Set(readdirSync(join(here, 'cases')));
  const started = performance.now();
  const stats = new Map<string, { tp: number; fn: number; fp: number; tn: number }>();
  for (const row of rows) {
    const file = `${row.name}.py`;
    if (!files.has(file)) continue;
    const path = join(here, 'cases', file);
    const findings = scanPythonFile(path, readFileSync(path, 'utf8'), { skip: () => {} });
    const wanted = SAME[row.cwe] ?? [row.cwe];
    const flagged = findings.some((f) => f.cwe.some((c) => wanted.includes(c.replace('CWE-', ''))));
    const s = stats.get(row.category) ?? { tp: 0, fn: 0, fp: 0, tn: 0 };
    if (row.vulnerable) flagged ? s.tp++ : s.fn++;
    else flagged ? s.fp++ : s.tn++;
    stats.set(row.category, s);
    if (verbose && flagged !== row.vulnerable) {
      console.log(`${flagged ? 'FP' : 'FN'} ${row.name} ${row.category} [${findings.map((f) => f.ruleId).join(' ')}]`);
    }
  }
  const elapsed = performance.now() - started;
  let sum = 0;
  console.log('category            TPR    FPR    score');
  for (const [category, s] of [...stats].sort()) {
    const tpr = s.tp / Math.max(1, s.tp + s.fn);
    const fpr = s.fp / Math.max(1, s.fp + s.tn);
    sum += tpr - fpr;
    console.log(
      `${category.padEnd(18)} ${tpr.toFixed(2).padStart(5)}  ${fpr.toFixed(2).padStart(5)}  ${(tpr - fpr).toFixed(2).padStart(5)}`,
    );
  }
  console.log(
    `mean score ${(sum / stats.size).toFixed(3)} over ${stats.size} categories, ${rows.length} cases, ${elapsed.toFixed(0)} ms`,
  );
}

await main();
