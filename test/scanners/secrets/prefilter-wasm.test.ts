import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  buildPrefilter,
  type KeywordOutput,
  scanKeywords,
  scanKeywordsJs,
} from '../../../src/scanners/secrets/prefilter.js';
import { wasmScanner } from '../../../src/scanners/secrets/prefilter-wasm.js';
import { secretRules } from '../../../src/scanners/secrets/rules/index.js';

const prefilter = buildPrefilter(secretRules);

function hits(scan: (onHit: (start: number, output: KeywordOutput) => void) => void): string[] {
  const found: string[] = [];
  scan((start, output) => found.push(`${start}:${output.keyword}`));
  return found;
}

test('the WebAssembly keyword scan finds exactly what the JavaScript one finds, across block boundaries', () => {
  assert.ok(wasmScanner(prefilter), 'WebAssembly is available on every supported Node.js');
  const filler = 'const value = compute(input); // ordinary code line with Ünïcödé and ключ\n';
  const parts: string[] = [];
  let length = 0;
  let n = 0;
  while (length < 2.5 * 1024 * 1024) {
    const line = n % 97 === 0 ? 'password = token ; AKIA aws_secret ghp_ xoxb- sk_live_ -----BEGIN \n' : filler;
    parts.push(line);
    length += line.length;
    n++;
  }
  // A keyword split exactly across the first 1 MiB block boundary.
  let text = parts.join('');
  const boundary = 1 << 20;
  text = `${text.slice(0, boundary - 4)}secret${text.slice(boundary + 2)}`;
  const js = hits((onHit) => scanKeywordsJs(prefilter, text, onHit));
  const wasm = hits((onHit) => scanKeywords(prefilter, text, onHit));
  assert.ok(js.length > 1000);
  assert.ok(
    js.some((hit) => hit.startsWith(`${boundary - 4}:`)),
    'the keyword across the boundary is found',
  );
  assert.deepEqual(wasm, js);
});

test('the four side-by-side walks agree with one walk on keyword-dense texts of every length', () => {
  // Keywords and their fragments packed tight, so keywords straddle every segment boundary somewhere.
  const pieces = [
    'secret',
    'pass',
    'word',
    'ghp_',
    'token',
    'AKIA',
    '-----BEGIN ',
    'api_key',
    'x',
    ' ',
    'é',
    'sec',
    'ret',
  ];
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  for (const length of [4096, 4097, 4098, 4099, 5003, 65537, 262147]) {
    let text = '';
    while (text.length < length) text += pieces[Math.floor(random() * pieces.length)];
    text = text.slice(0, length);
    const js = hits((onHit) => scanKeywordsJs(prefilter, text, onHit));
    assert.deepEqual(
      hits((onHit) => scanKeywords(prefilter, text, onHit)),
      js,
      `length ${length}`,
    );
  }
});
