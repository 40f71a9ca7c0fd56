import type { Confidence, Severity } from '../../core/finding.js';
import { holdsAt, isWordChar, NO_CHAR } from './chars.js';
import type { HitCodes, RawMatch, RuleInput, RulePrecision, SecretRule } from './rule-types.js';

/** A case-insensitive character-class spelling of a word, for names inside case-sensitive patterns. */
export function anyCase(word: string): string {
  return word.replace(/[a-z]/gi, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);
}

/** A token with a distinctive prefix, bounded so it is not part of a longer word. */
export function token(body: string): RegExp {
  return new RegExp(`(?<![A-Za-z0-9_])(${body})(?![A-Za-z0-9_])`, 'dg');
}

/**
 * A value assigned to a name that mentions the service: `TWILIO_AUTH_TOKEN = "…"`, `"fastly_key": "…"`,
 * `datadog.api_key: …`. `names` is a lowercase alternation; `value` the value's shape.
 */
export function assigned(names: readonly string[], value: string): RegExp {
  const alternation = names.map(anyCase).join('|');
  return new RegExp(
    `(?:${alternation})[\\w.-]{0,30}['"\\]]{0,2}\\s{0,3}(?:=|:=|::|:|=>|\\?=|,)\\s{0,5}[\`'"]?(${value})(?![A-Za-z0-9_+/=-])`,
    'dg',
  );
}

export interface RuleSpec {
  id: string;
  title: string;
  kind: string;
  /** The service or product, for the description. */
  service: string;
  /** Where to revoke or rotate it. */
  revoke: string;
  /** Literals that trigger the rule in any case (the prefilter ignores case). */
  keywords?: readonly string[];
  /**
   * Literals that trigger the rule only in exactly this case: those of a case-sensitive pattern (`AKIA`, `EAAA`).
   * A hit in another case (`eaaa` inside a base64 blob) is dropped before the line around it is read.
   */
  exactKeywords?: readonly string[];
  /**
   * Every keyword begins the token, as the `token()` lookbehind requires: a hit right after a letter, digit or `_`
   * (`…xEAAA…` in a base64 blob) is dropped.
   */
  keywordStartsToken?: boolean;
  /** See SecretRule.mayMatchAt. */
  mayMatchAt?: (codes: HitCodes, hit: number, keyword: string, path: string) => boolean;
  pattern?: RegExp;
  extract?: (input: RuleInput) => RawMatch[];
  perHit?: boolean;
  validate?: (value: string) => boolean;
  precision?: RulePrecision;
  severity?: Severity;
  confidence?: Confidence;
  cwe?: string[];
  priority?: number;
  minEntropy?: number;
  description?: string;
}

/** The rule's hit test: the token boundary, exact keywords in their case, then the rule's own test. */
function hitTest(spec: RuleSpec): SecretRule['mayMatchAt'] {
  const exact = new Map((spec.exactKeywords ?? []).map((keyword) => [keyword.toLowerCase(), keyword]));
  const { mayMatchAt: own, keywordStartsToken } = spec;
  if (exact.size === 0 && !keywordStartsToken) return own;
  return (codes, hit, keyword, path) => {
    // What the `token()` lookbehind excludes before the token.
    if (keywordStartsToken && isWordChar(codes[hit - 1] ?? NO_CHAR)) return false;
    const literal = exact.get(keyword);
    if (literal !== undefined && !holdsAt(codes, hit, literal)) return false;
    return own ? own(codes, hit, keyword, path) : true;
  };
}

const PRIORITY: Record<RulePrecision, number> = { prefixed: 30, contextual: 20, generic: 10 };

export function secretRule(spec: RuleSpec): SecretRule {
  const precision = spec.precision ?? 'prefixed';
  const rule: SecretRule = {
    id: spec.id,
    title: spec.title,
    description:
      spec.description ??
      `A ${spec.kind} is stored in plain text. Anyone who can read this file, a fork, a backup or the git history can act as your ${spec.service} account.`,
    severity: spec.severity ?? 'high',
    confidence: spec.confidence ?? (precision === 'prefixed' ? 'high' : 'medium'),
    cwe: spec.cwe ?? ['CWE-798'],
    remediation: `Revoke or rotate the ${spec.kind} now (${spec.revoke}); removing it from the file does not remove it from git history. Load the new value at runtime from a secret manager (Vault, AWS Secrets Manager, GCP Secret Manager, CI secrets) or an environment variable.`,
    tags: ['security', 'secret'],
    kind: spec.kind,
    keywords: [...(spec.keywords ?? []), ...(spec.exactKeywords ?? [])].map((k) => k.toLowerCase()),
    precision,
    priority: spec.priority ?? PRIORITY[precision],
  };
  const mayMatchAt = hitTest(spec);
  if (mayMatchAt) rule.mayMatchAt = mayMatchAt;
  if (spec.pattern) rule.pattern = spec.pattern;
  if (spec.extract) rule.extract = spec.extract;
  if (spec.perHit) rule.perHit = true;
  if (spec.validate) rule.validate = spec.validate;
  if (spec.minEntropy !== undefined) rule.minEntropy = spec.minEntropy;
  return rule;
}
