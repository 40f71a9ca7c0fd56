import type { Confidence } from '../../../core/finding.js';
import {
  characterClasses,
  isEnvironmentLookup,
  isHexHash,
  isPlaceholder,
  isTemplated,
  isUuid,
  shannonEntropy,
} from '../values.js';

/** Last words of names that hold something about a secret, not the secret: `token_url`, `password_field`. */
const DESCRIPTIVE_SUFFIXES = new Set(
  `url uri urls endpoint host hostname type types name names file files path paths dir length len field fields label
  labels placeholder hint prompt message messages msg text title header headers policy policies expiry expires
  expiration ttl timeout count min max regex regexp pattern format mode method methods enabled required env var vars
  ref refs provider providers store class input column error errors strength rotation version id ids prefix suffix
  size limit lifetime validity template reset confirm confirmation changed at date time hash hashed digest algorithm
  algo kind schema route location style icon visible visibility button link form page view screen state status sent
  used usage index uri port user username login email owner issuer audience scope scopes service validator manager
  helper factory builder handler generator strategy source cache storage encoding bits bytes duration seconds secs ms
  interval retries attempts callback fn func function module command cmd param params arg args option options flag
  check valid invalid match example examples doc docs description selector key_id metadata meta count config
  settings policy rule rules length_min length_max mask masked request response payload client_id lock locked`.split(
    /\s+/,
  ),
);
const VERB_PREFIXES = new Set(
  'is has show use enable disable get set on handle validate check require should can allow forgot toggle no skip expect expected'.split(
    ' ',
  ),
);
const TYPE_WORDS = new Set(
  'string str number int integer bool boolean any unknown object null none nil undefined true false optional required bytes text varchar char secret password token hidden masked sensitive secretstr void date array list dict map'.split(
    ' ',
  ),
);
const PASSWORD_WORDS = new Set(['password', 'passwd', 'pwd', 'pass', 'passphrase']);
/** First words of names for pagination cursors and idempotency tokens, not credentials: `next_token`, `ClientToken`. */
const NON_CREDENTIAL_TOKEN_PREFIXES = new Set(
  'input output next previous prev page pagination continuation marker cursor sync resume client idempotency csrf xsrf'.split(
    ' ',
  ),
);

function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** `token` but not `tokenizer`, `auth` but not `author`: the name must contain a secret word as a word. */
function secretClass(words: readonly string[]): 'password' | 'key' | undefined {
  if (words.some((w) => PASSWORD_WORDS.has(w))) return 'password';
  const joined = words.join('_');
  if (
    words.some((w) =>
      ['secret', 'token', 'apikey', 'credential', 'credentials', 'auth', 'privatekey', 'accesskey'].includes(w),
    ) ||
    /api_key|private_key|access_key|secret_key|client_secret/.test(joined)
  ) {
    return 'key';
  }
  return undefined;
}

function looksLikeReference(value: string): boolean {
  return (
    // a variable named in words: `oauth2Client`, `apiKeyFromVault`
    /^[a-z]+\d*(?:[A-Z][a-z]{2,}\d*)+$/.test(value) ||
    /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\s*[([]/.test(value) ||
    /^(?:Optional|List|Dict|Array|Promise|Record|Union)[[<]/.test(value) ||
    /^(?:this|self|config|settings|env|options|opts|props|params|args|ctx|context|req|request)\./.test(value)
  );
}

function looksLikeNonSecret(value: string): boolean {
  return (
    /\s/.test(value) ||
    /:$/.test(value) ||
    /^(?:https?|ftp|file|s3|gs):\/\//i.test(value) ||
    /^urn:[a-z0-9][a-z0-9-]*:/i.test(value) ||
    /^(?:\/|\.\/|\.\.\/|~\/|[A-Za-z]:\\)/.test(value) ||
    /\.(?:json|pem|key|crt|txt|ya?ml|env|p12|pfx|jks|properties|cfg|ini|toml|js|ts|py)$/i.test(value) ||
    /^data:/.test(value) ||
    /^arn:aws[\w-]*:/.test(value) ||
    /[^\x00-\x7F]/.test(value) ||
    // a property path or an identifier in PascalCase: `DistributionList.NextMarker`, `LastEvaluatedKey`
    /^[A-Za-z][a-z0-9]*(?:[A-Z][a-z0-9]*)*(?:\.[A-Za-z][a-z0-9]*(?:[A-Z][a-z0-9]*)*)+$/.test(value) ||
    /^(?:[A-Z][a-z]+){2,}$/.test(value) ||
    /\[[A-Za-z0-9]-[A-Za-z0-9]|\\[dwsbDWS]|\(\?[:=!<]|[+*]\)?\$$/.test(value) ||
    /^(?:sha\d+[-:]|md5[-:]|\$2[aby]\$|\$argon2|\$pbkdf2|\$6\$|\$5\$|\{SSHA\}|\{bcrypt\})/i.test(value) ||
    isUuid(value)
  );
}

/** A word of an identifier: lowercase, camel or Pascal case with real words (humps of 3+ letters), or a `$1` ref. */
const IDENTIFIER_SEGMENT = /^(?:[a-z]+|[a-z]*(?:[A-Z][a-z]{2,})+|\$\w+)$/;

/**
 * An identifier, code or path made of words: `auth/wrong-password` (an error code), `keyword.tag-if` (a syntax
 * token), `identitytoolkit#ResetPasswordResponse`. A generated secret has digits or random case in it.
 */
function isWordPath(value: string): boolean {
  // `user:password` and `user@host` shapes are credentials, however wordy (a leading `@` is a grammar reference).
  if (!/[./#]/.test(value) || /[:@]/.test(value.replace(/^@/, ''))) return false;
  const segments = value.split(/[-_./#@]+/).filter(Boolean);
  return segments.length >= 2 && segments.every((segment) => IDENTIFIER_SEGMENT.test(segment));
}

/**
 * The value spells out a name of several words, or shares two of its words: a label or an error code, as in
 * `CREDENTIAL_ALREADY_IN_USE = "credential-already-in-use"` or `MISSING_AUTH_DOMAIN = "auth-domain-config-required"`.
 */
function repeatsName(words: readonly string[], value: string): boolean {
  if (words.length < 2 || /\d/.test(value)) return false;
  if (
    value
      .toLowerCase()
      .replace(/[^a-z]/g, '')
      .includes(words.join(''))
  )
    return true;
  const valueWords = new Set(nameWords(value));
  return new Set(words.filter((word) => valueWords.has(word))).size >= 2;
}

interface SecretName {
  words: string[];
  cls: 'password' | 'key';
}

/** Names repeat across a code base far more than values do: each is judged once (the cache is cleared when full). */
const judgedNames = new Map<string, SecretName | null>();
const JUDGED_NAMES_MAX = 20_000;

/** The words and class of a name that can hold a secret, or null for a name that describes one (`token_url`). */
function judgeName(name: string): SecretName | null {
  let judged = judgedNames.get(name);
  if (judged !== undefined) return judged;
  judged = null;
  const words = nameWords(name);
  const cls = secretClass(words);
  // `TOKEN_TYPE2` is a `type` too.
  const last = (words[words.length - 1] ?? '').replace(/(?<=[a-z])\d+$/, '');
  const lastTwo = words.slice(-2).join('_');
  const describes =
    DESCRIPTIVE_SUFFIXES.has(last) ||
    DESCRIPTIVE_SUFFIXES.has(lastTwo) ||
    VERB_PREFIXES.has(words[0] ?? '') ||
    (cls === 'key' && NON_CREDENTIAL_TOKEN_PREFIXES.has(words[0] ?? '') && last === 'token');
  if (cls && !describes) judged = { words, cls };
  if (judgedNames.size >= JUDGED_NAMES_MAX) judgedNames.clear();
  judgedNames.set(name, judged);
  return judged;
}

/**
 * Decide whether `value`, assigned to `name`, is a hard-coded credential; returns the confidence or undefined.
 * Quoted values only in code files (a bare value there is a variable or an expression).
 */
export function judgeAssignedValue(
  name: string,
  value: string,
  options: { quoted: boolean; codeFile: boolean },
): Confidence | undefined {
  const judged = judgeName(name);
  if (!judged) return undefined;
  const { words, cls } = judged;
  if (options.codeFile && !options.quoted) return undefined;
  if (value.length < 6 || value.length > 300) return undefined;
  if (TYPE_WORDS.has(value.toLowerCase()) || words.includes(value.toLowerCase().replace(/[^a-z0-9]/g, '')))
    return undefined;
  if (isTemplated(value) || isEnvironmentLookup(value) || isPlaceholder(value)) return undefined;
  if (looksLikeNonSecret(value) || (!options.quoted && looksLikeReference(value))) return undefined;
  if (/^[a-z_-]+$/.test(value) && value.length < 24) return undefined;
  if (/^[A-Z_]+$/.test(value) || /^\d+$/.test(value) || /^[\d.]+$/.test(value)) return undefined;
  if (/^(?:test|demo|dev|local|default|sample|mock|fake|dummy|my|your)[\W_]/i.test(value)) return undefined;
  if (isWordPath(value) || repeatsName(words, value)) return undefined;

  const entropy = shannonEntropy(value);
  const classes = characterClasses(value);
  if (cls === 'password') {
    if (classes < 2 && value.length < 12) return undefined;
    if (entropy < 2.2) return undefined;
    return entropy >= 3 && value.length >= 10 ? 'medium' : 'low';
  }
  if (value.length < 12) return undefined;
  if (!isHexHash(value) && classes < 2) return undefined;
  if (entropy < 3) return undefined;
  return entropy >= 3.5 && value.length >= 20 ? 'medium' : 'low';
}
