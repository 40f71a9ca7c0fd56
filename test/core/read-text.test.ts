import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
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
  assert.equal(latin1.content.encoding, 'latin1');
  assert.equal(latin1.content.decode(), 'café\n');
  assert.equal(latin1.note?.reason, 'not-utf8');
  const big = readText(join(root, 'big.txt'), 'big.txt', 1024);
  assert.equal(!big.ok && big.skipped.reason, 'too-large');
  const missing = readText(join(root, 'nope.txt'), 'nope.txt');
  assert.equal(!missing.ok && missing.skipped.reason, 'unreadable');
  const ok = readText(join(root, 'ok.txt'), 'ok.txt');
  assert.ok(ok.ok);
  assert.deepEqual([ok.bytes, ok.content.encoding, ok.content.decode(), ok.note], [6, 'ascii', 'hello\n', undefined]);
});

test('files are read whole at any size up to the limit; over it, the size is reported; folders and FIFOs are skipped', () => {
  const MB = 1024 * 1024;
  const pattern = (size: number) => Buffer.from(Array.from({ length: size }, (_, i) => 97 + (i % 26)));
  const sizes = [MB - 1, MB, MB + 1, 3 * MB + 5];
  const root = tempTree(Object.fromEntries(sizes.map((size) => [`f${size}.txt`, pattern(size)])));
  for (const size of sizes) {
    const read = readText(join(root, `f${size}.txt`), `f${size}.txt`);
    assert.ok(read.ok, `${size} bytes`);
    assert.equal(read.bytes, size);
    assert.ok(read.content.bytes.equals(pattern(size)), `${size} bytes read exactly`);
  }
  const small = readText(join(root, `f${MB - 1}.txt`), 'small', MB - 1);
  assert.ok(small.ok, 'a file of exactly the limit is read');
  const over = readText(join(root, `f${3 * MB + 5}.txt`), 'big', 2 * MB);
  assert.equal(!over.ok && over.skipped.detail, '3.0 MB is over the 2 MB limit (--max-file-size)');
  const overSmall = readText(join(root, `f${MB}.txt`), 'mid', MB - 10);
  assert.ok(!overSmall.ok && overSmall.skipped.reason === 'too-large');
  const folder = readText(root, 'sub');
  assert.equal(!folder.ok && folder.skipped.reason, 'unsupported');
  const fifo = join(root, 'pipe');
  if (spawnSync('mkfifo', [fifo]).status === 0) {
    const piped = readText(fifo, 'pipe'); // no writer: it must not wait for one, and reads as empty
    assert.equal(piped.ok && piped.bytes, 0);
  }
});

test('the bytes are valid until the next read, and decoding them later fails loudly', () => {
  const root = tempTree({ 'utf8.txt': 'naïve token\n', 'other.txt': 'x\n' });
  const utf8 = readText(join(root, 'utf8.txt'), 'utf8.txt');
  assert.ok(utf8.ok);
  assert.equal(utf8.content.encoding, 'utf8');
  assert.deepEqual(utf8.content.bytes, Buffer.from('naïve token\n'));
  assert.equal(utf8.content.decode(), 'naïve token\n');
  readText(join(root, 'other.txt'), 'other.txt');
  assert.throws(() => utf8.content.decode(), /after the next file/);
});

test('file traits: lockfiles, minified bundles, test fixtures, documentation', () => {
  assert.deepEqual(fileTraits('web/package-lock.json', '{}'), ['lockfile']);
  assert.ok(fileTraits('dist/app.min.js', 'x').includes('minified'));
  assert.ok(fileTraits('bundle.js', `${'a'.repeat(5000)}\n`).includes('minified'));
  assert.ok(fileTraits('src/__tests__/auth.test.ts', '').includes('test-fixture'));
  assert.deepEqual(fileTraits('src/auth.ts', 'const a = 1;\n'), []);
  assert.deepEqual(fileTraits('docs/guide.md', '# x'), ['documentation']);
  assert.ok(fileTraits('bundle.js', Buffer.from(`${'a'.repeat(5000)}\n`)).includes('minified'));
  assert.ok(!fileTraits('app.js', Buffer.from('const a = 1;\n'.repeat(400))).includes('minified'));
});
