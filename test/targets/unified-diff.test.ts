import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseAddedLines } from '../../src/targets/unified-diff.js';

test('collects added lines with their new line numbers, file by file', () => {
  const diff = [
    'diff --git a/src/a.js b/src/a.js',
    'index 1..2 100644',
    '--- a/src/a.js',
    '+++ b/src/a.js',
    '@@ -3,0 +4,2 @@ function x() {',
    '+const one = 1;',
    '+++ not a header, an added line starting with ++',
    '@@ -10 +12 @@',
    '-old',
    '+new',
    'diff --git a/gone.txt b/gone.txt',
    'deleted file mode 100644',
    '--- a/gone.txt',
    '+++ /dev/null',
    '@@ -1 +0,0 @@',
    '-bye',
    'diff --git a/img.png b/img.png',
    'Binary files /dev/null and b/img.png differ',
  ].join('\n');
  const files = parseAddedLines(diff);
  assert.equal(files.length, 2);
  assert.deepEqual(files[0], {
    path: 'src/a.js',
    lineNumbers: [4, 5, 12],
    lines: ['const one = 1;', '++ not a header, an added line starting with ++', 'new'],
    binary: false,
  });
  assert.equal(files[1]?.path, 'img.png');
  assert.equal(files[1]?.binary, true);
});
