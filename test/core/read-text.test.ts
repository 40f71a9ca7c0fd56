import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileTraits } from '../../src/core/file-traits.js';
import { readText } from '../../src/core/read-text.js';
import { tempTree } from '../helpers/repo.js';

test('binary, too large, invalid UTF-8 and missing files are reported with the reason', () => {
  const root = tempTree({
    'bin.dat': Buffer.from([0x50, 0x4b, 0x00, 0x01, 0x02]),
    'latin1.txt': Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]),
    'big.txt': 'x'.repeat(2048),
    'ok.txt': 'hello\n',
  });
  const binary = readText(join(root, 'bin.dat'), 'bin.dat');
  assert.equal(binary.ok, false);
  assert.equal(!binary.ok && binary.skipped.reason, 'binary');
  const latin1 = readText(join(root, 'latin1.txt'), 'latin1.txt');
  assert.ok(latin1.ok);
  assert.deepEqual(latin1.content, { text: 'café\n' });
  assert.equal(latin1.note?.reason, 'not-utf8');
  const big = readText(join(root, 'big.txt'), 'big.txt', 1024);
  assert.equal(!big.ok && big.skipped.reason, 'too-large');
  const missing = readText(join(root, 'nope.txt'), 'nope.txt');
  assert.equal(!missing.ok && missing.skipped.reason, 'unreadable');
  assert.deepEqual(readText(join(root, 'ok.txt'), 'ok.txt'), { ok: true, content: { text: 'hello\n' }, bytes: 6 });
});

test('non-ASCII UTF-8 is offered as bytes first and decoded on demand, until the next read', () => {
  const root = tempTree({ 'utf8.txt': 'naïve token\n', 'nbsp.txt': 'à la carte\n', 'other.txt': 'x\n' });
  const utf8 = readText(join(root, 'utf8.txt'), 'utf8.txt');
  assert.ok(utf8.ok && utf8.content.bytesAsLatin1 !== undefined);
  assert.equal(utf8.content.bytesAsLatin1, Buffer.from('naïve token\n').toString('latin1'));
  assert.equal(utf8.content.decode(), 'naïve token\n');
  // 'à' is C3 A0: in the Latin-1 view A0 would be a no-break space (whitespace to a regex), so it is decoded up front.
  const nbsp = readText(join(root, 'nbsp.txt'), 'nbsp.txt');
  assert.deepEqual(nbsp.ok && nbsp.content, { text: 'à la carte\n' });
  readText(join(root, 'other.txt'), 'other.txt');
  assert.throws(() => utf8.content.bytesAsLatin1 !== undefined && utf8.content.decode(), /after the next file/);
});

test('file traits: lockfiles, minified bundles, test fixtures, documentation', () => {
  assert.deepEqual(fileTraits('web/package-lock.json', '{}'), ['lockfile']);
  assert.ok(fileTraits('dist/app.min.js', 'x').includes('minified'));
  assert.ok(fileTraits('bundle.js', `${'a'.repeat(5000)}\n`).includes('minified'));
  assert.ok(fileTraits('src/__tests__/auth.test.ts', '').includes('test-fixture'));
  assert.deepEqual(fileTraits('src/auth.ts', 'const a = 1;\n'), []);
  assert.deepEqual(fileTraits('docs/guide.md', '# x'), ['documentation']);
});
