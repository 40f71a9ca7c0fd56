import { ALL_KINDS, type SinkKind } from './values.js';

export type Clearing = readonly SinkKind[] | 'all';

const URL_SAFE: readonly SinkKind[] = ['ssrf', 'redirect', 'xss', 'path', 'nosql', 'log'];

/** Functions (by qualified or dotted name) that make a value safe for some sinks. */
const BY_NAME: Record<string, Clearing> = {
  Number: 'all',
  parseInt: 'all',
  parseFloat: 'all',
  Boolean: 'all',
  BigInt: 'all',
  'Number.parseInt': 'all',
  'Number.parseFloat': 'all',
  'Number.isInteger': 'all',
  'Math.floor': 'all',
  'Math.round': 'all',
  'Math.abs': 'all',
  'Math.min': 'all',
  'Math.max': 'all',
  'Math.ceil': 'all',
  'Date.parse': 'all',
  'crypto.randomUUID': 'all',
  encodeURIComponent: URL_SAFE,
  encodeURI: ['xss', 'nosql', 'log'],
  'querystring.escape': URL_SAFE,
  'path.basename': ['path', 'nosql'],
  basename: ['path', 'nosql'],
  'sanitize-filename': ['path', 'cmd', 'nosql'],
  'escape-html': ['xss', 'nosql'],
  'he.encode': ['xss', 'nosql'],
  'he.escape': ['xss', 'nosql'],
  'validator.escape': ['xss', 'nosql'],
  'lodash.escape': ['xss', 'nosql'],
  '_.escape': ['xss', 'nosql'],
  'DOMPurify.sanitize': ['xss', 'nosql'],
  'purify.sanitize': ['xss', 'nosql'],
  'sanitize-html': ['xss', 'nosql'],
  xss: ['xss', 'nosql'],
  filterXSS: ['xss', 'nosql'],
  'xss.filterXSS': ['xss', 'nosql'],
  'sqlstring.escape': ['sql', 'nosql'],
  'SqlString.escape': ['sql', 'nosql'],
  'mysql.escape': ['sql', 'nosql'],
  'mysql2.escape': ['sql', 'nosql'],
  'mysql.format': ['sql'],
  'mysql2.format': ['sql'],
  'sqlstring.format': ['sql'],
  'pg-format': ['sql'],
  'shell-quote.quote': ['cmd'],
  'shell-escape': ['cmd'],
  shellescape: ['cmd'],
  'escape-string-regexp': ['redos'],
  'lodash.escapeRegExp': ['redos'],
  '_.escapeRegExp': ['redos'],
  'RegExp.escape': ['redos'],
  'mongo-sanitize': ['nosql'],
  'express-mongo-sanitize.sanitize': ['nosql'],
  'ldap-escape.filter': ['ldap'],
  'ldap-escape.dn': ['ldap'],
  String: ['nosql'],
  'JSON.stringify': ['nosql', 'log'],
};

/** Methods on any receiver that sanitise (receiver text decides for `escape`). */
const BY_METHOD = new Map<string, Clearing>([
  ['escapeLiteral', ['sql', 'nosql']],
  ['escapeIdentifier', ['sql', 'nosql']],
  ['escapeId', ['sql', 'nosql']],
  ['toString', ['nosql']],
  ['valueOf', ['nosql']],
]);

const KEYWORDS: [RegExp, SinkKind[]][] = [
  [/html|xss|entit|dom/i, ['xss']],
  [/sql|literal|identifier/i, ['sql']],
  [/shell|arg|cmd|command/i, ['cmd']],
  [/path|file/i, ['path']],
  [/reg(ex|exp)/i, ['redos']],
  [/ldap/i, ['ldap']],
  [/xpath|xml/i, ['xpath']],
  [/ur[li]|redirect/i, ['redirect', 'ssrf', 'xss']],
  [/mongo|nosql/i, ['nosql']],
  [/log/i, ['log']],
];

/** Kinds a function named like a sanitiser (`escapeHtml`, `sanitizeFilename`) clears, judged by its name. */
export function clearingFromName(name: string, receiver?: string): Clearing | undefined {
  if (!/escape|saniti[sz]e|encode|quote|purify|clean/i.test(name) || /^(un|de)/i.test(name)) return undefined;
  const subject = receiver && name === 'escape' ? `${receiver}.${name}` : name;
  const kinds = new Set<SinkKind>(['nosql']);
  if (name === 'escape' && receiver && /mysql|sql|conn|pool|db|client/i.test(receiver)) kinds.add('sql');
  for (const [pattern, found] of KEYWORDS) if (pattern.test(subject)) for (const kind of found) kinds.add(kind);
  if (kinds.size === 1) kinds.add('xss');
  return [...kinds];
}

export function clearingFor(
  qualified: string | undefined,
  dotted: string | undefined,
  method: string,
  receiver?: string,
): Clearing | undefined {
  for (const name of [qualified, dotted]) if (name && Object.hasOwn(BY_NAME, name)) return BY_NAME[name];
  const byMethod = BY_METHOD.get(method);
  if (byMethod) return byMethod;
  if (qualified?.startsWith('Math.')) return 'all';
  if (qualified === 'pg-format' || qualified === 'pg-format.literal') return ['sql'];
  return clearingFromName(method, receiver);
}

function regexClass(pattern: string): string | undefined {
  const match = /^\[(\^?)((?:\\.|[^\]\\])*)\][+*]?$/.exec(pattern);
  return match ? `${match[1]}${match[2]}` : undefined;
}

/** What `x.replace(/pattern/g, replacement)` makes safe. */
export function clearingFromReplace(
  pattern: string,
  flags: string,
  replacement: string | undefined,
): Clearing | undefined {
  if (!flags.includes('g')) return undefined;
  const kinds = new Set<SinkKind>();
  if (replacement === '\\$&') kinds.add('redos');
  if (/\\r|\\n/.test(pattern) && !/[a-z]/i.test(pattern.replace(/\\[rn]/g, ''))) kinds.add('log');
  const cls = regexClass(pattern);
  if (cls?.startsWith('^') && replacement === '') {
    const allowsSlash = cls.includes('/') || cls.includes('\\\\') || /\\[sS]|\\W/.test(cls);
    if (!allowsSlash) return /\\s| /.test(cls) ? ALL_KINDS.filter((kind) => kind !== 'cmd') : 'all';
  }
  if (cls !== undefined && !cls.startsWith('^')) {
    if ([';', '&', '|', '$', '`'].filter((c) => cls.includes(c)).length >= 3) kinds.add('cmd');
    if (cls.includes('<') && cls.includes('>')) kinds.add('xss');
    if (cls.includes('*') && cls.includes('(') && cls.includes(')')) kinds.add('ldap');
    if (cls.includes("'") && cls.includes('"') && replacement === '') kinds.add('xpath');
  }
  if (/^[<>&"']$/.test(pattern) && replacement?.startsWith('&')) kinds.add('xss');
  return kinds.size > 0 ? [...kinds] : undefined;
}
