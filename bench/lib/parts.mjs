// The benchmark parts. Each returns summary rows [{ part, measure, value }] and logs its details through `log`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { flaggedFromSarif, formatScore, parseExpected, score } from '../sast/score.mjs';
import { BENCH, byteSubset, CORPUS, jsSample, OUTSIDE_GIT, PEERS, ROOT } from './corpus.mjs';
import { CRASHING_ON_REAL_CODE, eslintAvailable, flaggedFromEslint, peerName, runEslint } from './eslint-peer.mjs';
import { fmt, hasCommand, mb, median, ratio, timed } from './proc.mjs';

const BULWARK = join(ROOT, 'bin', 'bulwark.js');
const SECRET_KEYWORDS = [
  'password',
  'passwd',
  'secret',
  'token',
  'api_key',
  'apikey',
  'access_key',
  'private_key',
  'client_secret',
  'credential',
  'authorization',
  'BEGIN RSA',
  'AKIA',
  'ghp_',
  'xox',
];
/** Alternating ripgrep/Bulwark pairs for the speed ratio. */
const RIPGREP_PAIRS = 5;
const scratch = (name) => join(mkdtempSync(join(tmpdir(), 'bulwark-bench-')), name);
const rss = (kb) => (kb ? `${Math.round(kb / 1024)} MB` : 'n/a');

/** Run `bulwark scan` and return the timing plus the parsed report. */
function bulwarkScan(target, scanners, format, extraEnv = OUTSIDE_GIT) {
  const output = scratch(`report.${format}`);
  const run = timed(
    'node',
    [BULWARK, 'scan', target, '--scanners', scanners, '--format', format, '--output', output, '--no-color'],
    { env: extraEnv, cwd: ROOT },
  );
  const report = existsSync(output) ? JSON.parse(readFileSync(output, 'utf8')) : undefined;
  if (!report)
    throw new Error(`bulwark scan ${target} failed (exit ${run.status}): ${run.stderr.trim().slice(0, 400)}`);
  return { ...run, report };
}

export function secretsSpeed({ log, quick }) {
  const rows = [];
  const subset = byteSubset(40e6);
  const target = quick ? subset.dir : CORPUS;
  const ours = bulwarkScan(target, 'secrets', 'json');
  const { bytes, files } = ours.report.stats;
  const oursMBs = mb(bytes) / ours.seconds;
  log(`bulwark secrets: ${files} files, ${fmt(mb(bytes), 1)} MB in ${fmt(ours.seconds)} s = ${fmt(oursMBs, 1)} MB/s,`);
  log(
    `  peak RSS ${rss(ours.rssKB)}, ${ours.report.summary.total} findings, skipped ${JSON.stringify(ours.report.summary.skippedByReason)}`,
  );
  log('  first 20 findings (rule  path:line) for a human to judge false positives:');
  for (const f of ours.report.findings.slice(0, 20))
    log(`    ${f.ruleId}  ${f.location?.path}:${f.location?.startLine ?? f.location?.line ?? '?'}`);
  const byRule = new Map();
  for (const f of ours.report.findings) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
  log(
    `  findings by rule: ${[...byRule]
      .sort((a, b) => b[1] - a[1])
      .map(([r, n]) => `${r}=${n}`)
      .join(', ')}`,
  );
  rows.push(
    { part: 'secrets', measure: 'corpus scanned', value: `${fmt(mb(bytes), 0)} MB, ${files} files` },
    { part: 'secrets', measure: 'bulwark time / throughput', value: `${fmt(ours.seconds)} s, ${fmt(oursMBs, 1)} MB/s` },
    { part: 'secrets', measure: 'bulwark peak RSS', value: rss(ours.rssKB) },
    { part: 'secrets', measure: 'bulwark findings (real code)', value: String(ours.report.summary.total) },
  );
  const pattern = SECRET_KEYWORDS.flatMap((k) => ['-e', k]);
  if (hasCommand('rg')) {
    // Timings on a shared machine swing by a fifth from run to run: alternate the two commands and compare medians.
    const pairs = quick ? 3 : RIPGREP_PAIRS;
    const rgSeconds = [];
    const oursSeconds = [];
    for (let i = 0; i < pairs; i++) {
      rgSeconds.push(timed('rg', ['-i', '-c', '--no-ignore', '--hidden', ...pattern, target]).seconds);
      oursSeconds.push(bulwarkScan(target, 'secrets', 'sarif').seconds);
    }
    const list = (values) => values.map((v) => fmt(v)).join(' ');
    log(`ripgrep (${SECRET_KEYWORDS.length} keywords) vs bulwark --format sarif, ${pairs} alternating runs:`);
    log(`  ripgrep ${list(rgSeconds)} s; bulwark ${list(oursSeconds)} s`);
    rows.push({
      part: 'secrets',
      measure: `time ratio bulwark/ripgrep (median of ${pairs}; best/best)`,
      value: `${ratio(median(oursSeconds), median(rgSeconds))}; ${ratio(Math.min(...oursSeconds), Math.min(...rgSeconds))}`,
    });
  } else {
    log('ripgrep not installed (Debian: apt-get install -y ripgrep): ripgrep limit skipped');
    rows.push({ part: 'secrets', measure: 'time ratio bulwark/ripgrep', value: 'skipped (no rg)' });
  }
  const grep = timed('grep', ['-r', '-i', '-c', '-E', SECRET_KEYWORDS.join('|'), target]);
  log(`grep -r -i -c -E (${SECRET_KEYWORDS.length} keywords): ${fmt(grep.seconds)} s`);
  rows.push({ part: 'secrets', measure: 'time ratio bulwark/grep', value: ratio(ours.seconds, grep.seconds) });

  const secretlint = join(PEERS, 'node_modules', 'secretlint', 'bin', 'secretlint.js');
  if (!existsSync(secretlint)) {
    log('secretlint not installed in bench/.cache/peers: skipped');
    rows.push({ part: 'secrets', measure: 'time/MB ratio bulwark/secretlint', value: 'skipped' });
    return rows;
  }
  const oursSubset = quick ? ours : bulwarkScan(subset.dir, 'secrets', 'json');
  const rc = join(PEERS, '.secretlintrc.json');
  writeFileSync(rc, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));
  const output = scratch('secretlint.json');
  const peer = timed(
    'node',
    [secretlint, '**/*', '--secretlintrc', rc, '--format', 'json', '--output', output, '--maskSecrets', '--no-color'],
    { cwd: subset.dir, timeoutMs: 600_000 },
  );
  let peerFindings = 'n/a';
  if (existsSync(output)) {
    try {
      peerFindings = String(JSON.parse(readFileSync(output, 'utf8')).reduce((n, r) => n + r.messages.length, 0));
    } catch {}
  }
  const subsetMB = mb(oursSubset.report.stats.bytes);
  log(
    `subset ${fmt(subsetMB, 1)} MB (${subset.files} files): bulwark ${fmt(oursSubset.seconds)} s ` +
      `(${oursSubset.report.summary.total} findings), secretlint ${peer.timedOut ? 'TIMED OUT after' : ''} ` +
      `${fmt(peer.seconds)} s (exit ${peer.status}, ${peerFindings} findings, peak RSS ${rss(peer.rssKB)})`,
  );
  rows.push({
    part: 'secrets',
    measure: `time/MB ratio bulwark/secretlint (${fmt(subsetMB, 0)} MB subset)`,
    value: peer.timedOut ? 'secretlint timed out' : ratio(oursSubset.seconds / subsetMB, peer.seconds / subsetMB),
  });
  return rows;
}

export function injectionFalseAlarms({ log, quick }) {
  const target = quick ? byteSubset(40e6).dir : CORPUS;
  const run = bulwarkScan(target, 'injection', 'sarif');
  const results = run.report.runs.flatMap((r) => r.results ?? []);
  const mediumPlus = results.filter((r) => r.level === 'warning' || r.level === 'error' || r.level === undefined);
  const byRule = new Map();
  for (const r of mediumPlus) byRule.set(r.ruleId, (byRule.get(r.ruleId) ?? 0) + 1);
  log(`injection on real code: ${results.length} results, ${mediumPlus.length} at medium+ in ${fmt(run.seconds)} s`);
  log(`  medium+ by rule: ${[...byRule].map(([r, n]) => `${r}=${n}`).join(', ') || 'none'}`);
  for (const r of mediumPlus.slice(0, 10))
    log(`    ${r.ruleId}  ${r.locations?.[0]?.physicalLocation?.artifactLocation?.uri}`);
  return [
    { part: 'injection', measure: 'medium+ findings on real code', value: String(mediumPlus.length) },
    { part: 'injection', measure: 'time', value: `${fmt(run.seconds)} s` },
  ];
}

export function sastAccuracy({ log }) {
  const rows = [];
  const suites = [
    { lang: 'js', dir: join(BENCH, 'sast', 'js', 'cases'), csv: join(BENCH, 'sast', 'js', 'expectedresults-1.0.csv') },
    { lang: 'python', dir: join(BENCH, 'sast', 'python', 'cases'), csv: join(BENCH, 'sast', 'python', 'expected.csv') },
  ];
  for (const suite of suites) {
    const tests = parseExpected(readFileSync(suite.csv, 'utf8'));
    const run = bulwarkScan(suite.dir, 'sast', 'sarif', {});
    const ours = score(tests, flaggedFromSarif(run.report));
    log(`bulwark sast, ${suite.lang} cases (${tests.length}):\n${formatScore(ours)}`);
    rows.push({ part: 'sast accuracy', measure: `bulwark ${suite.lang} mean TPR-FPR`, value: pctRow(ours.mean) });
    if (suite.lang === 'js') {
      if (!eslintAvailable()) {
        log('eslint-plugin-security not installed in bench/.cache/peers: JS peer skipped');
        continue;
      }
      const peer = runEslint(suite.dir);
      const theirs = score(tests, flaggedFromEslint(peer.results));
      log(`${peerName()}, js cases (${peer.parseErrors} parse errors):\n${formatScore(theirs)}`);
      rows.push({
        part: 'sast accuracy',
        measure: 'eslint-security(+sdl) js mean TPR-FPR',
        value: pctRow(theirs.mean),
      });
    } else if (hasCommand('bandit')) {
      const bandit = spawnSync('node', [join(BENCH, 'sast', 'python', 'bandit-score.mjs')], { encoding: 'utf8' });
      log(`bandit, python cases:\n${bandit.stdout.trim()}`);
      const mean = /mean score (-?[\d.]+)/.exec(bandit.stdout)?.[1];
      rows.push({
        part: 'sast accuracy',
        measure: 'bandit python mean TPR-FPR',
        value: mean ? `${fmt(Number(mean) * 100, 1)}%` : 'failed',
      });
    } else {
      log('bandit not installed (Debian: apt-get install -y bandit): Python peer skipped');
    }
  }
  return rows;
}

const pctRow = (m) => `${fmt(m.score * 100, 1)}% (TPR ${fmt(m.tpr * 100, 1)}%, FPR ${fmt(m.fpr * 100, 1)}%)`;

export function sastSpeed({ log, quick }) {
  const sample = jsSample(quick ? 500 : 2000);
  const ours = bulwarkScan(sample.dir, 'sast', 'json');
  const files = ours.report.stats.files;
  const oursRate = sample.files / ours.seconds;
  log(
    `bulwark sast: ${sample.files} .js files (${fmt(mb(sample.bytes), 1)} MB; report stats.files=${files}) in ` +
      `${fmt(ours.seconds)} s = ${fmt(oursRate, 0)} files/s, peak RSS ${rss(ours.rssKB)}, ${ours.report.summary.total} findings`,
  );
  const rows = [
    { part: 'sast speed', measure: `bulwark files/s (${sample.files} real .js files)`, value: fmt(oursRate, 0) },
  ];
  if (!eslintAvailable()) {
    log('eslint-plugin-security not installed: eslint speed skipped');
    return rows;
  }
  const peer = runEslint(sample.dir, { skipRules: CRASHING_ON_REAL_CODE });
  const peerRate = sample.files / peer.seconds;
  log(
    `${peerName()} (without ${CRASHING_ON_REAL_CODE.join(', ')}, which crashes on real code): ${fmt(peer.seconds)} s = ` +
      `${fmt(peerRate, 0)} files/s; ${peer.results.length} files linted, ${peer.parseErrors} with parse errors`,
  );
  rows.push(
    { part: 'sast speed', measure: 'eslint-security(+sdl) files/s', value: fmt(peerRate, 0) },
    { part: 'sast speed', measure: 'speed ratio bulwark/eslint', value: ratio(oursRate, peerRate) },
  );
  return rows;
}

export function stagedLatency({ log, quick }) {
  const runs = quick ? 3 : 5;
  const repo = mkdtempSync(join(tmpdir(), 'bulwark-bench-repo-'));
  const git = (...args) => spawnSync('git', args, { cwd: repo, stdio: 'ignore' }).status;
  git('init', '-q');
  git('config', 'user.email', 'bench@example.invalid');
  git('config', 'user.name', 'bench');
  writeFileSync(join(repo, 'app.js'), 'export function add(a, b) {\n  return a + b;\n}\n');
  git('add', '.');
  git('commit', '-q', '-m', 'init');
  writeFileSync(join(repo, 'app.js'), "export function add(a, b) {\n  return a + b;\n}\nexport const name = 'x';\n");
  git('add', 'app.js');
  const ours = [];
  const base = [];
  for (let i = 0; i < runs; i++) {
    ours.push(timed('node', [BULWARK, 'scan', '--staged', '--no-color'], { cwd: repo }).seconds);
    base.push(timed('node', ['-e', '0'], { cwd: repo }).seconds);
  }
  rmSync(repo, { recursive: true, force: true });
  const [o, b] = [median(ours), median(base)];
  log(`staged scan median of ${runs}: ${fmt(o * 1000, 0)} ms; node -e 0: ${fmt(b * 1000, 0)} ms`);
  return [
    { part: 'staged', measure: `bulwark scan --staged median (${runs} runs)`, value: `${fmt(o * 1000, 0)} ms` },
    { part: 'staged', measure: 'ratio to `node -e 0`', value: ratio(o, b) },
  ];
}
