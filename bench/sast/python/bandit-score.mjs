// Scores Bandit on the same cases: node bench/sast/python/bandit-score.mjs [bandit.json]
// Without an argument it runs `bandit -r cases -f json` (apt-get install -y bandit). Uses issue_cwe when Bandit
// reports it (>= 1.7.3), else Bandit's own test-id -> CWE table (bandit/core/issue.py of 1.7.x).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const TEST_CWE = {
  B101: 703,
  B102: 78,
  B103: 732,
  B104: 605,
  B105: 259,
  B106: 259,
  B107: 259,
  B108: 377,
  B110: 703,
  B112: 703,
  B201: 94,
  B301: 502,
  B302: 502,
  B303: 327,
  B304: 327,
  B305: 327,
  B306: 377,
  B307: 78,
  B308: 79,
  B310: 22,
  B311: 330,
  B312: 319,
  B313: 20,
  B314: 20,
  B315: 20,
  B316: 20,
  B317: 20,
  B318: 20,
  B319: 20,
  B320: 20,
  B321: 319,
  B323: 295,
  B324: 327,
  B401: 319,
  B402: 319,
  B403: 502,
  B404: 78,
  B405: 20,
  B406: 20,
  B407: 20,
  B408: 20,
  B409: 20,
  B410: 20,
  B411: 20,
  B412: 319,
  B413: 327,
  B501: 295,
  B502: 327,
  B503: 327,
  B504: 327,
  B505: 326,
  B506: 20,
  B507: 295,
  B601: 78,
  B602: 78,
  B603: 78,
  B604: 78,
  B605: 78,
  B606: 78,
  B607: 78,
  B608: 89,
  B609: 78,
  B610: 89,
  B611: 89,
  B701: 94,
  B702: 94,
  B703: 79,
};
const SAME = { 94: [94, 95], 328: [328, 327, 916], 1333: [1333, 730] };

const input = process.argv[2];
const json = input
  ? readFileSync(input, 'utf8')
  : spawnSync('bandit', ['-r', join(here, 'cases'), '-f', 'json', '-q'], { encoding: 'utf8', maxBuffer: 1 << 26 })
      .stdout;
const results = JSON.parse(json).results;
const byFile = new Map();
for (const r of results) {
  const cwe = r.issue_cwe?.id ?? TEST_CWE[r.test_id];
  const name = basename(r.filename, '.py');
  byFile.set(name, [...(byFile.get(name) ?? []), cwe]);
}
const rows = readFileSync(join(here, 'expected.csv'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'));
const stats = new Map();
for (const line of rows) {
  const [name, category, vulnerable, cwe] = line.split(',').map((s) => s.trim());
  const wanted = SAME[cwe] ?? [Number(cwe)];
  const flagged = (byFile.get(name) ?? []).some((c) => wanted.includes(Number(c)));
  const s = stats.get(category) ?? { tp: 0, fn: 0, fp: 0, tn: 0 };
  if (vulnerable === 'true') flagged ? s.tp++ : s.fn++;
  else flagged ? s.fp++ : s.tn++;
  stats.set(category, s);
}
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
console.log(`Bandit mean score ${(sum / stats.size).toFixed(3)} over ${stats.size} categories`);
