import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectWith, type EngineMatch } from '../../../src/scanners/secrets/engine.js';
import { buildPrefilter } from '../../../src/scanners/secrets/prefilter.js';
import type { SecretRule } from '../../../src/scanners/secrets/rule-types.js';
import { secretRules } from '../../../src/scanners/secrets/rules/index.js';
import { ALNUM, BASE64, HEX, seededRandom, UPPER_NUM } from './fakes.js';

// Hit tests (SecretRule.mayMatchAt) only skip work: with or without them, every rule must find exactly the same.
const withTests = buildPrefilter(secretRules);
const withoutTests = buildPrefilter(
  secretRules.map((rule): SecretRule => {
    const { mayMatchAt: _skipped, ...rest } = rule;
    return rest;
  }),
);

const random = seededRandom(20261123);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const chars = (alphabet: string, length: number) =>
  Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');

const NAMES = ['password', 'db_password', 'apiToken', 'AUTH', 'x.secret', 'Mail:Smtp Password', 'getToken', 'token'];
const BLANKS = ['', ' ', '  ', '\t', '     ', '\u00a0', '\u3000'];
const OPERATORS = ['=', ':', '=>', ':=', '?=', '==', '(', ',', '>', ')', ';'];
const QUOTES = ['', '"', "'", '`'];
/** Before a prefixed token: nothing, a boundary, or a word character that makes it part of a longer word. */
const BEFORE = ['', ' ', '"', '=', 'x', '_', '9', '\u00e9'];

/** One line mixing names, operators, quotes and blanks around values, URIs, XML and case variants of prefixes. */
function line(): string {
  const value = chars(ALNUM, 12 + Math.floor(random() * 14));
  const quote = pick(QUOTES);
  switch (Math.floor(random() * 7)) {
    case 0:
      return `${pick(QUOTES)}${pick(NAMES)}${pick(['', '"', "'", '"]', "']"])}${pick(BLANKS)}${pick(OPERATORS)}${pick(BLANKS)}${quote}${value}${quote}`;
    case 1:
      return `<add ${pick(['key', 'name', 'id'])}="${pick(NAMES)}${pick(['', ' (prod)', ':v2'])}"${pick(BLANKS)}${pick(['value', 'Value', 'VALUE', 'data'])}${pick(['=', ' = '])}"${value}" />`;
    case 2:
      return `<${pick(NAMES.filter((name) => !name.includes(' ')))}>${value}</${pick(['password', 'token', 'apiToken'])}>`;
    case 3:
      return `${pick(['https', 'postgres', 'redis', 'jdbc:mysql'])}://${pick(['', 'user', 'admin'])}${pick([':', ''])}${value}${pick(['', '\u00e0', ' ', '/x'])}${pick(['@', '', '/'])}${pick(['db.acme.io', 'host', '[::1]'])}${pick(['', ';password=pw12345678'])}`;
    case 4:
      return `const k = "${pick(BEFORE)}${pick(['EAAA', 'eaaa', 'Eaaa', 'EAAM', 'eaac', 'eyJ'])}${chars(pick([ALNUM, ALNUM, BASE64]), pick([60, 110]))}";`;
    case 5:
      return `${pick(BEFORE)}${pick(['AKIA', 'akia', 'ASIA', 'A3TX'])}${chars(UPPER_NUM.replace(/[0189]/g, ''), 16)} ${pick(BEFORE)}${pick(['API-', 'api-', 'Api-'])}${chars(UPPER_NUM, 26)}`;
    default:
      return `mc = "${chars(HEX, 32)}${pick(['-us', '-US', 'g-us'])}${Math.floor(random() * 20)}"; key-${chars(pick([HEX, ALNUM]), 32)} api-${chars(pick([HEX, ALNUM]), 8)}-${chars(HEX, 4)}-${chars(HEX, 4)}-${chars(HEX, 4)}-${chars(HEX, 12)}`;
  }
}

const key = (matches: EngineMatch[]) => matches.map((m) => `${m.ruleId}@${m.start}-${m.end}:${m.confidence}`).join(' ');

test('hit tests change no result: strings, Latin-1 bytes and UTF-8 bytes, on short and long lines', () => {
  let found = 0;
  const rules = new Set<string>();
  for (let file = 0; file < 60; file++) {
    const lines = Array.from({ length: 40 }, line);
    if (file % 10 === 0) lines.push(lines.join(' ; ')); // a long line: only prefixed rules read it
    const text = `${lines.join('\n')}\n`;
    const inputs: [string | Buffer, boolean][] = [
      [text, false],
      [Buffer.from(text, 'latin1'), false],
      [Buffer.from(text, 'utf8'), true],
    ];
    for (const [input, utf8] of inputs) {
      const options = { path: file % 2 === 0 ? 'settings.txt' : 'src/config.ts', traits: [], utf8 };
      const expected = key(detectWith(withoutTests, input, options));
      assert.equal(key(detectWith(withTests, input, options)), expected, text);
      found += expected === '' ? 0 : expected.split(' ').length;
      for (const match of expected.split(' ')) rules.add(match.split('@')[0] ?? '');
    }
  }
  assert.ok(found > 300, `the generated lines hold many findings (${found})`);
  const families = [
    'generic-secret-assignment',
    'url-basic-auth',
    'postgres-uri-password',
    'jdbc-password',
    'square-access-token',
    'facebook-page-token',
    'aws-access-key-id',
    'octopus-deploy-api-key',
    'launchdarkly-access-token',
    'mailgun-api-key',
    'mailchimp-api-key',
  ];
  assert.deepEqual(
    families.filter((id) => !rules.has(id)),
    [],
    `every rule with a hit test is found somewhere (found: ${[...rules].join(', ')})`,
  );
});
