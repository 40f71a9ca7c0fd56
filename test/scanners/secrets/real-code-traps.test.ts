import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findSecrets } from '../../../src/scanners/secrets/detect.js';

// Shapes seen in real npm package code (AWS SDK API models, translations) that are not credentials.
test('pagination cursors, property paths, ARNs and translations are not secrets', () => {
  const text = [
    '{"ListDistributions":{"input_token":"Marker","output_token":"DistributionList.NextMarker","limit_key":"MaxItems"}}',
    '{"Query":{"input_token":"ExclusiveStartKey","output_token":"LastEvaluatedKey"}}',
    '"nextToken": "gPFEGk7CF4wS901w7ppYclt7gPUAWH3bcQ7sOwYxgOvaFRfJxN5J5PD3YHemnXbB"',
    '"SecretsManagerSecretId": "arn:aws:secretsmanager:us-east-1:012345678901:secret:myuser-7Ycd1P"',
    '"The_parser_expected_to_find_a_1_to_match_the_0_token_here_1007": "分析器预计在这里找到与 {0} 标记匹配的 {1}。"',
  ].join('\n');
  assert.deepEqual(findSecrets(text, 'apis/model.json'), []);
});

test('sample and template files only report self-identifying formats', () => {
  const password = ['Xq7', 'vR2p', 'Lm9sT4'].join('');
  const generic = `DB_PASSWORD=${password}\n`;
  assert.equal(findSecrets(generic, '.env').length, 1);
  assert.deepEqual(findSecrets(generic, '.env.example'), []);
  assert.deepEqual(findSecrets(generic, 'config/settings.sample.yaml'), []);
  const prefixed = `GITHUB=${'ghp_'}${'A'.repeat(36)}\nSTRIPE=${'sk_live_'}${'b7Xq2LmT9vR4pWz8cN3kYs6D'}\n`;
  assert.ok(findSecrets(prefixed, '.env.example').some((m) => m.ruleId.startsWith('stripe')));
});
