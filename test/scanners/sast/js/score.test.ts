import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
// @ts-expect-error plain ESM script without types
import { flaggedFromSarif, parseExpected, score } from '../../../../bench/sast/score.mjs';

describe('bench/sast/score.mjs', () => {
  it('computes TPR, FPR and their difference per category from SARIF CWEs and file names', () => {
    const tests = parseExpected(
      '# test name, category, real vulnerability, cwe\nT1,sqli,true,89\nT2,sqli,false,89\nT3,xss,true,79\nT4,xss,false,79\n',
    );
    const sarif = {
      runs: [
        {
          tool: {
            driver: {
              rules: [
                { id: 'sql', properties: { cwe: ['CWE-89'] } },
                { id: 'x', properties: { tags: ['external/cwe/cwe-79'] } },
              ],
            },
          },
          results: [
            { ruleId: 'sql', locations: [{ physicalLocation: { artifactLocation: { uri: 'cases/T1.js' } } }] },
            { ruleId: 'x', locations: [{ physicalLocation: { artifactLocation: { uri: 'cases/T3.js' } } }] },
            { ruleId: 'x', locations: [{ physicalLocation: { artifactLocation: { uri: 'cases/T4.js' } } }] },
            { ruleId: 'x', locations: [{ physicalLocation: { artifactLocation: { uri: 'cases/T2.js' } } }] },
          ],
        },
      ],
    };
    const result = score(tests, flaggedFromSarif(sarif));
    const byCategory = Object.fromEntries(
      result.categories.map((row: { category: string; score: number }) => [row.category, row.score]),
    );
    assert.deepEqual(byCategory, { sqli: 1, xss: 0 });
    assert.equal(result.mean.score, 0.5);
  });
});
