import { configError } from '../../core/errors.js';
import { traitsOf } from '../../core/file-traits.js';
import type { Finding } from '../../core/finding.js';
import { lineStarts, locate } from '../../core/location.js';
import { makeFinding } from '../../core/make-finding.js';
import { excerpt, maskSecret } from '../../core/mask.js';
import type { RuleMeta } from '../../core/rule.js';
import type { ScanContext, Scanner, TextChunk } from '../../core/scanner.js';
import { detectSecrets } from './detect.js';
import type { EngineMatch } from './engine.js';
import { secretRules } from './rules/index.js';
import { lowerConfidence } from './values.js';

const SCANNER_ID = 'secrets';

/** Rule metadata only (no patterns or functions): what SARIF, docs and reports read. */
export const secretsRuleMetas: readonly RuleMeta[] = secretRules.map((rule) => {
  const meta: RuleMeta = {
    id: rule.id,
    title: rule.title,
    description: rule.description,
    severity: rule.severity,
    confidence: rule.confidence,
    cwe: rule.cwe,
    remediation: rule.remediation,
  };
  if (rule.tags) meta.tags = rule.tags;
  return meta;
});
const metaById = new Map(secretsRuleMetas.map((meta) => [meta.id, meta]));

const compiledPatterns = new WeakMap<readonly string[], RegExp[]>();

/** `secrets.allowed_patterns` compiled once per policy; a bad regex is a configuration error. */
function allowedPatterns(context: ScanContext): RegExp[] {
  const sources = context.policy?.secrets?.allowed_patterns ?? [];
  let compiled = compiledPatterns.get(sources);
  if (!compiled) {
    compiled = sources.map((source) => {
      try {
        return new RegExp(source);
      } catch (error) {
        throw configError(`secrets.allowed_patterns: invalid regular expression /${source}/ (${String(error)})`);
      }
    });
    compiledPatterns.set(sources, compiled);
  }
  return compiled;
}

/** The line of the match with the secret's part of that line masked, cut to a readable length. */
function maskedSnippet(text: string, match: EngineMatch, column: number): string {
  const from = text.lastIndexOf('\n', match.start) + 1;
  let to = text.indexOf('\n', match.start);
  if (to === -1) to = text.length;
  // A match cut short by a window on a very long line must not leave the rest of the token visible.
  let partEnd = Math.min(to, match.end);
  while (partEnd < to && /[A-Za-z0-9_\-+/=.]/.test(text[partEnd] ?? '')) partEnd++;
  const line = `${text.slice(from, match.start)}${maskSecret(text.slice(match.start, partEnd))}${text.slice(partEnd, to)}`;
  return excerpt(line.replace(/\r$/, ''), column);
}

function messageFor(match: EngineMatch, testFixture: boolean): string {
  const how = match.validated ? ' (format validated offline)' : '';
  const fixture = testFixture
    ? ' In a test fixture path, so confidence was lowered one step; still rotate it if it is real.'
    : '';
  return `${match.kind[0]?.toUpperCase()}${match.kind.slice(1)} found${how}. Anyone with read access to this text can use it.${fixture}`;
}

export function scanSecretsChunk(chunk: TextChunk, context: ScanContext): Finding[] {
  const traits = traitsOf(chunk.path, chunk.traits);
  const testFixture = traits.includes('test-fixture');
  let matches: EngineMatch[];
  if (chunk.bytes) {
    // Every keyword and token format is ASCII, so the raw bytes can be searched without decoding the file.
    matches = detectSecrets(chunk.bytes, chunk.path, traits, !chunk.bytesAreText);
    // Byte offsets are character offsets only when each byte is a character; otherwise search the decoded text.
    if (matches.length > 0 && !chunk.bytesAreText) matches = detectSecrets(chunk.text, chunk.path, traits);
  } else matches = detectSecrets(chunk.text, chunk.path, traits);
  if (matches.length === 0) return [];
  const starts = lineStarts(chunk.text);
  const allowed = allowedPatterns(context);
  return matches.map((match) => {
    const rule = metaById.get(match.ruleId) ?? match.rule;
    const location = locate(chunk, starts, match.start, match.end);
    const finding = makeFinding({
      rule,
      scanner: SCANNER_ID,
      location,
      snippet: maskedSnippet(chunk.text, match, location.startColumn),
      matchedContent: match.value,
      message: messageFor(match, testFixture),
      overrides: { confidence: testFixture ? lowerConfidence(match.confidence) : match.confidence },
      properties: { secretKind: match.kind, validated: match.validated, entropy: match.entropy },
      ...(chunk.commit ? { commit: chunk.commit } : {}),
    });
    const allow = allowed.find((pattern) => pattern.test(match.value));
    if (allow) finding.suppressed = { kind: 'allowed-pattern', reason: `matches allowed_patterns ${String(allow)}` };
    return finding;
  });
}

export const secretsScanner: Scanner = {
  id: SCANNER_ID,
  description: 'Hard-coded credentials: 100+ token formats, private keys, connection strings and generic assignments.',
  rules: secretsRuleMetas,
  scanChunk: scanSecretsChunk,
};

export { findSecrets, type SecretMatch } from './detect.js';
