// Scores a SARIF file against an OWASP-Benchmark-style expected-results CSV.
// Usage: node bench/sast/score.mjs --expected FILE.csv --sarif FILE.sarif [--json]
// CSV lines: test name, category, real vulnerability (true/false), cwe number. Lines starting with # are comments.
// A test counts as flagged when a SARIF result whose rule maps to the test's CWE points at a file named after the test.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';

export function parseExpected(text) {
  const tests = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [name, category, real, cwe] = line.split(',').map((cell) => cell.trim());
    tests.push({ name, category, real: real === 'true', cwe: String(cwe).replace(/^CWE-/i, '') });
  }
  return tests;
}

function cwesOfRule(rule) {
  const found = new Set();
  for (const cwe of rule?.properties?.cwe ?? []) found.add(String(cwe).replace(/^CWE-/i, ''));
  for (const tag of [...(rule?.properties?.tags ?? []), ...(rule?.tags ?? [])]) {
    const match = /^external\/cwe\/cwe-0*(\d+)$/i.exec(String(tag)) ?? /^CWE-0*(\d+)$/i.exec(String(tag));
    if (match) found.add(match[1]);
  }
  return found;
}

/** Map test name -> set of CWE numbers reported in that file. */
export function flaggedFromSarif(sarif) {
  const flagged = new Map();
  for (const run of sarif.runs ?? []) {
    const rules = new Map();
    const driverRules = run.tool?.driver?.rules ?? [];
    for (const rule of driverRules) rules.set(rule.id, cwesOfRule(rule));
    for (const extension of run.tool?.extensions ?? [])
      for (const rule of extension.rules ?? []) rules.set(rule.id, cwesOfRule(rule));
    for (const result of run.results ?? []) {
      const ruleId = result.ruleId ?? driverRules[result.ruleIndex ?? -1]?.id;
      const cwes = new Set([...(rules.get(ruleId) ?? []), ...cwesOfRule({ properties: result.properties })]);
      for (const location of result.locations ?? []) {
        const uri = location.physicalLocation?.artifactLocation?.uri;
        if (!uri) continue;
        const test = basename(uri).replace(/\.[^.]+$/, '');
        const set = flagged.get(test) ?? new Set();
        for (const cwe of cwes) set.add(cwe);
        flagged.set(test, set);
      }
    }
  }
  return flagged;
}

/**
 * CWEs a scorer may count as the same category (code injection 94/95, weak hashing 328/327/916, ReDoS 1333/730):
 * pass it as `equivalents` to `score` when a tool's CWE choice, not its detection, should not decide the result.
 */
export const CWE_EQUIVALENTS = { 94: ['94', '95'], 328: ['328', '327', '916'], 1333: ['1333', '730'] };

export function score(tests, flagged, equivalents = {}) {
  const categories = new Map();
  for (const test of tests) {
    const stats = categories.get(test.category) ?? { tp: 0, fn: 0, fp: 0, tn: 0, cwe: test.cwe };
    const wanted = equivalents[test.cwe] ?? [test.cwe];
    const hit = wanted.some((cwe) => flagged.get(test.name)?.has(cwe) === true);
    if (test.real) hit ? stats.tp++ : stats.fn++;
    else hit ? stats.fp++ : stats.tn++;
    categories.set(test.category, stats);
  }
  const rows = [...categories]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([category, s]) => {
      const tpr = s.tp + s.fn === 0 ? 0 : s.tp / (s.tp + s.fn);
      const fpr = s.fp + s.tn === 0 ? 0 : s.fp / (s.fp + s.tn);
      return { category, cwe: s.cwe, ...s, tpr, fpr, score: tpr - fpr };
    });
  const mean = (key) => (rows.length ? rows.reduce((sum, row) => sum + row[key], 0) / rows.length : 0);
  return { categories: rows, mean: { tpr: mean('tpr'), fpr: mean('fpr'), score: mean('score') } };
}

export function formatScore(result) {
  const pct = (x) => `${(x * 100).toFixed(1)}%`.padStart(7);
  const lines = ['category          cwe    TP  FN  FP  TN     TPR     FPR  TPR-FPR'];
  for (const r of result.categories) {
    lines.push(
      `${r.category.padEnd(17)} ${String(r.cwe).padEnd(5)} ${String(r.tp).padStart(3)} ${String(r.fn).padStart(3)} ${String(r.fp).padStart(3)} ${String(r.tn).padStart(3)} ${pct(r.tpr)} ${pct(r.fpr)} ${pct(r.score)}`,
    );
  }
  lines.push(`${'mean'.padEnd(41)} ${pct(result.mean.tpr)} ${pct(result.mean.fpr)} ${pct(result.mean.score)}`);
  return lines.join('\n');
}

function main(argv) {
  const option = (name) => {
    const index = argv.indexOf(name);
    return index === -1 ? undefined : argv[index + 1];
  };
  const expected = option('--expected');
  const sarifPath = option('--sarif');
  if (!expected || !sarifPath) {
    process.stderr.write('usage: node bench/sast/score.mjs --expected FILE.csv --sarif FILE.sarif [--json]\n');
    return 2;
  }
  const result = score(
    parseExpected(readFileSync(expected, 'utf8')),
    flaggedFromSarif(JSON.parse(readFileSync(sarifPath, 'utf8'))),
  );
  process.stdout.write(`${argv.includes('--json') ? JSON.stringify(result, null, 2) : formatScore(result)}\n`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  process.exitCode = main(process.argv.slice(2));
