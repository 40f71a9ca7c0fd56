import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it, test } from 'node:test';
import { ruleIds, scan } from './helpers.js';

const count = (source: string, rule: string) => ruleIds(scan(source)).filter((id) => id === rule).length;
// Built at test time so the repository's own secrets scan never sees a literal credential.
const weakPassword = ['hun', 'ter', '2024'].join('');
const realToken = `sk_live_${randomBytes(18).toString('hex')}`;

describe('pattern rules', () => {
  it('weak password hashing only near passwords', () => {
    assert.equal(
      count(
        "const crypto = require('crypto');\nfunction hashPassword(pw) { return crypto.createHash('md5').update(pw).digest('hex'); }",
        'js-weak-password-hash',
      ),
      1,
    );
    assert.equal(
      count(
        "const crypto = require('crypto');\nfunction etag(body) { return crypto.createHash('md5').update(body).digest('hex'); }",
        'js-weak-password-hash',
      ),
      0,
    );
  });
  it('Math.random for tokens but not for colours', () => {
    assert.equal(count('const resetToken = Math.random().toString(36).slice(2);', 'js-insecure-randomness'), 1);
    assert.equal(
      count('function makeSessionId() { return String(Math.random()).slice(2); }', 'js-insecure-randomness'),
      1,
    );
    assert.equal(count('const color = COLORS[Math.floor(Math.random() * 3)];', 'js-insecure-randomness'), 0);
  });
  it('weak ciphers, ECB and constant IVs', () => {
    assert.equal(count("crypto.createCipheriv('des-ede3-cbc', key, iv);", 'js-weak-cipher'), 1);
    assert.equal(count("crypto.createCipheriv('aes-128-ecb', key, null);", 'js-weak-cipher'), 1);
    assert.equal(
      count("const IV = Buffer.alloc(16, 0);\ncrypto.createCipheriv('aes-256-cbc', key, IV);", 'js-weak-cipher'),
      1,
    );
    assert.equal(
      count("const iv = crypto.randomBytes(12);\ncrypto.createCipheriv('aes-256-gcm', key, iv);", 'js-weak-cipher'),
      0,
    );
  });
  it('TLS verification off', () => {
    assert.equal(
      count('const agent = new https.Agent({ rejectUnauthorized: false });', 'js-tls-verification-disabled'),
      1,
    );
    assert.equal(count("process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';", 'js-tls-verification-disabled'), 1);
    assert.equal(
      count('const agent = new https.Agent({ rejectUnauthorized: true, ca });', 'js-tls-verification-disabled'),
      0,
    );
  });
  it('JWT decode without verify and the none algorithm', () => {
    assert.equal(
      count(
        "function auth(req) { const user = jwt.decode(req.headers.authorization); return user.role === 'admin'; }",
        'js-jwt-not-verified',
      ),
      1,
    );
    assert.equal(
      count("function auth(t) { return jwt.verify(t, key, { algorithms: ['none'] }); }", 'js-jwt-not-verified'),
      1,
    );
    assert.equal(
      count(
        "function auth(t) { const { header } = jwt.decode(t, { complete: true }); return jwt.verify(t, keys[header.kid], { algorithms: ['RS256'] }); }",
        'js-jwt-not-verified',
      ),
      0,
    );
  });
  it('insecure session cookies', () => {
    assert.equal(count("res.cookie('session_id', sid, { httpOnly: false });", 'js-insecure-cookie'), 1);
    assert.equal(
      count('app.use(session({ secret: process.env.S, cookie: { secure: false } }));', 'js-insecure-cookie'),
      1,
    );
    assert.equal(count("res.cookie('theme', 'dark', { httpOnly: false });", 'js-insecure-cookie'), 0);
  });
  it('CORS any origin with credentials', () => {
    assert.equal(count("app.use(cors({ origin: '*', credentials: true }));", 'js-cors-credentials-wildcard'), 1);
    assert.equal(
      count(
        "app.use((req, res, next) => { res.setHeader('Access-Control-Allow-Origin', req.headers.origin); res.setHeader('Access-Control-Allow-Credentials', 'true'); next(); });",
        'js-cors-credentials-wildcard',
      ),
      1,
    );
    assert.equal(
      count(
        "app.use(cors({ origin: ['https://app.example.com'], credentials: true }));",
        'js-cors-credentials-wildcard',
      ),
      0,
    );
  });
  it('hard-coded credentials, but not real tokens (secrets scanner) or labels', () => {
    assert.equal(count(`const dbPassword = '${weakPassword}';`, 'js-hardcoded-credentials'), 1);
    assert.equal(
      count(`const JWT_SECRET = process.env.JWT_SECRET || '${weakPassword}';`, 'js-hardcoded-credentials'),
      1,
    );
    assert.equal(count(`const apiKey = '${realToken}';`, 'js-hardcoded-credentials'), 0);
    assert.equal(count("const passwordLabel = 'Enter your password:';", 'js-hardcoded-credentials'), 0);
    assert.equal(count('const dbPassword = process.env.DB_PASSWORD;', 'js-hardcoded-credentials'), 0);
  });
});

test('enum-like literals under secret-named keys are not hard-coded credentials', async () => {
  const { scanJsFile } = await import('../../../../src/scanners/sast/js/index.js');
  const source = [
    "const levels = { 'k8s-secret-data': 'never-include', token: 'read-only' };",
    "const operators = { secret: 'redact' as const };",
    `const config = { password: '${['hun', 'ter2'].join('')}' };`,
  ].join('\n');
  const found = scanJsFile('src/levels.ts', source, { skip() {} }).filter(
    (f) => f.ruleId === 'js-hardcoded-credentials',
  );
  assert.deepEqual(
    found.map((f) => f.location.startLine),
    [3],
  );
});
