import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectSecrets, findSecrets } from '../../../src/scanners/secrets/detect.js';
import { buildCorpus, type Corpus } from './corpus.js';

interface Evaluation {
  planted: number;
  found: number;
  rightRule: number;
  types: number;
  traps: number;
  trapsReported: string[];
  missed: string[];
}

function evaluate(corpus: Corpus): Evaluation {
  const results = new Map(corpus.files.map((file) => [file.path, findSecrets(file.text, file.path)]));
  const missed: string[] = [];
  let found = 0;
  let rightRule = 0;
  for (const plant of corpus.planted) {
    const match = results.get(plant.path)?.find((m) => m.start === plant.start && m.end === plant.end);
    if (!match) {
      missed.push(`${plant.type} in ${plant.path}`);
      continue;
    }
    found++;
    if (match.ruleId === plant.ruleId) rightRule++;
  }
  const trapsReported = corpus.traps
    .filter((trap) => results.get(trap.path)?.some((m) => m.start < trap.end && trap.start < m.end))
    .map((trap) => `${trap.label} in ${trap.path}`);
  return {
    planted: corpus.planted.length,
    found,
    rightRule,
    types: new Set(corpus.planted.map((p) => p.type)).size,
    traps: corpus.traps.length,
    trapsReported,
    missed,
  };
}

test('corpus: recall >= 0.95 over planted credentials and at most 3 of ~200 traps reported', () => {
  for (const seed of [7, 1234]) {
    const corpus = buildCorpus(seed);
    const result = evaluate(corpus);
    const recall = result.found / result.planted;
    console.log(
      `seed ${seed}: ${result.planted} planted (${result.types} types), recall ${recall.toFixed(3)}, right rule ${result.rightRule}/${result.found}; traps ${result.trapsReported.length}/${result.traps} reported`,
    );
    if (result.missed.length > 0) console.log(`  missed: ${result.missed.join('; ')}`);
    if (result.trapsReported.length > 0) console.log(`  traps reported: ${result.trapsReported.join('; ')}`);
    assert.ok(result.planted >= 280, `planted ${result.planted}`);
    assert.ok(result.types >= 35, `types ${result.types}`);
    assert.ok(result.traps >= 190, `traps ${result.traps}`);
    assert.ok(recall >= 0.95, `recall ${recall}`);
    assert.ok(result.trapsReported.length <= 3, `traps reported: ${result.trapsReported.join('; ')}`);
    assert.ok(result.rightRule / result.found >= 0.95, `right rule ${result.rightRule}/${result.found}`);
  }
});

test('corpus: searching a file as bytes finds exactly what searching its text finds', () => {
  const corpus = buildCorpus(99);
  let compared = 0;
  for (const file of corpus.files) {
    const bytes = Buffer.from(file.text, 'utf8');
    // Offsets agree only where each character is one byte; other files are searched as text again by the scanner.
    if (bytes.length !== file.text.length) continue;
    const summary = (matches: ReturnType<typeof detectSecrets>) =>
      matches.map((m) => `${m.ruleId}@${m.start}-${m.end}:${m.value}:${m.confidence}`);
    assert.deepEqual(summary(detectSecrets(bytes, file.path)), summary(detectSecrets(file.text, file.path)), file.path);
    compared++;
  }
  assert.ok(compared >= 100, `compared ${compared} files`);
});
