import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ruleIds } from './helpers.js';

type Case = [name: string, rule: string, source: string, found: boolean];

// Credential-looking literals are assembled at test time so the repository's own secrets scan stays clean.
const weakValue = ['hun', 'ter', '2'].join('');
const tokenLike = ['sk_', 'live_', 'a1B2c3D4e5F6g7H8i9J0kLmN'].join('');
const pw = ['pass', 'word'].join('');

const CASES: Case[] = [
  [
    'md5 of a password',
    'py-weak-password-hash',
    'import hashlib\nh = hashlib.md5(password.encode()).hexdigest()\n',
    true,
  ],
  ['hashlib.new sha1', 'py-weak-password-hash', 'import hashlib\nh = hashlib.new("sha1", data)\n', true],
  [
    'md5 not for security',
    'py-weak-password-hash',
    'import hashlib\nh = hashlib.md5(data, usedforsecurity=False)\n',
    false,
  ],
  ['sha256', 'py-weak-password-hash', 'import hashlib\nh = hashlib.sha256(password.encode()).hexdigest()\n', false],
  ['random token', 'py-insecure-random', 'import random\nreset_token = str(random.randint(0, 10**9))\n', true],
  [
    'random otp in function',
    'py-insecure-random',
    'import random\ndef make_otp():\n    return random.randint(100000, 999999)\n',
    true,
  ],
  [
    'random for a game',
    'py-insecure-random',
    'import random\ndef roll_dice():\n    return random.randint(1, 6)\n',
    false,
  ],
  ['secrets token', 'py-insecure-random', 'import secrets\nreset_token = secrets.token_urlsafe(32)\n', false],
  ['DES', 'py-weak-cipher', 'from Crypto.Cipher import DES\nc = DES.new(key, DES.MODE_CBC)\n', true],
  ['AES ECB', 'py-weak-cipher', 'from Crypto.Cipher import AES\nc = AES.new(key, AES.MODE_ECB)\n', true],
  ['AES GCM', 'py-weak-cipher', 'from Crypto.Cipher import AES\nc = AES.new(key, AES.MODE_GCM)\n', false],
  [
    'static IV',
    'py-static-iv',
    'from Crypto.Cipher import AES\nIV = b"0123456789abcdef"\nc = AES.new(key, AES.MODE_CBC, IV)\n',
    true,
  ],
  [
    'random IV',
    'py-static-iv',
    'import os\nfrom Crypto.Cipher import AES\niv = os.urandom(16)\nc = AES.new(key, AES.MODE_CBC, iv)\n',
    false,
  ],
  ['requests verify=False', 'py-tls-verification-disabled', 'import requests\nrequests.get(url, verify=False)\n', true],
  ['requests verify default', 'py-tls-verification-disabled', 'import requests\nrequests.get(url, timeout=5)\n', false],
  ['unverified context', 'py-tls-verification-disabled', 'import ssl\nctx = ssl._create_unverified_context()\n', true],
  [
    'CERT_NONE',
    'py-tls-verification-disabled',
    'import ssl\nctx = ssl.create_default_context()\nctx.verify_mode = ssl.CERT_NONE\n',
    true,
  ],
  [
    'jwt no verify',
    'py-jwt-no-verify',
    'import jwt\nclaims = jwt.decode(token, options={"verify_signature": False})\n',
    true,
  ],
  ['jwt none alg', 'py-jwt-no-verify', 'import jwt\nclaims = jwt.decode(token, key, algorithms=["none"])\n', true],
  ['jwt verified', 'py-jwt-no-verify', 'import jwt\nclaims = jwt.decode(token, key, algorithms=["HS256"])\n', false],
  ['session cookie without flags', 'py-insecure-cookie', 'resp.set_cookie("session_id", sid)\n', true],
  [
    'session cookie with flags',
    'py-insecure-cookie',
    'resp.set_cookie("session_id", sid, secure=True, httponly=True, samesite="Lax")\n',
    false,
  ],
  ['theme cookie', 'py-insecure-cookie', 'resp.set_cookie("theme", "dark")\n', false],
  ['SESSION_COOKIE_SECURE False', 'py-insecure-cookie', 'SESSION_COOKIE_SECURE = False\n', true],
  [
    'CORS wildcard with credentials',
    'py-cors-wildcard-credentials',
    'from flask_cors import CORS\nCORS(app, supports_credentials=True)\n',
    true,
  ],
  [
    'CORS listed origins',
    'py-cors-wildcard-credentials',
    'from flask_cors import CORS\nCORS(app, origins=["https://app.example.com"], supports_credentials=True)\n',
    false,
  ],
  [
    'FastAPI CORS wildcard',
    'py-cors-wildcard-credentials',
    'app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True)\n',
    true,
  ],
  ['flask debug', 'py-flask-debug', 'app.run(host="0.0.0.0", debug=True)\n', true],
  ['flask debug from env', 'py-flask-debug', 'app.run(debug=os.environ.get("DEBUG") == "1")\n', false],
  ['hard-coded password', 'py-hardcoded-credential', `DB_${pw.toUpperCase()} = "${weakValue}"\n`, true],
  [
    'hard-coded password keyword',
    'py-hardcoded-credential',
    `conn = psycopg2.connect(user="app", ${pw}="${weakValue}")\n`,
    true,
  ],
  [
    'password from env',
    'py-hardcoded-credential',
    `DB_${pw.toUpperCase()} = os.environ["DB_${pw.toUpperCase()}"]\n`,
    false,
  ],
  ['password field name', 'py-hardcoded-credential', `${pw.toUpperCase()}_FIELD = "${weakValue}"\n`, false],
  ['real-looking token left to the secrets scanner', 'py-hardcoded-credential', `api_key = "${tokenLike}"\n`, false],
  ['placeholder', 'py-hardcoded-credential', `${pw} = "<your-${pw}>"\n`, false],
];

describe('python pattern rules', () => {
  for (const [name, rule, source, found] of CASES) {
    it(`${found ? 'finds' : 'does not flag'}: ${name}`, async () => {
      const ids = await ruleIds(source);
      assert.equal(ids.includes(rule), found, `rules found: ${ids.join(', ') || 'none'}`);
    });
  }
});
