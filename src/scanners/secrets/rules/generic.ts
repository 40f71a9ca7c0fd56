import { isNameChar, isRegexSpace, NO_CHAR } from '../chars.js';
import { decodeBase64 } from '../checksums.js';
import { secretRule } from '../define.js';
import type { HitCodes, RawMatch, RuleInput, SecretRule } from '../rule-types.js';
import { judgeAssignedValue } from './generic-judge.js';

const SECRET_NAME =
  '(?:password|passwd|pwd|passphrase|secret|token|api[_-]?key|credentials?|auth|private[_-]?key|access[_-]?key|_pass|pass_)';
/** `name = `, `"name": `, `name => ` at the start of the name (sticky): the name is the whole identifier. */
const ASSIGNMENT_AT = new RegExp(
  `(?<![\\w.:-])([\\w.-]*${SECRET_NAME}[\\w.-]*)(["']?)\\]?\\s{0,4}(=>|:=|\\?=|=(?!=)|:(?!:))[ \\t]{0,4}`,
  'iy',
);
const XML_ELEMENT = new RegExp(`<([\\w.-]*${SECRET_NAME}[\\w.-]*)>([^<\\s]{1,300})</\\1>`, 'dgi');
/** A key attribute names a setting: word characters, `.`, `:`, `/`, `-` and blanks (`Smtp:Password`, `Db Password`). */
const KEY_CHARS = '[\\w.:/ \\t-]*';
const XML_KEY_VALUE = new RegExp(
  `(?:key|name)\\s*=\\s*"(${KEY_CHARS}${SECRET_NAME}${KEY_CHARS})"\\s+value\\s*=\\s*"([^"]{1,300})"`,
  'dgi',
);

const CODE_FILE =
  /\.(?:[cm]?[jt]sx?|py|rb|go|java|kt|kts|cs|php|rs|swift|scala|c|cc|cpp|h|hpp|m|dart|lua|groovy|ex|exs|clj)$/i;

/**
 * How far past a hit the test looks. A line longer than this is minified code, which the engine skips for generic
 * rules once it has read the line: the test answers "maybe" and lets it.
 */
const REACH = 1000;
/** `value`, lowercase: compared with each code OR 0x20 (which lowercases ASCII letters). */
const VALUE = [...'value'].map((letter) => letter.charCodeAt(0));

/** The last path tested and whether it is code: a file's hits come one after another. */
let lastPath = '';
let lastIsCode = false;
function isCodeFile(path: string): boolean {
  if (path !== lastPath) {
    lastPath = path;
    lastIsCode = CODE_FILE.test(path);
  }
  return lastIsCode;
}

/** Quotes that open a value readValue reads as quoted. */
function isQuote(code: number): boolean {
  return code === 34 || code === 39 || code === 96;
}

/**
 * Whether ASSIGNMENT_AT can match after a name ending at `at`, with a value genericAssignments judges: in a code file
 * only a quoted one (judgeAssignedValue drops bare values there, which are variables and expressions).
 */
function mayAssignAfter(codes: HitCodes, at: number, codeFile: boolean): boolean {
  let next = codes[at] ?? NO_CHAR;
  if (next === 34 || next === 39) next = codes[++at] ?? NO_CHAR; // "name": or 'name' =>
  if (next === 93) next = codes[++at] ?? NO_CHAR; // ['name'] =
  for (let spaces = 0; spaces < 4 && isRegexSpace(next); spaces++) next = codes[++at] ?? NO_CHAR;
  const after = codes[at + 1] ?? NO_CHAR;
  if (next === 61) {
    if (after === 61) return false; // ==
    at += after === 62 ? 2 : 1; // => or =
  } else if (next === 58) {
    if (after === 58) return false; // ::
    at += after === 61 ? 2 : 1; // := or :
  } else if (next === 63 && after === 61)
    at += 2; // ?=
  else return false;
  if (!codeFile) return true;
  for (let blanks = 0; blanks < 4 && (codes[at] === 32 || codes[at] === 9); blanks++) at++;
  return isQuote(codes[at] ?? NO_CHAR);
}

/**
 * Whether the name holding a keyword hit can be one genericAssignments reads: assigned (`name = "…"`, `"name": `,
 * `name => `), an XML element (`<name>`) or an XML key attribute followed by a value (`key="name" value=`). It looks
 * only at the characters after the name, and allows more than the patterns do, never less.
 */
function mayBeAssignedAt(codes: HitCodes, hit: number, _keyword: string, path: string): boolean {
  let at = hit;
  while (isNameChar(codes[at] ?? NO_CHAR)) if (++at - hit > REACH) return true;
  if (codes[at] === 62) return true; // <name>
  if (mayAssignAfter(codes, at, isCodeFile(path))) return true;
  // key="… name …" value="…": the rest of the key (KEY_CHARS), its closing quote, blanks and `value`.
  let next = codes[at] ?? NO_CHAR;
  while (isNameChar(next) || next === 58 || next === 47 || next === 32 || next === 9) {
    if (++at - hit > REACH) return true;
    next = codes[at] ?? NO_CHAR;
  }
  if (next !== 34 || !isRegexSpace(codes[++at] ?? NO_CHAR)) return false;
  while (isRegexSpace(codes[at] ?? NO_CHAR)) if (++at - hit > REACH) return true;
  return VALUE.every((letter, k) => ((codes[at + k] ?? NO_CHAR) | 0x20) === letter);
}

/** Read the value after an assignment: a quoted string (to its closing quote) or a bare token. */
function readValue(line: string, at: number): { value: string; offset: number; quoted: boolean } | undefined {
  const quote = line[at];
  if (quote === '"' || quote === "'" || quote === '`') {
    let i = at + 1;
    while (i < line.length && line[i] !== quote) i += line[i] === '\\' ? 2 : 1;
    if (i >= line.length) return undefined;
    return { value: line.slice(at + 1, i), offset: at + 1, quoted: true };
  }
  const rest = line.slice(at);
  const bare = /^[^\s,;)}\]#]+/.exec(rest)?.[0];
  if (bare === undefined) return undefined;
  return { value: bare.replace(/["']+$/, ''), offset: at, quoted: false };
}

/**
 * The assignment to the identifier holding the keyword hit, if any; and once per line, XML elements and key/value
 * attributes. Every secret-like name the pattern knows is a keyword, so looking only at hits misses none.
 */
function genericAssignments({ window: line, windowStart, hit, firstOnLine, path }: RuleInput): RawMatch[] {
  const found: RawMatch[] = [];
  const add = (name: string, value: string, offset: number, quoted: boolean) => {
    const verdict = judgeAssignedValue(name, value, { quoted, codeFile: isCodeFile(path) });
    if (verdict)
      found.push({ start: windowStart + offset, end: windowStart + offset + value.length, value, confidence: verdict });
  };
  let nameStart = hit - windowStart;
  while (nameStart > 0 && isNameChar(line.charCodeAt(nameStart - 1))) nameStart--;
  ASSIGNMENT_AT.lastIndex = nameStart;
  const m = ASSIGNMENT_AT.exec(line);
  const read = m ? readValue(line, m.index + m[0].length) : undefined;
  if (m && read) add(m[1] ?? '', read.value, read.offset, read.quoted);
  if (!firstOnLine) return found;
  for (const pattern of [line.includes('</') && XML_ELEMENT, /value/i.test(line) && XML_KEY_VALUE]) {
    if (!pattern) continue;
    pattern.lastIndex = 0;
    for (let x = pattern.exec(line); x !== null; x = pattern.exec(line)) {
      const start = x.indices?.[2]?.[0];
      if (start !== undefined) add(x[1] ?? '', x[2] ?? '', start, true);
    }
  }
  return found;
}

/** `Basic <base64>` that decodes to `user:password`. */
function isBasicCredential(value: string): boolean {
  const decoded = decodeBase64(value)?.toString('utf8') ?? '';
  const colon = decoded.indexOf(':');
  return colon > 0 && colon < decoded.length - 3 && /^[\x20-\x7e]+$/.test(decoded);
}

/** Hard-coded passwords, tokens and keys found by their name, judged by the value. */
export const genericRules: SecretRule[] = [
  secretRule({
    id: 'generic-secret-assignment',
    title: 'Hard-coded secret',
    kind: 'hard-coded secret',
    service: 'the service it belongs to',
    description:
      'A value assigned to a password, secret, token or API key name looks like a real credential. Hard-coded credentials end up in every clone, fork, build artefact and log of the repository.',
    revoke: 'change the password or rotate the key at the service that issued it',
    keywords: [
      'password',
      'passwd',
      'pwd',
      'passphrase',
      'secret',
      'token',
      'api_key',
      'apikey',
      'api-key',
      'credential',
      'auth',
      'private_key',
      'privatekey',
      'private-key',
      'access_key',
      'accesskey',
      'access-key',
      '_pass',
      'pass_',
    ],
    extract: genericAssignments,
    mayMatchAt: mayBeAssignedAt,
    perHit: true,
    precision: 'generic',
    confidence: 'medium',
  }),
  secretRule({
    id: 'authorization-bearer-token',
    title: 'Bearer token in an Authorization header',
    kind: 'bearer token',
    service: 'the API it authorises',
    revoke: 'revoke the token at the issuing service',
    keywords: ['bearer '],
    pattern: /[Bb]earer\s+([A-Za-z0-9_.~+/-]{24,}={0,2})/dg,
    precision: 'contextual',
    minEntropy: 3.5,
    cwe: ['CWE-522', 'CWE-798'],
  }),
  secretRule({
    id: 'authorization-basic-credentials',
    title: 'Basic-auth credentials in an Authorization header',
    kind: 'HTTP basic-auth credentials',
    service: 'the API it authorises',
    revoke: 'change the password of that user',
    keywords: ['basic '],
    pattern: /[Bb]asic\s+([A-Za-z0-9+/]{12,}={0,2})(?![A-Za-z0-9+/=])/dg,
    validate: isBasicCredential,
    precision: 'contextual',
    cwe: ['CWE-522', 'CWE-798'],
  }),
];
