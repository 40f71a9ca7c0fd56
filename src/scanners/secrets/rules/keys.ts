import type { Severity } from '../../../core/finding.js';
import { isPlausiblePemBody, isValidJwt } from '../checksums.js';
import { secretRule, token } from '../define.js';
import type { RawMatch, RuleInput, SecretRule } from '../rule-types.js';

const PEM_HEADER = /^-----BEGIN ([A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?)-----/;
/** The longest header PEM_HEADER matches. */
const PEM_HEADER_MAX = 80;
const MAX_BLOCK = 64 * 1024;

const RULE_BY_LABEL: Record<string, string> = {
  'RSA PRIVATE KEY': 'private-key-rsa',
  'EC PRIVATE KEY': 'private-key-ec',
  'DSA PRIVATE KEY': 'private-key-dsa',
  'OPENSSH PRIVATE KEY': 'private-key-openssh',
  'PRIVATE KEY': 'private-key-pkcs8',
  'ENCRYPTED PRIVATE KEY': 'private-key-encrypted',
  'PGP PRIVATE KEY BLOCK': 'pgp-private-key',
};

/**
 * The PEM block whose BEGIN line holds the hit, reported under the rule of its label. The body holds no `-----`,
 * so the next `-----` must start the matching END line: linear even for thousands of unterminated headers.
 */
function pemBlocks({ text, hit, windowStart }: RuleInput): RawMatch[] {
  const from = Math.max(windowStart, hit - 60);
  const headerAt = text.slice(from, hit).lastIndexOf('-----BEGIN ');
  if (headerAt === -1) return [];
  const begin = from + headerAt;
  const header = PEM_HEADER.exec(text.slice(begin, begin + PEM_HEADER_MAX));
  const label = header?.[1];
  if (!header || label === undefined) return [];
  const footer = `-----END ${label}-----`;
  const end = text.indexOf('-----', begin + header[0].length);
  if (end === -1 || end - begin > MAX_BLOCK || !text.startsWith(footer, end)) return [];
  const value = text.slice(begin, end + footer.length);
  return [{ start: begin, end: end + footer.length, value, ruleId: RULE_BY_LABEL[label] ?? 'private-key-other' }];
}

/** PEM rules share one extractor (on the first rule); the others carry the metadata of their label. */
function pemRule(id: string, kind: string, severity: Severity = 'critical') {
  return secretRule({
    id,
    title: `${kind[0]?.toUpperCase()}${kind.slice(1)}`,
    kind,
    service: 'server, signing or SSH',
    description: `A ${kind} is stored in the repository. Whoever holds it can impersonate the server, user or signer it belongs to and decrypt traffic or data protected by it.`,
    revoke:
      'generate a new key pair, deploy the new public key or certificate, and remove the old one from authorized_keys, the certificate authority or the key server',
    keywords: id === 'private-key-rsa' ? ['private key-----', 'private key block-----'] : [],
    extract: id === 'private-key-rsa' ? pemBlocks : undefined,
    validate: (block) => isPlausiblePemBody(block),
    cwe: ['CWE-321', 'CWE-798'],
    priority: 40,
    severity,
  });
}

function puttyKeys({ text, hit }: RuleInput): RawMatch[] {
  const begin = text.lastIndexOf('PuTTY-User-Key-File-', hit + 1);
  if (begin === -1 || begin < hit - 1) return [];
  const macAt = text.slice(begin, begin + MAX_BLOCK).indexOf('Private-MAC:');
  if (macAt === -1) return [];
  const mac = begin + macAt;
  let end = text.indexOf('\n', mac);
  if (end === -1) end = text.length;
  const value = text.slice(begin, end).trimEnd();
  return /Private-Lines:\s*\d+\s*\r?\n[A-Za-z0-9+/=\s]{40,}/.test(value)
    ? [{ start: begin, end: begin + value.length, value }]
    : [];
}

/** Private keys in every PEM, OpenSSH, PGP and PuTTY form, age keys and JWTs. */
export const keyRules: SecretRule[] = [
  pemRule('private-key-rsa', 'RSA private key'),
  pemRule('private-key-ec', 'EC private key'),
  pemRule('private-key-dsa', 'DSA private key'),
  pemRule('private-key-openssh', 'OpenSSH private key'),
  pemRule('private-key-pkcs8', 'PKCS#8 private key'),
  pemRule('private-key-encrypted', 'encrypted private key', 'high'),
  pemRule('pgp-private-key', 'PGP private key block'),
  pemRule('private-key-other', 'private key'),
  secretRule({
    id: 'putty-private-key',
    title: 'PuTTY private key',
    kind: 'PuTTY private key',
    service: 'SSH',
    revoke: 'generate a new key pair with PuTTYgen and remove the old public key from authorized_keys',
    keywords: ['putty-user-key-file-'],
    extract: puttyKeys,
    cwe: ['CWE-321', 'CWE-798'],
    priority: 40,
    severity: 'critical',
  }),
  secretRule({
    id: 'ssh2-private-key',
    title: 'SSH2 (RFC 4716) private key',
    kind: 'SSH2 private key',
    service: 'SSH',
    revoke: 'generate a new key pair and remove the old public key from authorized_keys',
    keywords: ['begin ssh2 encrypted private key'],
    pattern: /(---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----[\s\S]{64,8000}?---- END SSH2 ENCRYPTED PRIVATE KEY ----)/dg,
    cwe: ['CWE-321', 'CWE-798'],
    priority: 40,
  }),
  secretRule({
    id: 'age-secret-key',
    title: 'age secret key',
    kind: 'age secret key',
    service: 'age (file encryption)',
    revoke: 'generate a new identity with age-keygen and re-encrypt the files to the new recipient',
    keywords: ['age-secret-key-1'],
    pattern: token('AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}'),
    cwe: ['CWE-321'],
    severity: 'critical',
  }),
  secretRule({
    id: 'jwt',
    title: 'JSON Web Token',
    kind: 'JSON Web Token',
    service: 'application',
    description:
      'A signed JSON Web Token is stored in plain text. Until it expires it lets anyone call the API as the subject it was issued to.',
    revoke: 'invalidate the session or rotate the signing key if the token does not expire soon',
    exactKeywords: ['eyJ'],
    keywordStartsToken: true,
    pattern: token('eyJ[A-Za-z0-9_-]{8,}\\.ey[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]*'),
    validate: isValidJwt,
    severity: 'medium',
    confidence: 'medium',
    cwe: ['CWE-522', 'CWE-798'],
    priority: 25,
  }),
];
