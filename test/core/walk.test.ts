import assert from 'node:assert/strict';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { listFiles } from '../../src/core/walk.js';
import { commitAll, tempTree } from '../helpers/repo.js';

const FILES = {
  '.gitignore': 'build/\n*.log\n',
  'src/app.js': 'x',
  'src/nested/.gitignore': 'secret-*.txt\n',
  'src/nested/secret-1.txt': 'x',
  'src/nested/keep.txt': 'x',
  'build/out.js': 'x',
  'debug.log': 'x',
  'fixtures/bad.js': 'x',
  'vendor/lib.js': 'x',
  '.bulwarkignore': '# generated and third-party code\nfixtures/\nvendor/\n',
};

test('outside git: honours nested .gitignore files and .bulwarkignore, counts what it leaves out', async () => {
  const root = tempTree(FILES);
  symlinkSync('/etc/hostname', join(root, 'link.txt'));
  const result = await listFiles(root);
  assert.equal(result.method, 'walk');
  assert.deepEqual(result.paths, [
    '.bulwarkignore',
    '.gitignore',
    'src/app.js',
    'src/nested/.gitignore',
    'src/nested/keep.txt',
  ]);
  assert.equal(result.excluded, 2);
  assert.deepEqual(
    result.skipped.map((s) => [s.path, s.reason]),
    [['link.txt', 'symlink']],
  );
});

test("inside git: git's own ignore rules, untracked files included", async () => {
  const root = tempTree(FILES, { git: true });
  commitAll(root, 'init');
  const result = await listFiles(root, { exclude: ['*.txt'] });
  assert.equal(result.method, 'git');
  assert.deepEqual(result.paths, ['.bulwarkignore', '.gitignore', 'src/app.js', 'src/nested/.gitignore']);
  assert.equal(result.excluded, 3);
});
