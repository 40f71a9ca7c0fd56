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

// Shapes from SDK error tables and editor grammars (Firebase, Monaco): codes and labels made of words.
test('error codes, syntax token names and labels that spell out their name are not secrets', () => {
  const text = [
    'readonly INVALID_PASSWORD: "auth/wrong-password";',
    "  INVALID_AUTH: 'auth/invalid-user-token',",
    '  CREDENTIAL_ALREADY_IN_USE = "credential-already-in-use",',
    '  TOKEN_UNSUBSCRIBE_FAILED = "token-unsubscribe-failed",',
    '  MISSING_AUTH_DOMAIN = "auth-domain-config-required",',
    '  SIGN_UP_PASSWORD = "signUpPassword",',
    '  ResetPassword = "identitytoolkit#ResetPasswordResponse",',
    '  { token: "keyword.tag-if", open: "if", close: "end if" },',
    '  "@reservedConstNames": { token: "constant.reserved.$0" },',
    '  "$#==$S3": { token: "string.$S2.delim", next: "@push" },',
    '  tokenPostfix: ".objective-c",',
    ' *   "rootPassword": "my_rootPassword",',
    "const OIDC_SUBJECT_TOKEN_TYPE1 = 'urn:ietf:params:oauth:token-type:id_token';",
  ].join('\n');
  assert.deepEqual(findSecrets(text, 'dist/errors.js'), []);
  assert.deepEqual(
    findSecrets('const drive = google.drive({\n  version: "v3",\n  auth: oauth2Client\n});\n', 'README.md'),
    [],
  );
});

test('generated secrets with separators, and user:password pairs, are still secrets', () => {
  const values = [
    ['Kx9', 'vQ2/mP7zL4.wR8tN'],
    ['auth', '/Zq8Wm3Rt7Yp2Lk9Vb'],
    ['correct', '-horse-battery-staple-2024'],
    ['deploy', ':hunter.Tiger'],
  ].map((parts) => parts.join(''));
  for (const value of values) {
    assert.equal(findSecrets(`const apiToken = "${value}";\n`, 'src/client.js').length, 1, value);
  }
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
