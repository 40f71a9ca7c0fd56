import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli } from '../helpers/cli.js';
import { commitAll, tempTree } from '../helpers/repo.js';
import { readValidSarif } from '../helpers/sarif.js';
import { Fakes } from '../scanners/secrets/fakes.js';

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

test('a risk acceptance silences a blocking secret until it expires; self-approval is refused', async () => {
  const root = tempTree({ 'deploy/.env': `AWS_ACCESS_KEY_ID=${new Fakes().awsKeyId()}\n` }, { git: true });
  commitAll(root, 'add deploy env');
  const sarifPath = join(root, 'out.sarif');
  assert.equal((await runCli(['scan', root, '--format', 'sarif', '--output', sarifPath])).code, 1);
  const fingerprint = readValidSarif(sarifPath).runs[0]?.results[0]?.partialFingerprints['bulwark/v1'] ?? '';
  const accept = (approver: string, expires: string) =>
    runCli(
      [
        'accept',
        fingerprint,
        '--reason',
        'test key for the sandbox account, rotated weekly',
        '--owner',
        'Test User',
        '--approver',
        approver,
        '--expires',
        expires,
      ],
      { cwd: root },
    );

  const self = await accept('Test User <test@example.com>', isoDay(30));
  assert.notEqual(self.code, 0);
  assert.match(self.stderr, /approver/i);

  const accepted = await accept('Security Lead <security@example.com>', isoDay(30));
  assert.equal(accepted.code, 0, accepted.stderr);
  const passed = await runCli(['scan', root, '--format', 'sarif', '--output', sarifPath]);
  assert.equal(passed.code, 0, passed.stderr);
  assert.equal(readValidSarif(sarifPath).runs[0]?.results[0]?.suppressions?.length, 1);

  const file = join(root, '.bulwark/acceptances.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/expires: .*/, `expires: ${isoDay(-2)}`));
  const expired = await runCli(['scan', root, '--format', 'json']);
  assert.equal(expired.code, 1);
  const report = JSON.parse(expired.stdout);
  assert.equal(report.findings[0].suppressed.expired, true);
  assert.match(report.findings[0].suppressed.reason, /expired/);
  assert.ok(report.notes.some((note: string) => note.includes('acceptance expired')));
});
