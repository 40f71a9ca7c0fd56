/** Names that hold credentials, and values that are placeholders or real tokens (the secrets scanner's job). */
const CREDENTIAL =
  /(^|_)(pass(word|wd)?|pwd|secret|secret_?key|api_?key|apikey|auth_?token|access_?token|private_?key|credentials?|db_?pass(word)?)$/i;
const NOT_CREDENTIAL =
  /(_|^)(url|uri|path|file|field|name|label|length|len|min|max|type|header|prefix|env|var|param|error|msg|message|hint|regex|pattern|endpoint|id|hash|policy|reset|confirm|input|form|column|template)(_|$)/i;
const PLACEHOLDER =
  /^(|x+|\*+|\.+|<[^>]*>|\$\{[^}]*\}|\{\{[^}]*\}\}|%\([^)]*\)s|your[-_ ].*|none|null|todo|tbd|example|placeholder|redacted|dummy|test)$/i;
const KNOWN_PREFIX = /^(sk_|pk_|rk_|ghp_|gho_|ghs_|github_pat_|xox[abpr]-|AKIA|ASIA|AIza|sk-|glpat-|npm_|SG\.|eyJ)/;

export function credentialName(name: string): boolean {
  return CREDENTIAL.test(name) && !NOT_CREDENTIAL.test(name);
}

export function looksLikePlaceholder(value: string): boolean {
  return PLACEHOLDER.test(value.trim()) || /\s/.test(value.trim()) || value.length < 3;
}

function entropy(value: string): number {
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** High-entropy or known-prefix values are left to the secrets scanner. */
export function looksLikeRealSecret(value: string): boolean {
  return KNOWN_PREFIX.test(value) || (value.length >= 20 && entropy(value) > 4);
}
