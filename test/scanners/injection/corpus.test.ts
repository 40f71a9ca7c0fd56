import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanTextForInjection } from '../../../src/scanners/injection/index.js';
import { MUST_FIND, MUST_NOT_FIND } from './corpus.js';

const SERIOUS = new Set(['medium', 'high', 'critical']);

test(`finds all ${MUST_FIND.length} injection cases at medium or above with the expected rule`, () => {
  const missed: string[] = [];
  for (const c of MUST_FIND) {
    const serious = scanTextForInjection(c.text, c.path).filter((f) => SERIOUS.has(f.severity));
    const ruleHit = serious.some((f) => f.ruleId === `injection/${c.rule}`);
    if (!ruleHit)
      missed.push(
        `${c.name}: got ${JSON.stringify(scanTextForInjection(c.text, c.path).map((f) => [f.ruleId, f.severity]))}`,
      );
  }
  assert.deepEqual(missed, [], `recall ${MUST_FIND.length - missed.length}/${MUST_FIND.length}`);
});

test(`reports none of ${MUST_NOT_FIND.length} legitimate look-alikes at medium or above`, () => {
  const flagged: string[] = [];
  for (const c of MUST_NOT_FIND) {
    const serious = scanTextForInjection(c.text, c.path).filter((f) => SERIOUS.has(f.severity));
    if (serious.length > 0) flagged.push(`${c.name}: ${serious.map((f) => `${f.ruleId} ${f.severity}`).join(', ')}`);
  }
  assert.deepEqual(flagged, []);
});
