import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { diffAddedDependencies } from '../../../src/deps/verify/index.js';

function git(dir: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd: dir,
    stdio: 'ignore',
  });
}

function lock(deps: Record<string, string>): string {
  const packages: Record<string, unknown> = {
    '': { name: 'app', version: '1.0.0', dependencies: Object.fromEntries(Object.keys(deps).map((n) => [n, '*'])) },
  };
  for (const [name, version] of Object.entries(deps)) packages[`node_modules/${name}`] = { version };
  return JSON.stringify({ name: 'app', version: '1.0.0', lockfileVersion: 3, packages }, null, 2);
}

describe('diffAddedDependencies', () => {
  it('returns only packages whose names are new since the base revision', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bulwark-diff-'));
    git(dir, 'init', '-q', '-b', 'main');
    writeFileSync(join(dir, 'package-lock.json'), lock({ express: '4.18.1', lodash: '4.17.20' }));
    writeFileSync(join(dir, 'requirements.txt'), 'requests==2.30.0\n');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'base');
    writeFileSync(join(dir, 'package-lock.json'), lock({ express: '4.18.2', lodash: '4.17.20', expresss: '1.0.0' }));
    writeFileSync(join(dir, 'requirements.txt'), 'requests==2.31.0\nreqeusts==1.0.0\n');
    writeFileSync(join(dir, 'requirements-dev.txt'), 'pytest==8.0.0\n');
    const added = await diffAddedDependencies(dir, 'main', [
      'package-lock.json',
      'requirements.txt',
      'requirements-dev.txt',
    ]);
    assert.deepEqual(added.map((p) => `${p.ecosystem}:${p.name}@${p.version}`).sort(), [
      'PyPI:pytest@8.0.0',
      'PyPI:reqeusts@1.0.0',
      'npm:expresss@1.0.0',
    ]);
    assert.equal(added.find((p) => p.name === 'expresss')?.source, 'package-lock.json');
  });

  it('fails clearly on an unknown base revision', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bulwark-diff-'));
    git(dir, 'init', '-q');
    await assert.rejects(
      diffAddedDependencies(dir, 'no-such-ref', ['package-lock.json']),
      /cannot resolve the base revision 'no-such-ref'/,
    );
  });
});
