/** Judging candidate secret values: entropy, character classes, placeholders, templates and references. */

/** Shannon entropy in bits per character. */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const char of value) counts.set(char, (counts.get(char) ?? 0) + 1);
  let entropy = 0;
  for (const count of counts.values()) {
    const p = count / value.length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}

/** How many of lowercase, uppercase, digits and symbols the value uses (0-4). */
export function characterClasses(value: string): number {
  let classes = 0;
  if (/[a-z]/.test(value)) classes++;
  if (/[A-Z]/.test(value)) classes++;
  if (/[0-9]/.test(value)) classes++;
  if (/[^A-Za-z0-9]/.test(value)) classes++;
  return classes;
}

const PLACEHOLDER_WORDS =
  /example|sample|dummy|placeholder|redacted|changeme|change[_-]me|replace[_-]?me|your[_-]?(?:own[_-]?)?(?:api|secret|token|key|pass|access|client|app|db|auth)|xxxxx|\*{3}|\.{3}|…|<[^>]*>|fake[_-]?(?:key|token|secret|pass)|insert[_-]?(?:key|token|here)|(?:key|token|secret)[_-]?here|0123456789|123456789|abcdefgh|qwerty/i;

/** Documentation examples, masked values, and obviously invented values. */
export function isPlaceholder(value: string): boolean {
  if (PLACEHOLDER_WORDS.test(value)) return true;
  if (/^(.)\1+$/.test(value)) return true;
  return hasLowDiversity(value);
}

/** Values that use too few distinct characters to be random, e.g. `ghp_aaaaaaaa…` or `1111…`. */
export function hasLowDiversity(value: string): boolean {
  const body = value.replace(/[^A-Za-z0-9]/g, '');
  if (body.length < 12) return false;
  return new Set(body).size < Math.min(8, body.length / 3);
}

const TEMPLATE =
  /^\$\{|^\$\(|^\{\{|\{\{.*\}\}|\$\{[^}]*\}|^%\(|%\([\w.]+\)[sd]|^%[A-Za-z_]+%$|^<[^>]+>$|^#\{|^@\{|^\$[A-Za-z_]\w*$|^\$[A-Z_]+|^\{\w+\}$|^\[\[.*\]\]$|^__[A-Z_]+__$|^\{\{|^!Ref|^!Sub|^!GetAtt|^\(\(.*\)\)$/;

/** `${VAR}`, `{{ x }}`, `%(x)s`, `$VAR`, `<your-key>`, `#{x}`, `((var))`: filled in at deploy time, not a secret. */
export function isTemplated(value: string): boolean {
  return TEMPLATE.test(value.trim());
}

const ENV_LOOKUP =
  /process\.env|import\.meta\.env|os\.environ|os\.getenv|getenv\s*\(|ENV\s*\[|ENV\.fetch|System\.getenv|Environment\.GetEnvironmentVariable|env\s*\(|std::env|env::var|secrets\.|vault\(|ssm:|\{\{\s*secrets/;

/** Reads from the environment or a secret store: the right way, not a finding. */
export function isEnvironmentLookup(value: string): boolean {
  return ENV_LOOKUP.test(value);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEX_HASH = /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{128})$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** md5, sha1 (git commit), sha256 or sha512 in hex. */
export function isHexHash(value: string): boolean {
  return HEX_HASH.test(value);
}

/** Lower a confidence one step. */
export function lowerConfidence(confidence: 'high' | 'medium' | 'low'): 'high' | 'medium' | 'low' {
  return confidence === 'high' ? 'medium' : 'low';
}
