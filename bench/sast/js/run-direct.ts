// Runs scanJsFile over the benchmark cases, writes a minimal SARIF file and scores it.
// Usage: npx tsx bench/sast/js/run-direct.ts [casesDir] [expected.csv] [out.sarif]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { JS_EXTENSIONS, jsRules, scanJsFile } from '../../../src/scanners/sast/js/index.js';
// @ts-expect-error plain ESM script without types
import { flaggedFromSarif, formatScore, parseExpected, score } from '../score.mjs';

const here = import.meta.dirname;
const casesDir = process.argv[2] ?? join(here, 'cases');
const expected = process.argv[3] ?? join(here, 'expectedresults-1.0.csv');
const out = process.argv[4] ?? join(here, 'results.sarif');

const started = performance.now();
const results: unknown[] = [];
const files = readdirSync(casesDir).filter((name) => JS_EXTENSIONS.some((ext) => name.endsWith(ext)));
for (const name of files) {
  const path = relative(process.cwd(), join(casesDir, name)).split('\\').join('/');
  const findings = scanJsFile(path, readFileSync(join(casesDir, name), 'utf8'), {
    skip: (s) => process.stderr.write(`skipped ${s.path}: ${s.detail}\n`),
  });
  for (const f of findings) {
    results.push({
      ruleId: f.ruleId,
      message: { text: f.message },
      locations: [
        {
          physicalLocation: { artifactLocation: { uri: f.location.path }, region: { startLine: f.location.startLine } },
        },
      ],
    });
  }
}
const elapsed = performance.now() - started;
const sarif = {
  version: '2.1.0',
  runs: [
    {
      tool: {
        driver: {
          name: 'bulwark-sast-js',
          rules: jsRules.map((r) => ({
            id: r.id,
            properties: { cwe: r.cwe, tags: r.cwe.map((c) => `external/cwe/${c.toLowerCase()}`) },
          })),
        },
      },
      results,
    },
  ],
};
writeFileSync(out, JSON.stringify(sarif, null, 2));
process.stdout.write(`${formatScore(score(parseExpected(readFileSync(expected, 'utf8')), flaggedFromSarif(sarif)))}\n`);
process.stdout.write(`${files.length} files in ${elapsed.toFixed(0)} ms\n`);
