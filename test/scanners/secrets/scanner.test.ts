import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BulwarkError } from '../../../src/core/errors.js';
import type { ScanContext, TextChunk } from '../../../src/core/scanner.js';
import { policySchema } from '../../../src/policy/schema.js';
import { secretsScanner } from '../../../src/scanners/secrets/index.js';
import { secretRules } from '../../../src/scanners/secrets/rules/index.js';
import { ALNUM, Fakes } from './fakes.js';

const f = new Fakes();

function context(allowed: string[] = []): ScanContext {
  return {
    root: '/repo',
    policy: policySchema.parse({ secrets: { allowed_patterns: allowed } }),
    options: { online: false },
    skip: () => {},
    note: () => {},
  };
}

function scan(chunk: TextChunk, allowed: string[] = []) {
  assert.ok(secretsScanner.scanChunk);
  return secretsScanner.scanChunk(chunk, context(allowed));
}

test('a finding has the rule metadata, the exact location, a masked snippet and never the raw value', () => {
  const token = f.crcToken('ghp_');
  const text = `line one\n  const gh = "${token}"; // deploy\n`;
  const [finding, ...rest] = scan({ path: 'src/deploy.js', text });
  assert.equal(rest.length, 0);
  assert.ok(finding);
  assert.equal(finding.scanner, 'secrets');
  assert.equal(finding.ruleId, 'github-pat');
  assert.equal(finding.severity, 'critical');
  assert.equal(finding.confidence, 'high');
  assert.deepEqual(finding.cwe, ['CWE-798']);
  assert.deepEqual(finding.location, {
    path: 'src/deploy.js',
    startLine: 2,
    startColumn: 15,
    endLine: 2,
    endColumn: 55,
  });
  assert.ok(finding.snippet.startsWith('const gh = "ghp_'), finding.snippet);
  assert.ok(finding.snippet.includes('*'), finding.snippet);
  assert.ok(!JSON.stringify(finding).includes(token.slice(4)), 'raw value leaked');
  assert.deepEqual(Object.keys(finding.properties ?? {}).sort(), ['entropy', 'secretKind', 'validated']);
  assert.equal(finding.properties?.validated, true);
  assert.match(finding.remediation, /Revoke|rotate/i);
  assert.match(finding.fingerprint, /^[0-9a-f]{32}$/);
});

test('the fingerprint follows the value, not the line: moving the secret keeps it, another value changes it', () => {
  const token = f.crcToken('ghp_');
  const a = scan({ path: 'a.js', text: `x = "${token}"` })[0];
  const b = scan({ path: 'a.js', text: `\n\n\nx = "${token}"` })[0];
  const c = scan({ path: 'a.js', text: `x = "${f.crcToken('ghp_')}"` })[0];
  assert.equal(a?.fingerprint, b?.fingerprint);
  assert.notEqual(a?.fingerprint, c?.fingerprint);
});

test('diff chunks: lineNumbers map lines of added text to real file lines', () => {
  const text = `ok\nSLACK=${f.slackBot()}`;
  const [finding] = scan({ path: '.env', text, lineNumbers: [40, 57] });
  assert.equal(finding?.location.startLine, 57);
  assert.equal(finding?.location.startColumn, 7);
});

test('multi-line private keys: location spans the block, snippet masks it', () => {
  const body = `MIIB${f.chars(`${ALNUM}+/`, 60)}\n${f.chars(`${ALNUM}+/`, 64)}`;
  const label = 'EC PRIVATE KEY';
  const text = `key:\n-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`;
  const [finding] = scan({ path: 'k.pem', text });
  assert.equal(finding?.ruleId, 'private-key-ec');
  assert.equal(finding?.location.startLine, 2);
  assert.equal(finding?.location.endLine, 5);
  assert.ok(!finding?.snippet.includes('BEGIN EC'), finding?.snippet);
  assert.ok(!JSON.stringify(finding).includes(body.slice(0, 30)));
});

test('allowed_patterns: a matching value is returned suppressed, others are not', () => {
  const allowedToken = `sk_${'test'}_${f.chars(ALNUM, 24)}`;
  const text = `A=${allowedToken}\nB=${f.crcToken('npm_')}\n`;
  const findings = scan({ path: '.env', text }, ['^sk_test_']);
  assert.equal(findings.length, 2);
  assert.deepEqual(findings[0]?.suppressed, {
    kind: 'allowed-pattern',
    reason: 'matches allowed_patterns /^sk_test_/',
  });
  assert.equal(findings[1]?.suppressed, undefined);
});

test('an invalid allowed_patterns regex is a configuration error', () => {
  assert.throws(
    () => scan({ path: '.env', text: `A=${f.crcToken('npm_')}` }, ['(unclosed']),
    (error: unknown) => error instanceof BulwarkError && error.code === 'config',
  );
});

test('test fixture paths lower the confidence one step and say so', () => {
  const text = `token = "${f.crcToken('ghp_')}"`;
  const [fixture] = scan({ path: 'test/fixtures/config.py', text });
  const [real] = scan({ path: 'app/config.py', text });
  assert.equal(real?.confidence, 'high');
  assert.equal(fixture?.confidence, 'medium');
  assert.match(fixture?.message ?? '', /test fixture/);
  const [byTrait] = scan({ path: 'x/config.py', text, traits: ['test-fixture'] });
  assert.equal(byTrait?.confidence, 'medium');
});

test('lockfiles keep prefixed rules and skip the generic ones', () => {
  const text = `{"token": "${f.chars(ALNUM, 40)}", "x": "${f.crcToken('ghp_')}"}`;
  assert.deepEqual(
    scan({ path: 'yarn.lock', text }).map((x) => x.ruleId),
    ['github-pat'],
  );
  assert.equal(scan({ path: 'config.json', text }).length, 2);
});

test('the rule set: 80+ rules, unique kebab-case ids, full metadata, every matching rule has keywords', () => {
  assert.ok(secretsScanner.rules.length >= 80, `${secretsScanner.rules.length} rules`);
  const ids = secretsScanner.rules.map((rule) => rule.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const rule of secretRules) {
    assert.match(rule.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    assert.ok(rule.title && rule.description && rule.remediation && rule.cwe.length > 0, rule.id);
    assert.ok(['critical', 'high', 'medium', 'low'].includes(rule.severity), rule.id);
    if (rule.pattern || rule.extract) assert.ok(rule.keywords.length > 0, `${rule.id} has no keywords`);
    if (rule.pattern)
      assert.ok(rule.pattern.global && rule.pattern.hasIndices, `${rule.id} pattern needs g and d flags`);
  }
  for (const meta of secretsScanner.rules) assert.ok(!('pattern' in meta) && !('extract' in meta));
});

test('pathological inputs stay linear: huge lines, repeated keywords, unterminated blocks', () => {
  const label = 'RSA PRIVATE KEY';
  const inputs: [string, string][] = [
    ['bundle.js', `x=${'token'.repeat(400_000)}`],
    ['a.env', `${'password=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa:\n'.repeat(40_000)}`],
    ['b.txt', `xoxb-${'1'.repeat(500_000)}`],
    ['c.pem', `-----BEGIN ${label}-----\n`.repeat(40_000)],
    ['d.txt', `-----END ${label}-----\n`.repeat(40_000)],
    ['e.yaml', `kind: Secret\ndata:\n${'  k: dG9rZW4=\n'.repeat(20_000)}`],
    ['f.txt', `https://a:${'b'.repeat(200)}${'://x:y'.repeat(100_000)}`],
    ['g.json', `{"type": "service_account", ${'"a": 1, '.repeat(100_000)}}`],
  ];
  for (const [path, text] of inputs) {
    const started = performance.now();
    scan({ path, text });
    const ms = performance.now() - started;
    assert.ok(ms < 1500, `${path}: ${ms.toFixed(0)} ms for ${(text.length / 1e6).toFixed(1)} MB`);
  }
});
