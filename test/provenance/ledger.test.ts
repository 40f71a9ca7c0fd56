import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { canonicalJson } from '../../src/provenance/ledger/entry.js';
import { LEDGER_FILE, ledgerEntriesByCommit, readLedger } from '../../src/provenance/ledger/store.js';
import { runCli } from '../helpers/cli.js';
import { TempRepo } from './repo.js';

const ledgerPath = (repo: TempRepo) => join(repo.dir, LEDGER_FILE);
const readLines = (repo: TempRepo) => readFileSync(ledgerPath(repo), 'utf8').trimEnd().split('\n');
const writeLines = (repo: TempRepo, lines: string[]) => writeFileSync(ledgerPath(repo), `${lines.join('\n')}\n`);

async function addEntries(repo: TempRepo, shas: string[], extra: string[] = [], first = 1): Promise<void> {
  for (const [i, sha] of shas.entries()) {
    const result = await runCli(
      [
        'ledger',
        'add',
        '--commit',
        sha,
        '--model',
        'claude-sonnet-4',
        '--task',
        `task ${i + first}`,
        '--reviewer',
        'Jane',
        ...extra,
      ],
      { cwd: repo.dir },
    );
    assert.equal(result.code, 0, result.stderr);
  }
}

describe('ledger chain', () => {
  let repo: TempRepo;
  let shas: string[];
  let pristine: string[];
  const outside = mkdtempSync(join(tmpdir(), 'bulwark-prompt-'));

  before(async () => {
    repo = new TempRepo();
    shas = [1, 2, 3].map((n) => repo.commit(`feat: step ${n}`, { files: { [`f${n}.txt`]: `${n}\n` } }));
    writeFileSync(join(outside, 'prompt.txt'), 'write the parser please');
    await addEntries(repo, shas.slice(0, 1), [
      '--security-review',
      '--modification',
      'renamed a variable',
      '--prompt-file',
      join(outside, 'prompt.txt'),
      '--classification',
      'confidential',
      '--sanitised',
    ]);
    await addEntries(repo, shas.slice(1), [], 2);
    pristine = readLines(repo);
  });
  after(() => {
    repo.remove();
    rmSync(outside, { recursive: true, force: true });
  });

  it('records three chained entries with the team fields and never the prompt', async () => {
    const entries = await readLedger(repo.dir);
    assert.deepEqual(
      entries.map((entry) => entry.seq),
      [1, 2, 3],
    );
    assert.equal(entries[0]?.prev_hash, '0'.repeat(64));
    assert.equal(entries[1]?.prev_hash, entries[0]?.hash);
    assert.equal(entries[0]?.security_review, true);
    assert.deepEqual(entries[0]?.modifications_made, ['renamed a variable']);
    assert.equal(entries[0]?.data_classification, 'confidential');
    assert.equal(entries[0]?.context_sanitised, true);
    assert.match(entries[0]?.prompt_hash ?? '', /^sha256:[0-9a-f]{64}$/);
    assert.deepEqual(entries[0]?.files, ['f1.txt']);
    assert.equal(entries[1]?.prompt_hash, null);
    assert.ok(!readFileSync(ledgerPath(repo), 'utf8').includes('parser please'));
    const byCommit = await ledgerEntriesByCommit(repo.dir);
    assert.equal(byCommit.get(shas[2] ?? '')?.[0]?.task_summary, 'task 3');
  });

  it('verifies an intact chain', async () => {
    const result = await runCli(['ledger', 'verify'], { cwd: repo.dir });
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /3 entries verified/);
  });

  it('fails and names the entry when a field of the second is edited', async () => {
    const edited = JSON.parse(pristine[1] ?? '') as Record<string, unknown>;
    edited.human_reviewer = 'Mallory';
    writeLines(repo, [pristine[0] ?? '', JSON.stringify(edited), pristine[2] ?? '']);
    const result = await runCli(['ledger', 'verify'], { cwd: repo.dir });
    assert.equal(result.code, 1);
    assert.match(result.stderr, new RegExp(`entry seq 2 \\(commit ${shas[1]?.slice(0, 12)}.*was modified`));
  });

  it('still fails when the editor also recomputes the edited entry hash', async () => {
    const edited = JSON.parse(pristine[1] ?? '') as Record<string, unknown>;
    edited.security_review = true;
    const { hash: _h, ...content } = edited;
    const { createHash } = await import('node:crypto');
    edited.hash = createHash('sha256').update(canonicalJson(content)).digest('hex');
    writeLines(repo, [pristine[0] ?? '', JSON.stringify(edited), pristine[2] ?? '']);
    const result = await runCli(['ledger', 'verify'], { cwd: repo.dir });
    assert.equal(result.code, 1);
    assert.match(result.stderr, /entry seq 3 .*does not chain/);
  });

  it('fails and names the entry when the second is deleted', async () => {
    writeLines(repo, [pristine[0] ?? '', pristine[2] ?? '']);
    const result = await runCli(['ledger', 'verify'], { cwd: repo.dir });
    assert.equal(result.code, 1);
    assert.match(result.stderr, /entry seq 3 .*expected seq 2/);
  });

  it('fails and names the entries when the first two are swapped', async () => {
    writeLines(repo, [pristine[1] ?? '', pristine[0] ?? '', pristine[2] ?? '']);
    const result = await runCli(['ledger', 'verify'], { cwd: repo.dir });
    assert.equal(result.code, 1);
    assert.match(result.stderr, /entry seq 2 .*expected seq 1/);
    assert.match(result.stderr, /entry seq 1 .*expected seq 2/);
    writeLines(repo, pristine);
  });

  it('exports csv, markdown and json', async () => {
    writeLines(repo, pristine);
    const csv = await runCli(['ledger', 'export', '--format', 'csv'], { cwd: repo.dir });
    assert.equal(csv.code, 0);
    assert.equal(csv.stdout.trimEnd().split('\r\n').length, 4);
    assert.match(csv.stdout, /^seq,date,commit,ai_model/);
    const md = await runCli(['ledger', 'export', '--format', 'markdown'], { cwd: repo.dir });
    assert.match(md.stdout, /\| 2 \| .* \| claude-sonnet-4 \| task 2 \|/);
    const json = await runCli(['ledger', 'list', '--format', 'json'], { cwd: repo.dir });
    assert.equal((JSON.parse(json.stdout) as { entries: unknown[] }).entries.length, 3);
    const bad = await runCli(['ledger', 'export', '--format', 'xml'], { cwd: repo.dir });
    assert.equal(bad.code, 2);
  });

  it('rejects an unknown classification and a missing reviewer', async () => {
    const unknown = await runCli(
      [
        'ledger',
        'add',
        '--commit',
        'HEAD',
        '--model',
        'm',
        '--task',
        't',
        '--reviewer',
        'r',
        '--classification',
        'secret',
      ],
      { cwd: repo.dir },
    );
    assert.equal(unknown.code, 2);
    const missing = await runCli(['ledger', 'add', '--commit', 'HEAD', '--model', 'm', '--task', 't'], {
      cwd: repo.dir,
    });
    assert.equal(missing.code, 2);
    assert.equal((await readLedger(repo.dir)).length, 3);
  });
});

describe('ledger signatures', () => {
  let repo: TempRepo;
  const keysHome = mkdtempSync(join(tmpdir(), 'bulwark-keys-'));
  const privateKey = join(keysHome, 'jane.pem');

  before(() => {
    repo = new TempRepo();
    repo.commit('feat: one', { files: { 'a.txt': 'a\n' } });
  });
  after(() => {
    repo.remove();
    rmSync(keysHome, { recursive: true, force: true });
  });

  it('refuses to write a private key inside the repository', async () => {
    const result = await runCli(['ledger', 'keygen', '--out', join(repo.dir, 'key.pem'), '--reviewer', 'Jane'], {
      cwd: repo.dir,
    });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /outside the repository/);
  });

  it('signs with --sign-key and BULWARK_LEDGER_KEY, and verifies the signatures', async () => {
    const keygen = await runCli(['ledger', 'keygen', '--out', privateKey, '--reviewer', 'Jane Roe'], { cwd: repo.dir });
    assert.equal(keygen.code, 0, keygen.stderr);
    assert.match(readFileSync(join(repo.dir, '.bulwark/keys/jane-roe.pub'), 'utf8'), /BEGIN PUBLIC KEY/);
    await addEntries(repo, ['HEAD'], ['--sign-key', privateKey]);
    const viaEnv = await runCli(
      ['ledger', 'add', '--commit', 'HEAD', '--model', 'gpt-4o', '--task', 'x', '--reviewer', 'Jane'],
      {
        cwd: repo.dir,
        env: { BULWARK_LEDGER_KEY: privateKey },
      },
    );
    assert.equal(viaEnv.code, 0, viaEnv.stderr);
    const entries = await readLedger(repo.dir);
    assert.ok(entries.every((entry) => entry.signature && entry.signer?.startsWith('sha256:')));
    const result = await runCli(['ledger', 'verify', '--require-signatures'], { cwd: repo.dir });
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /2 entries verified \(2 signed\)/);
  });

  it('fails on a forged signature, an unknown key and a stripped signature', async () => {
    const pristine = readLines(repo);
    const forged = JSON.parse(pristine[0] ?? '') as Record<string, string>;
    const other = JSON.parse(pristine[1] ?? '') as Record<string, string>;
    forged.signature = other.signature ?? '';
    writeLines(repo, [JSON.stringify(forged), pristine[1] ?? '']);
    const bad = await runCli(['ledger', 'verify'], { cwd: repo.dir });
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /entry seq 1 .*bad signature/);

    delete forged.signature;
    writeLines(repo, [JSON.stringify(forged), pristine[1] ?? '']);
    const stripped = await runCli(['ledger', 'verify'], { cwd: repo.dir });
    assert.match(stripped.stderr, /entry seq 1 .*no signature/);

    writeLines(repo, pristine);
    const emptyKeys = mkdtempSync(join(tmpdir(), 'bulwark-nokeys-'));
    const unknown = await runCli(['ledger', 'verify', '--keys', emptyKeys], { cwd: repo.dir });
    rmSync(emptyKeys, { recursive: true, force: true });
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /unknown key/);
  });

  it('requires signatures only when asked', async () => {
    const unsigned = await runCli(
      ['ledger', 'add', '--commit', 'HEAD', '--model', 'm', '--task', 't', '--reviewer', 'r'],
      { cwd: repo.dir },
    );
    assert.equal(unsigned.code, 0);
    assert.equal((await runCli(['ledger', 'verify'], { cwd: repo.dir })).code, 0);
    const strict = await runCli(['ledger', 'verify', '--require-signatures'], { cwd: repo.dir });
    assert.equal(strict.code, 1);
    assert.match(strict.stderr, /entry seq 3 .*is not signed/);
  });
});
