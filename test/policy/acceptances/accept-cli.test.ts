import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { loadAcceptances } from '../../../src/policy/acceptances/index.js';
import { runCli } from '../../helpers/cli.js';

const dirs: string[] = [];
after(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function repo(name = 'Alice Example', email = 'alice@example.com'): string {
  const dir = mkdtempSync(join(tmpdir(), 'bulwark-accept-'));
  dirs.push(dir);
  execFileSync('git', ['init', '-q'], { cwd: dir });
  execFileSync('git', ['config', 'user.name', name], { cwd: dir });
  execFileSync('git', ['config', 'user.email', email], { cwd: dir });
  return dir;
}

function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

const BASE = [
  '--reason',
  'vendor fix due next sprint',
  '--owner',
  'team-payments',
  '--approver',
  'Bob <bob@example.com>',
];

test('accept writes an entry with the git identity as requester and lists it', async () => {
  const root = repo();
  const result = await runCli(['accept', 'fp-1234', ...BASE, '--expires', inDays(30), '--root', root]);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /ACC-0001/);
  const [entry] = await loadAcceptances(root);
  assert.equal(entry?.requester, 'Alice Example <alice@example.com>');
  assert.equal(entry?.fingerprint, 'fp-1234');

  const second = await runCli(
    ['accept', '--package', 'lodash@4.17.20', '--advisory', 'GHSA-aaaa-bbbb-cccc', ...BASE, '--expires', inDays(5)],
    { cwd: root },
  );
  assert.equal(second.code, 0, second.stderr);
  assert.equal((await loadAcceptances(root))[1]?.id, 'ACC-0002');

  const list = await runCli(['acceptances', 'list', '--expiring', '14d', '--format', 'json', '--root', root]);
  assert.equal(list.code, 0, list.stderr);
  const rows = JSON.parse(list.stdout) as { id: string; status: string }[];
  assert.deepEqual(
    rows.map((r) => [r.id, r.status]),
    [['ACC-0002', 'expiring']],
  );
  const table = await runCli(['acceptances', 'list', '--root', root]);
  assert.match(table.stdout, /ACC-0001\s+active/);
  assert.match(table.stdout, /ACC-0002\s+expiring/);
});

test('accept keeps comments already in the file', async () => {
  const root = repo();
  mkdirSync(join(root, '.bulwark'));
  const file = join(root, '.bulwark', 'acceptances.yaml');
  writeFileSync(file, '# reviewed by the security team\nversion: 1\nacceptances: []\n');
  const result = await runCli([
    'accept',
    '--rule',
    'sast-xss',
    '--path',
    'legacy/**',
    ...BASE,
    '--expires',
    inDays(10),
    '--root',
    root,
  ]);
  assert.equal(result.code, 0, result.stderr);
  const text = readFileSync(file, 'utf8');
  assert.match(text, /# reviewed by the security team/);
  assert.match(text, /rule: sast-xss/);
});

test('accept refuses when the approver is the requester (names or emails, any case)', async () => {
  const root = repo();
  for (const approver of ['alice example', 'ALICE@example.com', 'Someone <Alice@Example.com>']) {
    const result = await runCli([
      'accept',
      'fp-1',
      '--reason',
      'r',
      '--owner',
      'o',
      '--approver',
      approver,
      '--expires',
      inDays(10),
      '--root',
      root,
    ]);
    assert.equal(result.code, 2, approver);
    assert.match(result.stderr, /approver .* is the requester/);
  }
  assert.deepEqual(await loadAcceptances(root), []);
});

test('accept refuses a missing, past or too distant expiry and an empty reason', async () => {
  const root = repo();
  const cases: [string[], RegExp][] = [
    [[...BASE], /--expires DATE is required/],
    [[...BASE, '--expires', inDays(-2)], /in the past/],
    [[...BASE, '--expires', inDays(120)], /max_expiry_days \(90\)/],
    [['--reason', '  ', '--owner', 'o', '--approver', 'bob', '--expires', inDays(3)], /reason is required/],
  ];
  for (const [args, message] of cases) {
    const result = await runCli(['accept', 'fp-1', ...args, '--root', root]);
    assert.equal(result.code, 2);
    assert.match(result.stderr, message);
  }
  writeFileSync(join(root, 'security-policy.yaml'), 'acceptances:\n  max_expiry_days: 200\n');
  // Only meaningful once the lead wires the section into the schema; otherwise the strict schema rejects it.
  const longer = await runCli(['accept', 'fp-1', ...BASE, '--expires', inDays(120), '--root', root]);
  assert.equal(longer.code, 0, longer.stderr);
});
