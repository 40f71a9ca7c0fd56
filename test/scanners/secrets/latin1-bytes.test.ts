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

test('in UTF-8 bytes a 0xA0 byte is part of a character, never a no-break space', () => {
  const bytes = Buffer.from('token = "voilà"\n', 'utf8');
  assert.ok(bytes.includes(0xa0));
  const utf8 = new Latin1Bytes(bytes, true);
  assert.ok(!/\s/.test(utf8.slice(9, bytes.length - 2)), 'no whitespace inside the value');
  assert.ok(/\s/.test(new Latin1Bytes(bytes).slice(9, bytes.length - 2)), 'read as Latin-1 text, A0 is a space');
  assert.equal(utf8.slice(0, 9), 'token = "');
  // Bytes that are Latin-1 text keep their no-break spaces.
  assert.ok(new Latin1Bytes(Buffer.from('a\xa0b', 'latin1')).slice(0).includes('\xa0'));
});
