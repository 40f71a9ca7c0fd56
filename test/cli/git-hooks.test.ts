import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli } from '../helpers/cli.js';
import { commitAll, run, tempTree, writeFiles } from '../helpers/repo.js';
import { Fakes } from '../scanners/secrets/fakes.js';

const built = existsSync(new URL('../../dist/cli/main.js', import.meta.url));

test('hooks install --git: the pre-commit hook blocks a commit that adds a secret', {
  skip: !built && 'run `npm run build` first',
}, async () => {
  const root = tempTree({ 'README.md': '# app\n' }, { git: true });
  commitAll(root, 'init');
  const installed = await runCli(['hooks', 'install', '--git', root]);
  assert.equal(installed.code, 0, installed.stderr);
  assert.match(readFileSync(join(root, '.git/hooks/pre-commit'), 'utf8'), /scan --staged/);
  assert.ok(existsSync(join(root, '.git/hooks/commit-msg')));

  writeFiles(root, {
    'app.env': `STRIPE_KEY=sk_live_${new Fakes().chars('abcdefghijklmnopqrstuvwxyz0123456789', 24)}\n`,
  });
  run(root, ['add', 'app.env']);
  const commit = spawnSync('git', ['commit', '-m', 'add env'], { cwd: root, encoding: 'utf8' });
  assert.notEqual(commit.status, 0, 'the commit must be blocked');
  assert.match(commit.stderr + commit.stdout, /commit blocked/);

  writeFiles(root, { 'app.env': 'STRIPE_KEY=${STRIPE_KEY}\n' });
  run(root, ['add', 'app.env']);
  const clean = spawnSync('git', ['commit', '-m', 'add env from the environment'], { cwd: root, encoding: 'utf8' });
  assert.equal(clean.status, 0, clean.stderr);
});

test('hooks install refuses to replace a hook it did not write, unless --force', async () => {
  const root = tempTree({ '.git-placeholder': '' }, { git: true });
  writeFiles(root, { '.git/hooks/pre-commit': '#!/bin/sh\necho mine\n' });
  const refused = await runCli(['hooks', 'install', '--git', root]);
  assert.equal(refused.code, 2);
  assert.match(refused.stderr, /not written by bulwark/);
  const forced = await runCli(['hooks', 'install', '--git', '--force', root]);
  assert.equal(forced.code, 0, forced.stderr);
  assert.match(readFileSync(join(root, '.git/hooks/pre-commit'), 'utf8'), /pre-commit\.pre-bulwark/);
});
