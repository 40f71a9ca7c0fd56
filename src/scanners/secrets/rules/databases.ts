import { isRegexSpace, NO_CHAR } from '../chars.js';
import { secretRule } from '../define.js';
import type { HitCodes, RawMatch, RuleInput, SecretRule } from '../rule-types.js';
import { isEnvironmentLookup, isPlaceholder, isTemplated, shannonEntropy } from '../values.js';

const URI_CREDENTIALS =
  /(?<![A-Za-z0-9+.-])([A-Za-z][A-Za-z0-9+.-]{1,20}):\/\/([^\s:/@'"`<>(){}\\]{0,128}):([^\s@'"`<>/\\]{1,256})@(?=[A-Za-z0-9[_.-])/dg;
const JDBC_PASSWORD = /jdbc:[a-z0-9]+:[^\s'"`]{0,300}?[;?&]password=([^;&\s'"`]{1,256})/dgi;

/** Documentation hosts (RFC 2606): credentials there are examples. */
const EXAMPLE_HOST = /^[^/?#\s]*\b(?:example\.(?:com|org|net)|[\w-]+\.example|[\w-]+\.test|[\w-]+\.invalid)(?![\w.-])/i;

const SCHEME_RULES: Record<string, string> = {
  postgres: 'postgres-uri-password',
  postgresql: 'postgres-uri-password',
  mysql: 'mysql-uri-password',
  mysqlx: 'mysql-uri-password',
  mariadb: 'mysql-uri-password',
  mongodb: 'mongodb-uri-password',
  'mongodb+srv': 'mongodb-uri-password',
  redis: 'redis-uri-password',
  rediss: 'redis-uri-password',
  amqp: 'amqp-uri-password',
  amqps: 'amqp-uri-password',
  mssql: 'mssql-uri-password',
  sqlserver: 'mssql-uri-password',
};

const WEAK_PASSWORDS = new Set([
  'password',
  'pass',
  'passwd',
  'pwd',
  'secret',
  'changeme',
  'user',
  'username',
  'admin',
  'root',
  'guest',
  'test',
  'example',
  'postgres',
  'mysql',
  'redis',
  'mongo',
  'sa',
  'token',
  'x-oauth-basic',
  'foo',
  'bar',
  'baz',
]);

/** A password in a URI is a finding unless it is a template, a placeholder or a well-known default. */
export function isRealUriPassword(user: string, password: string): boolean {
  const plain = password.toLowerCase();
  if (plain === user.toLowerCase() || WEAK_PASSWORDS.has(plain) || /^[*x.•]+$/i.test(password)) return false;
  if (isTemplated(password) || isEnvironmentLookup(password) || isPlaceholder(password)) return false;
  if (/^[:%$]|%s|\{|\}|^\$|^<|^\[/.test(password)) return false;
  return password.length >= 3;
}

function confidenceOf(password: string): 'high' | 'medium' | 'low' {
  if (password.length >= 12 && shannonEntropy(password) >= 3.3) return 'high';
  return password.length >= 8 ? 'medium' : 'low';
}

function uriPasswords({ window, windowStart }: RuleInput): RawMatch[] {
  const found: RawMatch[] = [];
  // Credentials in a URI end with '@': most lines with a URL have none, and need no regex.
  const uris = window.includes('@') ? window.matchAll(URI_CREDENTIALS) : [];
  for (const m of uris) {
    const [, scheme = '', user = '', password = ''] = m;
    const start = m.indices?.[3]?.[0];
    if (start === undefined || !isRealUriPassword(user, password)) continue;
    const ruleId = SCHEME_RULES[scheme.toLowerCase()] ?? 'url-basic-auth';
    const host = window.slice(m.index + m[0].length, m.index + m[0].length + 80);
    if (EXAMPLE_HOST.test(host) || (ruleId === 'url-basic-auth' && password.length < 6)) continue;
    found.push({
      start: windowStart + start,
      end: windowStart + start + password.length,
      value: password,
      ruleId,
      confidence: confidenceOf(password),
    });
  }
  JDBC_PASSWORD.lastIndex = 0;
  for (let m = JDBC_PASSWORD.exec(window); m !== null; m = JDBC_PASSWORD.exec(window)) {
    const password = m[1] ?? '';
    const start = m.indices?.[1]?.[0];
    if (start === undefined || !isRealUriPassword('', password)) continue;
    found.push({
      start: windowStart + start,
      end: windowStart + start + password.length,
      value: password,
      ruleId: 'jdbc-password',
      confidence: confidenceOf(password),
    });
  }
  return found;
}

/**
 * Characters after `://` that end a URI's user and password parts: a subset of those URI_CREDENTIALS excludes, without
 * 0xA0 (part of a character in UTF-8 bytes).
 */
function endsCredentials(code: number): boolean {
  // the end of the text, quotes, backtick, < > / \
  if (code === NO_CHAR || code === 34 || code === 39 || code === 96 || code === 60 || code === 62) return true;
  return code === 47 || code === 92 || (code !== 0xa0 && isRegexSpace(code));
}

/** The longest `user:password` URI_CREDENTIALS reads: 128 + 1 + 256 characters. */
const CREDENTIALS_REACH = 385;

/** A `://` hit can hold credentials only if an `@` follows before the URI's user and password parts end. */
function mayHoldCredentialsAt(codes: HitCodes, hit: number, keyword: string): boolean {
  if (keyword !== '://') return true;
  for (let i = hit + 3, end = i + CREDENTIALS_REACH; i <= end; i++) {
    const code = codes[i] ?? NO_CHAR;
    if (code === 64) return true;
    if (endsCredentials(code)) return false;
  }
  return false;
}

function uriRule(id: string, kind: string, service: string, keywords: string[] = []): SecretRule {
  return secretRule({
    id,
    title: `Password in a ${kind}`,
    kind: `${kind} password`,
    service,
    description: `A ${kind} carries its password in plain text. Anyone who reads it can connect to ${service} with that account.`,
    revoke: `change the password of that ${service} user and update every client`,
    keywords,
    extract: keywords.length > 0 ? uriPasswords : undefined,
    mayMatchAt: keywords.length > 0 ? mayHoldCredentialsAt : undefined,
    precision: 'contextual',
    severity: 'critical',
  });
}

/** Connection strings: the finding is the password inside the URI. */
export const databaseRules: SecretRule[] = [
  // One extractor (on `://` and `jdbc:`) reports under the rule of the URI's scheme.
  {
    ...uriRule('url-basic-auth', 'URL with basic-auth credentials', 'the service', ['://', 'jdbc:']),
    severity: 'high',
  },
  uriRule('postgres-uri-password', 'PostgreSQL connection URI', 'the PostgreSQL database'),
  uriRule('mysql-uri-password', 'MySQL connection URI', 'the MySQL database'),
  uriRule('mongodb-uri-password', 'MongoDB connection URI', 'the MongoDB database'),
  uriRule('redis-uri-password', 'Redis connection URI', 'the Redis server'),
  uriRule('amqp-uri-password', 'AMQP (RabbitMQ) connection URI', 'the message broker'),
  uriRule('mssql-uri-password', 'SQL Server connection URI', 'the SQL Server database'),
  uriRule('jdbc-password', 'JDBC connection string', 'the database'),
];
