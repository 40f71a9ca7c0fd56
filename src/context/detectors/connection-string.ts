import type { Detection } from '../types.js';
import { scanRegex } from './scan.js';

const SCHEMES =
  'postgres|postgresql|mysql|mariadb|mongodb(?:\\+srv)?|redis|rediss|amqp|amqps|mssql|sqlserver|oracle|cockroachdb|' +
  'clickhouse|cassandra|couchdb|neo4j(?:\\+s)?|bolt|ldap|ldaps|ftp|sftp|smtp|smtps|kafka|nats|memcached|jdbc:[a-z0-9]+';
/** URI form: scheme://[user[:password]@]host... up to whitespace or a quote. */
const URI = new RegExp(`(?<![\\w+.-])(?:${SCHEMES}):\\/\\/[^\\s"'\`<>]+`, 'gi');
/** Key=value;... form (ADO.NET, ODBC, Azure storage): at least two known keys joined by semicolons. */
const KEY_VALUE =
  /(?<![\w])(?:Server|Data Source|Host|Address|Addr|DefaultEndpointsProtocol|Endpoint|AccountName|Driver|Provider)\s*=[^;\n"'`]*;(?:\s*[A-Za-z][A-Za-z ]{0,30}\s*=[^;\n"'`]*;?){1,15}/g;
const PLACEHOLDER = /^(?:\$\{.*\}|\{\{.*\}\}|<.*>|\*+|x+|redacted|password|pass|changeme|\$[A-Z_]+|%\(.*\)s)$/i;
const KV_SECRET = /(?:^|;)\s*(?:password|pwd|accountkey|sharedaccesskey|access[ _]?key|secret)\s*=\s*([^;]+)/i;

function uriPassword(value: string): string | undefined {
  const authority = value.slice(value.indexOf('//') + 2).split(/[/?#]/)[0] ?? '';
  const at = authority.lastIndexOf('@');
  if (at === -1) return undefined;
  const userInfo = authority.slice(0, at);
  const colon = userInfo.indexOf(':');
  if (colon !== -1) return userInfo.slice(colon + 1);
  const query = /[?&](?:password|pwd)=([^&]+)/i.exec(value)?.[1];
  return query;
}

function withLevel(value: string, password: string | undefined): Partial<Detection> {
  const real = password !== undefined && password.length > 0 && !PLACEHOLDER.test(decodeSafe(password));
  return real
    ? { kind: 'connection-string', level: 'never-include', detail: 'connection string with a password' }
    : { kind: 'connection-string', detail: value.includes('//') ? 'connection string (host)' : 'connection string' };
}

function decodeSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * Connection strings handled whole (URI and key=value forms): with a real password they must never reach an AI;
 * without one they still name internal hosts and databases.
 */
export function detectConnectionStrings(text: string): Detection[] {
  const uris = text.includes('://')
    ? scanRegex(text, URI, (_m, value) => {
        const trimmed = value.replace(/[.,)\]}]+$/, '');
        const host = trimmed.slice(trimmed.indexOf('//') + 2);
        if (host.length === 0 || host.startsWith('/')) return undefined;
        const password = uriPassword(trimmed) ?? /[?&](?:password|pwd)=([^&]+)/i.exec(trimmed)?.[1];
        return { ...withLevel(trimmed, password), value: trimmed };
      })
    : [];
  for (const uri of uris) uri.end = uri.start + uri.value.length;
  const keyValues = text.includes(';')
    ? scanRegex(text, KEY_VALUE, (_m, value) => {
        const trimmed = value.replace(/\s+$/, '');
        return { ...withLevel(trimmed, KV_SECRET.exec(trimmed)?.[1]?.trim()), value: trimmed };
      })
    : [];
  for (const kv of keyValues) kv.end = kv.start + kv.value.length;
  return [...uris, ...keyValues];
}
