// Scores Bandit on the same cases: node bench/sast/python/bandit-score.mjs [bandit.json]
// Without an argument it runs `bandit -r cases -f json` (apt-get install -y bandit). Uses issue_cwe when Bandit
// reports it (>= 1.7.3), else Bandit's own test-id -> CWE table (bandit/core/issue.py of 1.7.x).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CWE_EQUIVALENTS, formatScore, parseExpected, score } from '../score.mjs';

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
const input = process.argv[2];
const json = input
  ? readFileSync(input, 'utf8')
  : spawnSync('bandit', ['-r', join(here, 'cases'), '-f', 'json', '-q'], { encoding: 'utf8', maxBuffer: 1 << 26 })
      .stdout;
const flagged = new Map();
for (const r of JSON.parse(json).results) {
  const cwe = String(r.issue_cwe?.id ?? TEST_CWE[r.test_id]);
  const name = basename(r.filename, '.py');
  flagged.set(name, (flagged.get(name) ?? new Set()).add(cwe));
}
const result = score(parseExpected(readFileSync(join(here, 'expected.csv'), 'utf8')), flagged, CWE_EQUIVALENTS);
console.log(formatScore(result));
console.log(`Bandit mean score ${result.mean.score.toFixed(3)} over ${result.categories.length} categories`);
