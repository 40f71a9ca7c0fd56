import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BulwarkError } from '../../../src/core/errors.js';
import type { Finding } from '../../../src/core/finding.js';
import {
  type Acceptance,
  acceptanceStatus,
  applyAcceptances,
  checkInlineIgnore,
  parseAcceptances,
} from '../../../src/policy/acceptances/index.js';

function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'sast-sql-injection',
    scanner: 'sast',
    severity: 'high',
    confidence: 'high',
    title: 't',
    message: 'm',
    location: { path: 'src/db/query.ts', startLine: 3, startColumn: 1, endLine: 3, endColumn: 5 },
    snippet: '',
    cwe: [],
    remediation: '',
    fingerprint: 'fp-aaaa',
    ...overrides,
  };
}

function acceptance(overrides: Partial<Acceptance>): Acceptance {
  return {
    id: 'ACC-0001',
    reason: 'fix scheduled',
    owner: 'team-a',
    approver: 'Bob <bob@example.com>',
    requester: 'Alice <alice@example.com>',
    created: '2026-01-01',
    expires: '2026-03-01',
    ...overrides,
  };
}

const BEFORE = new Date('2026-02-15T12:00:00Z');
const LAST_DAY = new Date('2026-03-01T23:59:00Z');
const AFTER = new Date('2026-03-02T00:00:01Z');

test('fingerprint acceptance suppresses until its expiry day ends, then reports expired', () => {
  const list = [acceptance({ fingerprint: 'fp-aaaa' })];
  for (const now of [BEFORE, LAST_DAY]) {
    const f = finding();
    applyAcceptances([f], list, now);
    assert.deepEqual(f.suppressed, { kind: 'acceptance', reason: 'fix scheduled', ref: 'ACC-0001' });
  }
  const late = finding();
  applyAcceptances([late], list, AFTER);
  assert.deepEqual(late.suppressed, {
    kind: 'acceptance',
    reason: 'acceptance ACC-0001 expired on 2026-03-01',
    ref: 'ACC-0001',
    expired: true,
  });
  const other = finding({ fingerprint: 'fp-bbbb' });
  applyAcceptances([other], list, BEFORE);
  assert.equal(other.suppressed, undefined);
});

test('rule + path glob acceptance matches only that rule under the glob', () => {
  const list = [acceptance({ rule: 'sast-sql-injection', path: 'src/db/**' })];
  const hit = finding();
  const wrongRule = finding({ ruleId: 'sast-xss' });
  const wrongPath = finding({
    location: { path: 'src/api/x.ts', startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
  });
  applyAcceptances([hit, wrongRule, wrongPath], list, BEFORE);
  assert.equal(hit.suppressed?.ref, 'ACC-0001');
  assert.equal(wrongRule.suppressed, undefined);
  assert.equal(wrongPath.suppressed, undefined);
});

test('package acceptance matches name@version and advisory id (aliases included), not other versions', () => {
  const list = [acceptance({ package: '@scope/lib@1.2.3', advisory: 'CVE-2024-0001' })];
  const dep = (version: string, advisories: string[]) =>
    finding({
      scanner: 'deps',
      ruleId: 'deps-vulnerable-package',
      properties: { package: { ecosystem: 'npm', name: '@scope/lib', version }, advisories },
    });
  const hit = dep('1.2.3', ['GHSA-xxxx-yyyy-zzzz', 'CVE-2024-0001']);
  const otherVersion = dep('1.2.4', ['CVE-2024-0001']);
  const otherAdvisory = dep('1.2.3', ['CVE-2024-9999']);
  applyAcceptances([hit, otherVersion, otherAdvisory], list, BEFORE);
  assert.equal(hit.suppressed?.ref, 'ACC-0001');
  assert.equal(otherVersion.suppressed, undefined);
  assert.equal(otherAdvisory.suppressed, undefined);
});

test('an active acceptance wins over an expired one; a baseline suppression is kept', () => {
  const list = [
    acceptance({ id: 'ACC-0001', fingerprint: 'fp-aaaa', expires: '2026-01-10' }),
    acceptance({ id: 'ACC-0002', fingerprint: 'fp-aaaa', expires: '2026-03-01' }),
  ];
  const f = finding();
  applyAcceptances([f], list, BEFORE);
  assert.equal(f.suppressed?.ref, 'ACC-0002');
  assert.equal(f.suppressed?.expired, undefined);
  const baselined = finding({ suppressed: { kind: 'baseline', reason: 'existing debt' } });
  applyAcceptances([baselined], list, BEFORE);
  assert.equal(baselined.suppressed?.kind, 'baseline');
});

test('status: active, expiring within the window, expired', () => {
  const a = acceptance({ fingerprint: 'x', expires: '2026-03-01' });
  assert.equal(acceptanceStatus(a, new Date('2026-01-01T00:00:00Z'), 14), 'active');
  assert.equal(acceptanceStatus(a, new Date('2026-02-20T00:00:00Z'), 14), 'expiring');
  assert.equal(acceptanceStatus(a, AFTER, 14), 'expired');
});

test('inline ignore must cite an active acceptance that covers the finding', () => {
  const list = [
    acceptance({ id: 'ACC-0003', fingerprint: 'fp-aaaa' }),
    acceptance({ id: 'ACC-0004', fingerprint: 'fp-old', expires: '2026-01-01' }),
  ];
  assert.deepEqual(checkInlineIgnore('ACC-0003 vendor patch pending', list, BEFORE).ok, true);
  const bare = checkInlineIgnore('test fixture', list, BEFORE);
  assert.equal(bare.ok, false);
  assert.match(bare.ok ? '' : bare.problem, /must cite a risk acceptance/);
  assert.equal(checkInlineIgnore('test fixture', list, BEFORE, { requireAcceptance: false }).ok, true);
  const missing = checkInlineIgnore('ACC-0099 nope', list, BEFORE);
  assert.match(missing.ok ? '' : missing.problem, /not in the acceptances file/);
  const expired = checkInlineIgnore('ACC-0004 old', list, BEFORE);
  assert.match(expired.ok ? '' : expired.problem, /expired on 2026-01-01/);
  const wrong = checkInlineIgnore('ACC-0003 x', list, BEFORE, { finding: finding({ fingerprint: 'fp-zzzz' }) });
  assert.match(wrong.ok ? '' : wrong.problem, /does not cover/);
  assert.equal(checkInlineIgnore('ACC-0003 x', list, BEFORE, { finding: finding() }).ok, true);
});

test('a broken acceptances file is a config error naming the line', () => {
  const text = `version: 1
acceptances:
  - id: ACC-0001
    fingerprint: abc
    reason: ok
    owner: a
    approver: b
    requester: c
    created: 2026-01-01
    expires: next week
`;
  assert.throws(
    () => parseAcceptances(text),
    (error: unknown) =>
      error instanceof BulwarkError &&
      error.code === 'config' &&
      /acceptances\.yaml:10: .*ISO date/.test(error.message),
  );
  const two = `acceptances:\n  - id: ACC-0001\n    fingerprint: a\n    rule: r\n    path: "**"\n    reason: x\n    owner: a\n    approver: b\n    requester: c\n    created: 2026-01-01\n    expires: 2026-02-01\n`;
  assert.throws(() => parseAcceptances(two), /exactly one of/);
  assert.equal(parseAcceptances(two.replace('    fingerprint: a\n', '')).length, 1);
});
