// Bulwark benchmarks (not part of the tests): `npm run bench` builds, then runs every part; `node bench/run.mjs
// --only secrets|injection|sast|speed|staged` (repeatable or comma-separated) runs some; --quick uses the 40 MB
// subset, 500 files and 3 staged runs. Prints a table of figures and ratios from this one run; never asserts timings.
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { CORPUS, CORPUS_PACKAGES, ensureInstalled, PEER_PACKAGES, PEERS, ROOT } from './lib/corpus.mjs';
import { injectionFalseAlarms, sastAccuracy, sastSpeed, secretsSpeed, stagedLatency } from './lib/parts.mjs';

const PARTS = {
  secrets: { needsCorpus: true, run: secretsSpeed },
  injection: { needsCorpus: true, run: injectionFalseAlarms },
  sast: { needsCorpus: false, run: sastAccuracy },
  speed: { needsCorpus: true, run: sastSpeed },
  staged: { needsCorpus: false, run: stagedLatency },
};

function parseArgs(argv) {
  const only = new Set();
  let quick = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--quick') quick = true;
    else if (arg === '--only' && argv[i + 1]) for (const name of argv[++i].split(',')) only.add(name.trim());
    else if (arg.startsWith('--only=')) for (const name of arg.slice(7).split(',')) only.add(name.trim());
    else if (arg === '--help' || arg === '-h') return { help: true };
    else throw new Error(`unknown argument ${arg} (try --help)`);
  }
  for (const name of only) if (!PARTS[name]) throw new Error(`unknown part ${name}: ${Object.keys(PARTS).join(', ')}`);
  return { only: only.size ? [...only] : Object.keys(PARTS), quick };
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write(`usage: node bench/run.mjs [--only ${Object.keys(PARTS).join('|')}]... [--quick]\n`);
    return 0;
  }
  const log = (line) => process.stdout.write(`${line}\n`);
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js')) && !existsSync(join(ROOT, 'dist', 'index.js'))) {
    log('dist/ is missing: run `npm run build` (or `npm run bench`, which builds first)');
    return 2;
  }
  let corpusOk = true;
  if (args.only.some((name) => PARTS[name].needsCorpus)) {
    const corpus = ensureInstalled(CORPUS, CORPUS_PACKAGES, log);
    if (!corpus.ok) {
      log(`corpus install failed (${corpus.message}): parts on real code skipped`);
      corpusOk = false;
    }
  }
  if (args.only.some((name) => name !== 'staged')) {
    const peers = ensureInstalled(PEERS, PEER_PACKAGES, log);
    if (!peers.ok) log(`peer install failed (${peers.message}): peers that are missing will be skipped`);
  }
  const rows = [];
  for (const name of args.only) {
    const part = PARTS[name];
    log(`\n== ${name}`);
    if (part.needsCorpus && !corpusOk) {
      rows.push({ part: name, measure: 'skipped', value: 'no corpus' });
      continue;
    }
    try {
      rows.push(...part.run({ log, quick: args.quick }));
    } catch (error) {
      log(`${name} failed: ${error instanceof Error ? error.message : String(error)}`);
      rows.push({ part: name, measure: 'FAILED', value: 'see above' });
    }
  }
  const date = new Date().toISOString().slice(0, 10);
  log(`\n== summary (${date}, ${cpus().length} cores, node ${process.version}${args.quick ? ', --quick' : ''})`);
  const width = Math.max(...rows.map((r) => r.measure.length));
  for (const row of rows) log(`${row.part.padEnd(14)} ${row.measure.padEnd(width)}  ${row.value}`);
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
