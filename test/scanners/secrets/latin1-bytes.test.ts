import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Latin1Bytes } from '../../../src/scanners/secrets/latin1-bytes.js';

test('bytes read as Latin-1 answer slices and searches exactly as the same text as a string', () => {
  const text = 'key: abc\n-----BEGIN X-----\nabc key\n\nPuTTY abc-----\n';
  const bytes = new Latin1Bytes(Buffer.from(text, 'latin1'));
  assert.equal(bytes.length, text.length);
  const positions = [-5, -1, 0, 1, 3, 8, 9, 20, text.length - 1, text.length, text.length + 4];
  for (const search of ['abc', '\n', '-----', 'key', 'PuTTY', 'missing', 'k', '']) {
    for (const position of positions) {
      const at = `${JSON.stringify(search)} at ${position}`;
      assert.equal(bytes.indexOf(search, position), text.indexOf(search, position), `indexOf ${at}`);
      assert.equal(bytes.lastIndexOf(search, position), text.lastIndexOf(search, position), `lastIndexOf ${at}`);
      assert.equal(bytes.startsWith(search, position), text.startsWith(search, position), `startsWith ${at}`);
    }
  }
  for (const start of positions)
    for (const end of positions) assert.equal(bytes.slice(start, end), text.slice(start, end), `${start}-${end}`);
  assert.equal(bytes.slice(5), text.slice(5));
  assert.equal(bytes.lastIndexOf('abc'), text.lastIndexOf('abc'));
});
