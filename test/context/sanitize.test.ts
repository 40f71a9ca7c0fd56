import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { classify } from '../../src/context/classify.js';
import { sanitize } from '../../src/context/sanitize.js';
import { restore } from '../../src/context/vault.js';
import { awsAccessKeyId, cardNumber, iban, password, privateKeyPem } from './fixtures.js';

const lineCount = (text: string) => text.split('\n').length;

describe('sanitize', () => {
  it('redacts by default and keeps lines and benign text', () => {
    const text = 'user alice@example.com logged in from 10.1.2.3\nnothing here\n';
    const result = sanitize(text);
    assert.equal(result.text, 'user [REDACTED:email] logged in from [REDACTED:internal-ip]\nnothing here\n');
    assert.deepEqual(
      result.replacements.map((r) => [r.kind, r.line]),
      [
        ['email', 1],
        ['internal-ip', 1],
      ],
    );
  });

  it('mask keeps length and ends; hash is stable per key and value', () => {
    const text = 'a carol@example.org b carol@example.org c dave@example.org';
    const masked = sanitize(text, { mode: 'mask' }).text;
    assert.equal(masked.length, text.length);
    assert.ok(!masked.includes('carol@example.org'));
    assert.match(masked, /^a ca\*+rg b/);
    const hashed = sanitize(text, { mode: 'hash', key: 'k1' }).text;
    const tokens = hashed.match(/\[HASH:email:[0-9a-f]{8}\]/g) ?? [];
    assert.equal(tokens.length, 3);
    assert.equal(tokens[0], tokens[1]);
    assert.notEqual(tokens[0], tokens[2]);
    assert.equal(sanitize(text, { mode: 'hash', key: 'k1' }).text, hashed);
    assert.notEqual(sanitize(text, { mode: 'hash', key: 'k2' }).text, hashed);
  });

  it('tokenize gives the same token for the same value and restores byte for byte', () => {
    const text = `x erin@example.com y erin@example.com\r\nz ${cardNumber('4', 16)}\n`;
    const result = sanitize(text, { mode: 'tokenize' });
    assert.match(result.text, /^x \[\[BLWK:email:0001\]\] y \[\[BLWK:email:0001\]\]\r\nz \[\[BLWK:card:0001\]\]\n$/);
    assert.ok(result.vault);
    assert.equal(restore(result.text, { vault: result.vault }).text, text);
  });

  it('keeps JSON parseable: strings, bare numbers and escaped PEM values', () => {
    const settings = {
      admin: 'root@corp.example.com',
      account_id: 123456789012,
      db: `postgres://svc:${password()}@db-prod-01.example.com:5432/app`,
      key: privateKeyPem(6, 'PRIVATE KEY'),
      note: 'plain text stays',
    };
    const text = JSON.stringify(settings, null, 2);
    for (const mode of ['redact', 'mask', 'hash', 'tokenize'] as const) {
      const result = sanitize(text, { mode, path: 'settings.json', key: 'k' });
      const parsed = JSON.parse(result.text) as Record<string, unknown>;
      assert.equal(parsed.note, 'plain text stays');
      assert.equal(lineCount(result.text), lineCount(text));
      for (const value of [settings.admin, settings.db, settings.key])
        assert.ok(!result.text.includes(value), `${mode}: ${value}`);
      assert.ok(!result.text.includes('123456789012'), mode);
      if (mode === 'tokenize' && result.vault) assert.equal(restore(result.text, { vault: result.vault }).text, text);
    }
  });

  it('keeps YAML parseable, quoting plain scalars a token would break', () => {
    const text = [
      'owner: frank@example.com',
      'hosts: [db.internal, cache.internal]',
      'upstream: db-prod-02.example.com:5432',
      'list:',
      '  - 10.20.30.40',
      'comment: "mail grace@example.com"',
      'key: |',
      ...privateKeyPem(4)
        .split('\n')
        .map((line) => `  ${line}`),
      'plain: stays',
      '',
    ].join('\n');
    for (const mode of ['redact', 'mask', 'hash', 'tokenize'] as const) {
      const result = sanitize(text, { mode, path: 'values.yaml', key: 'k' });
      const parsed = parseYaml(result.text) as Record<string, unknown>;
      assert.equal(parsed.plain, 'stays');
      assert.equal(typeof parsed.owner, 'string', mode);
      assert.equal((parsed.hosts as unknown[]).length, 2, mode);
      assert.equal(lineCount(result.text), lineCount(text));
      for (const value of ['frank@example.com', 'db.internal', 'db-prod-02', '10.20.30.40', 'grace@example.com']) {
        assert.ok(!result.text.includes(value), `${mode} kept ${value}`);
      }
      assert.match(result.text, /-----BEGIN RSA PRIVATE KEY-----/);
      if (mode === 'tokenize' && result.vault) {
        assert.match(result.text, /^owner: "\[\[BLWK:email:0001\]\]"$/m);
        assert.equal(restore(result.text, { vault: result.vault }).text, text);
      }
    }
  });

  it('restore leaves unknown tokens and reports them', () => {
    const first = sanitize('a@example.com', { mode: 'tokenize' });
    const result = restore('[[BLWK:email:0001]] [[BLWK:email:0042]]', { vault: first.vault ?? { entries: [] } });
    assert.equal(result.text, 'a@example.com [[BLWK:email:0042]]');
    assert.deepEqual(result.unknown, ['[[BLWK:email:0042]]']);
  });

  it('hash key from BULWARK_CONTEXT_KEY makes tokens stable across runs', () => {
    const env = { BULWARK_CONTEXT_KEY: 'team-key' };
    const one = sanitize('x@example.com', { mode: 'hash', env }).text;
    assert.equal(sanitize('x@example.com', { mode: 'hash', env }).text, one);
    assert.equal(sanitize('x@example.com', { mode: 'hash', key: 'team-key' }).text, one);
  });

  it('replaces Kubernetes Secret data values whole', () => {
    const id = awsAccessKeyId();
    const text = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ndata:\n  AWS_ACCESS_KEY_ID: ${Buffer.from(id).toString('base64')}\n  username: ${Buffer.from('admin').toString('base64')}\n`;
    const result = sanitize(text, { path: 'secret.yaml' });
    assert.ok(!result.text.includes(Buffer.from(id).toString('base64')));
    assert.ok(!result.text.includes(Buffer.from('admin').toString('base64')));
    assert.equal((parseYaml(result.text) as { metadata: { name: string } }).metadata.name, 'app');
    assert.equal(classify(text, { path: 'secret.yaml' }).level, 'never-include');
  });

  it('honours operators, allow-list and extra patterns from the policy', () => {
    const policy = {
      ai_context: {
        operators: { email: 'hash' as const, secret: 'redact' as const },
        allow: ['support@example.com', '/^10\\.0\\.0\\.\\d+$/'],
        extra_patterns: [{ name: 'employee-id', pattern: 'EMP-\\d{6}', level: 'requires-sanitisation' as const }],
      },
    };
    const text = 'ops@example.com support@example.com 10.0.0.5 10.9.9.9 EMP-123456';
    const result = sanitize(text, { policy, mode: 'redact', key: 'k' });
    assert.match(
      result.text,
      /^\[HASH:email:[0-9a-f]{8}\] support@example\.com 10\.0\.0\.5 \[REDACTED:internal-ip\] \[REDACTED:custom:employee-id\]$/,
    );
  });

  it('leaves safe text alone', () => {
    const text =
      'const version = "1.2.3.4";\nconst date = "2024-01-15";\nconst id = "550e8400-e29b-41d4-a716-446655440000";\n';
    assert.equal(sanitize(text).text, text);
    assert.equal(classify(text, { path: 'src/a.ts' }).level, 'safe');
  });
});

describe('classify', () => {
  it('grades credentials, bulk PII, globs and a few identifiers', () => {
    assert.equal(classify(`key ${awsAccessKeyId()}`).level, 'never-include');
    assert.equal(classify(privateKeyPem()).level, 'never-include');
    assert.equal(classify('contact a@example.com or b@example.com, server 10.0.0.1').level, 'requires-sanitisation');
    const five = Array.from({ length: 5 }, (_, i) => `user${i}@example.com`).join('\n');
    const bulk = classify(five);
    assert.equal(bulk.level, 'never-include');
    assert.ok(bulk.reasons.some((r) => r.kind === 'bulk-pii' && r.line === 0));
    const table = `name,iban,city\nann,${iban()},Berlin\nbob,x,Paris\ncid,y,Rome\n`;
    assert.equal(classify(table).level, 'never-include');
    assert.equal(classify(`pay ${iban()}`).level, 'requires-sanitisation');
    assert.equal(
      classify('hello', {
        path: 'docs/security/plan.md',
        policy: { ai_context: { never_include_globs: ['docs/security/**'] } },
      }).level,
      'never-include',
    );
    assert.equal(classify('hello', { path: 'certs/server.pem' }).level, 'never-include');
    assert.equal(classify('hello', { path: 'README.md' }).level, 'safe');
    const reasons = classify('x\nmail a@example.com\n').reasons;
    assert.deepEqual(
      reasons.map((r) => [r.line, r.kind, r.level]),
      [[2, 'email', 'requires-sanitisation']],
    );
  });
});
