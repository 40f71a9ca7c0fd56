import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli } from '../helpers/cli.js';
import { commitAll, run, tempTree, writeFiles } from '../helpers/repo.js';
import { readValidSarif } from '../helpers/sarif.js';
import { Fakes } from '../scanners/secrets/fakes.js';

const fakes = new Fakes();

test('a committed secret blocks with valid SARIF; without it the scan passes', async () => {
  const key = fakes.awsKeyId();
  const root = tempTree(
    { 'config/app.yaml': `aws:\n  access_key_id: ${key}\n  region: eu-west-1\n`, 'src/ok.js': 'export const a = 1;\n' },
    { git: true },
  );
  commitAll(root, 'add config');
  const out = join(root, 'report.sarif');
  const blocked = await runCli(['scan', root, '--scanners', 'secrets', '--format', 'sarif', '--output', out]);
  assert.equal(blocked.code, 1, blocked.stderr);
  const sarif = readValidSarif(out);
  const result = sarif.runs[0]?.results[0];
  assert.equal(result?.ruleId, 'aws-access-key-id');
  assert.equal(result?.level, 'error');
  assert.equal(result?.locations[0]?.physicalLocation.artifactLocation.uri, 'config/app.yaml');
  assert.equal(result?.locations[0]?.physicalLocation.region.startLine, 2);
  assert.match(result?.partialFingerprints['bulwark/v1'] ?? '', /^[0-9a-f]{32}$/);
  assert.ok(!readFileSync(out, 'utf8').includes(key), 'the secret must be masked in SARIF');
  const rule = sarif.runs[0]?.tool.driver.rules.find((r) => r.id === 'aws-access-key-id');
  assert.ok(rule?.properties.tags.includes('external/cwe/cwe-798'));
  assert.deepEqual(rule?.properties.cwe, ['CWE-798']);
  assert.ok(Number(rule?.properties['security-severity']) >= 7);

  writeFiles(root, { 'config/app.yaml': 'aws:\n  access_key_id: ${AWS_ACCESS_KEY_ID}\n' });
  commitAll(root, 'use the environment');
  const passed = await runCli(['scan', root, '--scanners', 'secrets', '--format', 'sarif', '--output', out]);
  assert.equal(passed.code, 0, passed.stderr);
  assert.equal(readValidSarif(out).runs[0]?.results.length, 0);
});

test('a policy with a misspelt key exits 2 and names the key and line', async () => {
  const root = tempTree({ 'security-policy.yaml': 'secrets:\n  block_comit: true\n', 'a.txt': 'hello\n' });
  const result = await runCli(['scan', root, '--scanners', 'secrets']);
  assert.equal(result.code, 2);
  assert.match(result.stderr, /security-policy\.yaml:2: unknown key 'secrets\.block_comit'/);
  const explicit = await runCli(['scan', root, '--policy', join(root, 'security-policy.yaml')]);
  assert.equal(explicit.code, 2);
});

test('block_commit: false turns a secret into a review item, and the scan passes', async () => {
  const root = tempTree({
    'security-policy.yaml': 'secrets:\n  block_commit: false\n',
    '.env': `GITHUB_TOKEN=${fakes.crcToken('ghp_')}\n`,
  });
  const result = await runCli(['scan', root, '--scanners', 'secrets', '--format', 'json']);
  assert.equal(result.code, 0);
  const report = JSON.parse(result.stdout);
  assert.equal(report.findings[0].decision, 'review');
});

test('--staged blocks a staged secret and ignores an unstaged one', async () => {
  const root = tempTree({ 'README.md': '# app\n' }, { git: true });
  commitAll(root, 'init');
  writeFiles(root, { 'unstaged.env': `TOKEN=${fakes.crcToken('ghp_')}\n` });
  const clean = await runCli(['scan', root, '--staged', '--format', 'json']);
  assert.equal(clean.code, 0, clean.stderr);
  writeFiles(root, { 'staged.py': `import os\n\nSLACK = "${fakes.slackBot()}"\n` });
  run(root, ['add', 'staged.py']);
  const blocked = await runCli(['scan', root, '--staged', '--format', 'json']);
  assert.equal(blocked.code, 1);
  const report = JSON.parse(blocked.stdout);
  assert.deepEqual(
    report.findings.map((f: { location: { path: string; startLine: number } }) => [
      f.location.path,
      f.location.startLine,
    ]),
    [['staged.py', 3]],
  );
});

test('--diff reports only lines added since the base; --history finds a secret that was later removed', async () => {
  const old = fakes.crcToken('ghp_');
  const root = tempTree({ 'settings.py': `TOKEN = "${old}"\n` }, { git: true });
  const first = commitAll(root, 'add token');
  writeFiles(root, { 'settings.py': 'import os\nTOKEN = os.environ["TOKEN"]\n' });
  commitAll(root, 'remove token');
  const base = commitAll(root, 'empty').slice(0, 12);
  writeFiles(root, { 'new.env': `STRIPE=${'sk_live_'}${fakes.chars('abcdefghijklmnopqrstuvwxyz0123456789', 24)}\n` });
  commitAll(root, 'add stripe');
  const diff = await runCli(['scan', root, '--diff', base, '--format', 'json', '--scanners', 'secrets']);
  assert.equal(diff.code, 1);
  const diffReport = JSON.parse(diff.stdout);
  assert.deepEqual(
    diffReport.findings.map((f: { location: { path: string } }) => f.location.path),
    ['new.env'],
  );
  const history = await runCli(['scan', root, '--history', '--format', 'json', '--scanners', 'secrets']);
  const found = JSON.parse(history.stdout).findings.find(
    (f: { location: { path: string } }) => f.location.path === 'settings.py',
  );
  assert.equal(found.commit.sha, first);
  assert.equal(found.commit.author, 'Test User');
  assert.match(found.commit.date, /^\d{4}-\d{2}-\d{2}T/);
});

test('standard input is scanned under --stdin-filename', async () => {
  const result = await runCli(['scan', '-', '--stdin-filename', 'pasted.env', '--format', 'json'], {
    stdin: `API=1\nAWS_ACCESS_KEY_ID=${fakes.awsKeyId()}\n`,
  });
  assert.equal(result.code, 1);
  const report = JSON.parse(result.stdout);
  assert.equal(report.findings[0].location.path, 'pasted.env');
  assert.equal(report.findings[0].location.startLine, 2);
});

test('by default an inline bulwark:allow must cite a risk acceptance', async () => {
  const root = tempTree({
    'a.env': `TOKEN=${fakes.crcToken('ghp_')} # bulwark:allow rotated, kept for the migration test\n`,
  });
  const result = await runCli(['scan', root, '--scanners', 'secrets', '--format', 'json']);
  assert.equal(result.code, 1);
  const report = JSON.parse(result.stdout);
  assert.equal(report.findings[0].suppressed, undefined);
  assert.ok(report.notes.some((note: string) => note.includes('inline ignore not honoured')));
});

test('inline bulwark:allow needs a reason; the baseline silences known findings only', async () => {
  const root = tempTree({
    'security-policy.yaml': 'acceptances:\n  inline_ignores_require_acceptance: false\n',
    'a.env': `TOKEN=${fakes.crcToken('ghp_')} # bulwark:allow rotated, kept for the migration test\n`,
    'b.env': `TOKEN=${fakes.crcToken('ghp_')} # bulwark:allow\n`,
  });
  const first = JSON.parse((await runCli(['scan', root, '--scanners', 'secrets', '--format', 'json'])).stdout);
  const byPath = new Map(first.findings.map((f: { location: { path: string } }) => [f.location.path, f]));
  assert.equal((byPath.get('a.env') as { suppressed: { kind: string } }).suppressed.kind, 'inline');
  assert.equal((byPath.get('b.env') as { suppressed?: unknown }).suppressed, undefined);
  assert.ok(first.notes.some((note: string) => note.includes('without a reason')));

  assert.equal((await runCli(['baseline', root, '--scanners', 'secrets'])).code, 0);
  assert.equal((await runCli(['scan', root, '--scanners', 'secrets'])).code, 0);
  writeFiles(root, { 'c.env': `TOKEN=${fakes.crcToken('ghp_')}\n` });
  const after = await runCli(['scan', root, '--scanners', 'secrets', '--format', 'json']);
  assert.equal(after.code, 1);
  assert.deepEqual(
    JSON.parse(after.stdout)
      .findings.filter((f: { suppressed?: unknown }) => !f.suppressed)
      .map((f: { location: { path: string } }) => f.location.path),
    ['c.env'],
  );
});

test('binary, invalid UTF-8 and oversized files are reported, not silently skipped', async () => {
  const root = tempTree({
    'logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]),
    'latin1.properties': Buffer.concat([
      Buffer.from('name=caf'),
      Buffer.from([0xe9]),
      Buffer.from(`\naws.key=${fakes.awsKeyId()}\n`),
    ]),
    'huge.log': 'x'.repeat(2 * 1024 * 1024),
  });
  const result = await runCli(['scan', root, '--scanners', 'secrets', '--format', 'json', '--max-file-size', '1']);
  const report = JSON.parse(result.stdout);
  const reasons = Object.fromEntries(report.skipped.map((s: { path: string; reason: string }) => [s.path, s.reason]));
  assert.deepEqual(reasons, { 'logo.png': 'binary', 'latin1.properties': 'not-utf8', 'huge.log': 'too-large' });
  assert.equal(report.findings[0].location.path, 'latin1.properties');
  const table = await runCli(['scan', root, '--scanners', 'secrets', '--max-file-size', '1']);
  assert.match(table.stdout, /huge\.log: too-large/);
});

test('usage errors exit 2 with a hint', async () => {
  const unknown = await runCli(['scan', '.', '--scanners', 'nope']);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /unknown scanner 'nope'/);
  const format = await runCli(['scan', '.', '--format', 'xml']);
  assert.equal(format.code, 2);
  const notGit = await runCli(['scan', tempTree({ 'a.txt': 'x' }), '--staged']);
  assert.equal(notGit.code, 2);
  assert.match(notGit.stderr, /not inside a git repository/);
});

test('markdown report for a pull-request comment', async () => {
  const root = tempTree({ 'x.env': `K=${fakes.awsKeyId()}\n` });
  const file = join(root, 'comment.md');
  await runCli(['scan', root, '--format', 'markdown', '--output', file]);
  const text = readFileSync(file, 'utf8');
  assert.match(text, /## Bulwark: ❌ blocked/);
  assert.match(text, /\| high \| .*`x\.env:1`/);
  writeFileSync(join(root, 'x.env'), 'K=${KEY}\n');
});

test('a single file can be scanned by naming it', async () => {
  const root = tempTree({
    'config.yaml': `aws:\n  access_key_id: ${fakes.awsKeyId()}\n`,
    'other.env': `K=${fakes.awsKeyId()}\n`,
  });
  const result = await runCli(['scan', join(root, 'config.yaml'), '--format', 'json']);
  assert.equal(result.code, 1);
  const report = JSON.parse(result.stdout);
  assert.deepEqual(
    report.findings.map((f: { location: { path: string } }) => f.location.path),
    ['config.yaml'],
  );
  assert.equal((await runCli(['scan', join(root, 'missing.yaml')])).code, 2);
});
