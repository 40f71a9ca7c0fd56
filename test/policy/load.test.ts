import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BulwarkError } from '../../src/core/errors.js';
import { defaultPolicy } from '../../src/policy/load.js';
import { parsePolicy } from '../../src/policy/parse.js';

const SPEC = `sast:
  block_on: [high, critical]
  review_on: [medium]
  inform_on: [low]
dependency_scan:
  block_on_cve_severity: [critical]
  review_on_cve_severity: [high]
  auto_pr_on_patch_available: true
secrets:
  block_commit: true
  allowed_patterns: []
branch_protection:
  require_reviews: 1
  require_security_review_on: "security/**"
  dismiss_stale_approvals: true
`;

function errorOf(text: string): string {
  try {
    parsePolicy(text);
  } catch (error) {
    assert.ok(error instanceof BulwarkError);
    assert.equal(error.code, 'config');
    return error.message;
  }
  assert.fail('expected a configuration error');
}

test("the team's specification parses and equals the defaults", () => {
  assert.deepEqual(parsePolicy(SPEC), defaultPolicy());
});

test('an unknown key is an error naming the key and its line', () => {
  const message = errorOf(SPEC.replace('review_on: [medium]', 'reveiw_on: [medium]'));
  assert.match(message, /security-policy\.yaml:3: unknown key 'sast\.reveiw_on'/);
});

test('a misspelt section is an error naming it', () => {
  assert.match(errorOf(SPEC.replace('secrets:', 'secret:')), /:9: unknown key 'secret'/);
});

test('a wrong type names the key and its line', () => {
  assert.match(
    errorOf(SPEC.replace('block_commit: true', 'block_commit: "yes"')),
    /:10: .*boolean.*\(at secrets\.block_commit\)/,
  );
  assert.match(errorOf(SPEC.replace('[high, critical]', '[hihg]')), /:2: .*\(at sast\.block_on\.0\)/);
});

test('invalid YAML is a configuration error with a line', () => {
  assert.match(errorOf('sast:\n  block_on: [high\n'), /invalid YAML/);
});

test('partial policies fill in defaults', () => {
  const policy = parsePolicy('secrets:\n  block_commit: false\n');
  assert.equal(policy.secrets.block_commit, false);
  assert.deepEqual(policy.sast.block_on, ['high', 'critical']);
});
