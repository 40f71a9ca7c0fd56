import assert from 'node:assert/strict';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { checkCommitMessage } from '../../src/provenance/commit-msg.js';
import { installCommitMsgHook } from '../../src/provenance/hook.js';
import { runCli } from '../helpers/cli.js';
import { TempRepo } from './repo.js';

describe('checkCommitMessage', () => {
  const normalised: Array<[string, string]> = [
    ['feat: x [AI-Assisted:claude-sonnet-4]', 'feat: x [ai-assisted: claude-sonnet-4]'],
    ['feat: x [ai assisted: Claude]', 'feat: x [ai-assisted: claude]'],
    ['fix [AI_ASSISTED:  Claude Sonnet 4 ]\n\nbody', 'fix [ai-assisted: claude-sonnet-4]\n\nbody'],
    ['fix [ai-assisted: GPT-4o;claude-opus-4]', 'fix [ai-assisted: gpt-4o, claude-opus-4]'],
  ];
  for (const [input, expected] of normalised) {
    it(`normalises ${JSON.stringify(input.split('\n')[0])}`, () => {
      const result = checkCommitMessage(input);
      assert.equal(result.ok, true, result.errors.join('; '));
      assert.equal(result.message, expected);
      assert.equal(result.changed, true);
    });
  }

  it('leaves a canonical tag and untagged human messages unchanged', () => {
    for (const text of ['feat: x [ai-assisted: claude-sonnet-4]\n', 'Fix Copilot integration\n', '']) {
      const result = checkCommitMessage(text, { requireDisclosure: true });
      assert.deepEqual([result.ok, result.changed], [true, false]);
    }
  });

  const malformed: Array<[string, RegExp]> = [
    ['feat: x [ai-assisted]', /names no model/],
    ['feat: x [ai-assisted: ]', /names no model/],
    ['feat: x [ai-assisted: claude', /not closed/],
    ['feat: x [ai-assisted: claude$$]', /invalid model name/],
    ['feat [ai-assisted: a]\n\n[ai-assisted: b]', /2 AI-assistance tags/],
  ];
  for (const [input, error] of malformed) {
    it(`rejects ${JSON.stringify(input)}`, () => {
      const result = checkCommitMessage(input);
      assert.equal(result.ok, false);
      assert.match(result.errors.join('\n'), error);
    });
  }

  it('ignores tags in comment lines and below the scissors line', () => {
    const text =
      'feat: x\n# [ai-assisted]\n# ------------------------ >8 ------------------------\n+[ai-assisted: oops\n';
    assert.equal(checkCommitMessage(text).ok, true);
  });

  it('adds the tag from a trailer before the trailer block when disclosure is required', () => {
    const text =
      'feat: x\n\nbody text\n\nCo-authored-by: Claude <noreply@anthropic.com>\n# Please enter the commit message\n';
    const result = checkCommitMessage(text, { requireDisclosure: true });
    assert.equal(result.ok, true);
    assert.equal(
      result.message,
      'feat: x\n\nbody text\n\n[ai-assisted: claude]\n\nCo-authored-by: Claude <noreply@anthropic.com>\n# Please enter the commit message\n',
    );
    const withModel = checkCommitMessage('fix\n\nAssisted-by: Claude:claude-3-opus', { requireDisclosure: true });
    assert.match(withModel.message, /\[ai-assisted: claude-3-opus\]\n\nAssisted-by/);
    const footer = checkCommitMessage('fix\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)', {
      requireDisclosure: true,
    });
    assert.match(footer.message, /Claude Code\]\(https:\/\/claude\.com\/claude-code\)\n\n\[ai-assisted: claude\]$/);
  });

  it('rejects untagged AI trailers instead with autoTag off, and accepts them without the policy', () => {
    const text = 'feat\n\nCo-authored-by: Cursor Agent <cursoragent@cursor.com>';
    const strict = checkCommitMessage(text, { requireDisclosure: true, autoTag: false });
    assert.equal(strict.ok, false);
    assert.match(strict.errors[0] ?? '', /no \[ai-assisted: <model>\] tag/);
    assert.deepEqual([checkCommitMessage(text).ok, checkCommitMessage(text).changed], [true, false]);
  });
});

describe('bulwark commit-msg and the hook', () => {
  const repo = new TempRepo();
  after(() => repo.remove());

  it('rewrites the file, and exits 1 with a clear message for a malformed tag', async () => {
    const file = join(repo.dir, 'MSG');
    writeFileSync(file, 'feat: y [AI-Assisted:Claude Sonnet 4]\n');
    const ok = await runCli(['commit-msg', 'MSG'], { cwd: repo.dir });
    assert.equal(ok.code, 0, ok.stderr);
    assert.equal(readFileSync(file, 'utf8'), 'feat: y [ai-assisted: claude-sonnet-4]\n');
    writeFileSync(file, 'feat: y [ai-assisted]\n');
    const bad = await runCli(['commit-msg', 'MSG'], { cwd: repo.dir });
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /names no model/);
    writeFileSync(file, 'feat\n\nCo-authored-by: Claude <noreply@anthropic.com>\n');
    const rejected = await runCli(['commit-msg', 'MSG', '--require-disclosure', '--reject-untagged'], {
      cwd: repo.dir,
    });
    assert.equal(rejected.code, 1);
    const added = await runCli(['commit-msg', 'MSG', '--require-disclosure'], { cwd: repo.dir });
    assert.equal(added.code, 0);
    assert.match(readFileSync(file, 'utf8'), /\[ai-assisted: claude\]/);
  });

  it('installs the hook, updates it, and never clobbers a foreign hook', async () => {
    const first = await installCommitMsgHook(repo.dir);
    assert.equal(first.action, 'created');
    assert.equal(first.path, join(repo.dir, '.git/hooks/commit-msg'));
    assert.match(readFileSync(first.path, 'utf8'), /\$BULWARK commit-msg "\$1"/);
    assert.equal((await installCommitMsgHook(repo.dir)).action, 'unchanged');
    assert.equal((await installCommitMsgHook(repo.dir, { requireDisclosure: true })).action, 'updated');
    assert.match(readFileSync(first.path, 'utf8'), /--require-disclosure/);

    repo.git(['config', 'core.hooksPath', 'githooks']);
    repo.write('githooks/commit-msg', '#!/bin/sh\necho team hook\n');
    chmodSync(join(repo.dir, 'githooks/commit-msg'), 0o755);
    await assert.rejects(installCommitMsgHook(repo.dir), /not written by bulwark/);
    const chained = await installCommitMsgHook(repo.dir, { chain: true });
    assert.equal(chained.action, 'chained');
    assert.equal(chained.path, join(repo.dir, 'githooks/commit-msg'));
    assert.ok(existsSync(join(repo.dir, 'githooks/commit-msg.pre-bulwark')));
    assert.match(readFileSync(chained.path, 'utf8'), /commit-msg\.pre-bulwark" "\$@" \|\| exit/);
    const again = await installCommitMsgHook(repo.dir, { chain: true });
    assert.equal(again.action, 'unchanged');
  });
});

describe('bulwark hooks install --git (the lead command) installs the commit-msg hook', () => {
  const repo = new TempRepo();
  after(() => repo.remove());

  it('writes .git/hooks/commit-msg through the commit-msg-hook adapter', async () => {
    const result = await runCli(['hooks', 'install', '--git'], { cwd: repo.dir });
    assert.equal(result.code, 0, result.stderr);
    assert.match(readFileSync(join(repo.dir, '.git/hooks/commit-msg'), 'utf8'), /bulwark:commit-msg/);
  });
});
