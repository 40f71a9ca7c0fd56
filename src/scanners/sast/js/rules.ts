import type { RuleMeta } from '../../../core/rule.js';
import { ACCESS, AUTH, CRYPTO, INJECTION, INTEGRITY, MISCONFIG } from '../owasp.js';
import type { SinkKind } from './values.js';

function rule(meta: Omit<RuleMeta, 'tags'>): RuleMeta {
  return { ...meta, tags: ['sast', 'javascript'] };
}

/** Rules fed by the taint engine, keyed by sink kind. */
export const TAINT_RULES: Record<SinkKind, RuleMeta> = {
  sql: rule({
    id: 'js-sql-injection',
    title: 'SQL injection',
    description: 'Untrusted input is built into SQL text, so an attacker can change the query.',
    severity: 'critical',
    confidence: 'high',
    cwe: ['CWE-89'],
    owasp: INJECTION,
    remediation:
      'Use placeholders with a values array (db.query("... WHERE id = $1", [id])) or ORM parameter binding; never concatenate input into SQL.',
  }),
  cmd: rule({
    id: 'js-command-injection',
    title: 'OS command injection',
    description: 'Untrusted input reaches a shell command, so an attacker can run arbitrary commands.',
    severity: 'critical',
    confidence: 'high',
    cwe: ['CWE-78'],
    owasp: INJECTION,
    remediation: 'Use execFile/spawn with an argument array and no shell, and allow-list the values.',
  }),
  path: rule({
    id: 'js-path-traversal',
    title: 'Path traversal',
    description: 'Untrusted input chooses a file path, so "../" can reach files outside the intended folder.',
    severity: 'high',
    confidence: 'high',
    cwe: ['CWE-22'],
    owasp: ACCESS,
    remediation:
      'Use path.basename(), or resolve against a base folder and check the result startsWith(base + path.sep).',
  }),
  xss: rule({
    id: 'js-xss',
    title: 'Cross-site scripting',
    description:
      "Untrusted input is written into HTML without escaping, so an attacker can run script in the victim's browser.",
    severity: 'high',
    confidence: 'high',
    cwe: ['CWE-79'],
    owasp: INJECTION,
    remediation:
      'Escape output for HTML (escape-html, a template engine with auto-escaping), send JSON with res.json(), or sanitise with DOMPurify.',
  }),
  ssrf: rule({
    id: 'js-ssrf',
    title: 'Server-side request forgery',
    description: 'Untrusted input chooses the URL the server requests, so an attacker can reach internal services.',
    severity: 'high',
    confidence: 'high',
    cwe: ['CWE-918'],
    owasp: ['A10:2021-Server-Side Request Forgery (SSRF)'],
    remediation:
      'Allow-list hosts (compare new URL(x).hostname with a fixed set) or keep the host constant and encode path parts.',
  }),
  redirect: rule({
    id: 'js-open-redirect',
    title: 'Open redirect',
    description:
      'Untrusted input chooses the redirect target, so links on your domain can send users to a phishing site.',
    severity: 'medium',
    confidence: 'high',
    cwe: ['CWE-601'],
    owasp: ACCESS,
    remediation: 'Redirect only to relative paths or allow-listed hosts.',
  }),
  code: rule({
    id: 'js-code-injection',
    title: 'Code injection',
    description: 'Untrusted input is evaluated as JavaScript (eval, new Function, vm, string timers).',
    severity: 'critical',
    confidence: 'high',
    cwe: ['CWE-94', 'CWE-95'],
    owasp: INJECTION,
    remediation: 'Never evaluate input; parse data with JSON.parse and dispatch through a fixed table.',
  }),
  nosql: rule({
    id: 'js-nosql-injection',
    title: 'NoSQL injection',
    description:
      'Request data reaches a MongoDB query as an object or inside $where, so operators like {"$ne": null} change the query.',
    severity: 'high',
    confidence: 'medium',
    cwe: ['CWE-943'],
    owasp: INJECTION,
    remediation:
      'Coerce values to strings (String(x)), wrap them in {$eq: x}, or strip keys starting with $ (mongo-sanitize).',
  }),
  proto: rule({
    id: 'js-prototype-pollution',
    title: 'Prototype pollution',
    description:
      'Input-controlled keys are written into nested objects (or merged recursively), so "__proto__" can change every object.',
    severity: 'high',
    confidence: 'medium',
    cwe: ['CWE-1321'],
    owasp: INJECTION,
    remediation:
      'Reject "__proto__", "constructor" and "prototype" keys, use Map or Object.create(null), or a safe merge.',
  }),
  redos: rule({
    id: 'js-redos',
    title: 'Regular expression built from input',
    description: 'Untrusted input becomes a regular expression, so a crafted pattern can block the event loop (ReDoS).',
    severity: 'medium',
    confidence: 'high',
    cwe: ['CWE-1333', 'CWE-400'],
    owasp: INJECTION,
    remediation:
      'Escape input before building a RegExp (escape-string-regexp, lodash escapeRegExp) or match with string methods.',
  }),
  xxe: rule({
    id: 'js-xxe',
    title: 'XML external entities',
    description: 'Untrusted XML is parsed with entity expansion enabled (noent: true), so it can read local files.',
    severity: 'high',
    confidence: 'high',
    cwe: ['CWE-611'],
    owasp: MISCONFIG,
    remediation: 'Parse with noent: false (the default) and no DTD loading.',
  }),
  ldap: rule({
    id: 'js-ldap-injection',
    title: 'LDAP injection',
    description: 'Untrusted input is built into an LDAP filter, so an attacker can change the search.',
    severity: 'high',
    confidence: 'high',
    cwe: ['CWE-90'],
    owasp: INJECTION,
    remediation: 'Escape filter values (ldap-escape filter``) or build filters with ldapjs filter objects.',
  }),
  xpath: rule({
    id: 'js-xpath-injection',
    title: 'XPath injection',
    description: 'Untrusted input is built into an XPath expression, so an attacker can read other nodes.',
    severity: 'high',
    confidence: 'high',
    cwe: ['CWE-643'],
    owasp: INJECTION,
    remediation: 'Use XPath variables or allow-list the values.',
  }),
  deser: rule({
    id: 'js-unsafe-deserialization',
    title: 'Unsafe deserialisation',
    description:
      'Untrusted data is deserialised with a library that can run code (node-serialize, funcster, js-yaml unsafe schema).',
    severity: 'critical',
    confidence: 'high',
    cwe: ['CWE-502'],
    owasp: INTEGRITY,
    remediation: 'Use JSON.parse, or js-yaml load() with the default safe schema.',
  }),
  trust: rule({
    id: 'js-trust-boundary',
    title: 'Trust boundary violation',
    description: 'Unvalidated request data is stored in the session, where later code treats it as trusted.',
    severity: 'medium',
    confidence: 'medium',
    cwe: ['CWE-501'],
    owasp: ['A04:2021-Insecure Design'],
    remediation: 'Validate input before storing it in the session.',
  }),
  log: rule({
    id: 'js-log-injection',
    title: 'Log injection',
    description: 'Untrusted input is logged as is, so line breaks can forge log entries.',
    severity: 'low',
    confidence: 'medium',
    cwe: ['CWE-117'],
    owasp: ['A09:2021-Security Logging and Monitoring Failures'],
    remediation: 'Strip CR/LF (x.replace(/[\\r\\n]/g, "")) or log structured JSON.',
  }),
};

/** Rules found by looking at one call or literal (no data flow). */
export const PATTERN_RULES = {
  weakPasswordHash: rule({
    id: 'js-weak-password-hash',
    title: 'Weak password hashing',
    description: 'Passwords are hashed with MD5/SHA-1 (fast, unsalted), so leaked hashes are cracked quickly.',
    severity: 'high',
    confidence: 'medium',
    cwe: ['CWE-328', 'CWE-916'],
    owasp: CRYPTO,
    remediation: 'Use bcrypt, scrypt (crypto.scrypt) or argon2 for passwords.',
  }),
  insecureRandom: rule({
    id: 'js-insecure-randomness',
    title: 'Insecure randomness for a secret value',
    description: 'Math.random() is predictable; tokens, ids and secrets built from it can be guessed.',
    severity: 'medium',
    confidence: 'medium',
    cwe: ['CWE-330', 'CWE-338'],
    owasp: CRYPTO,
    remediation: 'Use crypto.randomBytes(), crypto.randomUUID() or crypto.randomInt().',
  }),
  weakCipher: rule({
    id: 'js-weak-cipher',
    title: 'Weak cipher, mode or IV',
    description: 'A broken algorithm (DES, RC4), ECB mode, the IV-less createCipher, or a constant IV is used.',
    severity: 'high',
    confidence: 'high',
    cwe: ['CWE-327', 'CWE-329'],
    owasp: CRYPTO,
    remediation: 'Use aes-256-gcm with crypto.randomBytes(12) as IV for every message.',
  }),
  tlsDisabled: rule({
    id: 'js-tls-verification-disabled',
    title: 'TLS certificate verification disabled',
    description:
      'rejectUnauthorized: false or NODE_TLS_REJECT_UNAUTHORIZED=0 accepts any certificate (man-in-the-middle).',
    severity: 'high',
    confidence: 'high',
    cwe: ['CWE-295'],
    owasp: CRYPTO,
    remediation: 'Keep verification on; add a private CA with the ca option instead.',
  }),
  jwtUnverified: rule({
    id: 'js-jwt-not-verified',
    title: 'JWT not verified',
    description: 'A JWT is decoded without checking its signature, or the "none" algorithm is allowed.',
    severity: 'high',
    confidence: 'medium',
    cwe: ['CWE-347'],
    owasp: AUTH,
    remediation:
      'Use jwt.verify(token, key, { algorithms: ["HS256"] }) (or your real algorithm), never jwt.decode for authentication.',
  }),
  insecureCookie: rule({
    id: 'js-insecure-cookie',
    title: 'Session cookie without HttpOnly/Secure',
    description:
      'A session-like cookie is set with httpOnly: false or secure: false, so scripts or plain HTTP can read it.',
    severity: 'medium',
    confidence: 'high',
    cwe: ['CWE-614', 'CWE-1004'],
    owasp: MISCONFIG,
    remediation: 'Set httpOnly: true, secure: true and sameSite on session cookies.',
  }),
  corsCredentials: rule({
    id: 'js-cors-credentials-wildcard',
    title: 'CORS allows any origin with credentials',
    description:
      'Any (or the reflected) origin is allowed together with credentials, so any site can make authenticated requests.',
    severity: 'high',
    confidence: 'high',
    cwe: ['CWE-942'],
    owasp: MISCONFIG,
    remediation: 'Allow-list origins explicitly when credentials are enabled.',
  }),
  hardcodedCredentials: rule({
    id: 'js-hardcoded-credentials',
    title: 'Hard-coded credential',
    description: 'A password or secret is written in the source (often a placeholder that reaches production).',
    severity: 'high',
    confidence: 'medium',
    cwe: ['CWE-798'],
    owasp: AUTH,
    remediation: 'Read secrets from the environment or a secret manager and fail when they are missing.',
  }),
} satisfies Record<string, RuleMeta>;

export const jsRules: RuleMeta[] = [...Object.values(TAINT_RULES), ...Object.values(PATTERN_RULES)];
