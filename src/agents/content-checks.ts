import type { Finding } from '../core/finding.js';
import { lineStarts } from '../core/location.js';
import { scanTextForInjection } from '../scanners/injection/index.js';
import { findSecrets, type SecretMatch } from '../scanners/secrets/detect.js';

const SERIOUS = new Set(['medium', 'high', 'critical']);

export interface SecretSummary {
  kind: string;
  line: number;
}

function lineOf(starts: readonly number[], offset: number): number {
  let line = 0;
  while (line + 1 < starts.length && (starts[line + 1] ?? Number.POSITIVE_INFINITY) <= offset) line++;
  return line + 1;
}

/** Secrets in a text as kind and line only: the values never leave this function. */
export function secretsIn(text: string, path?: string): SecretSummary[] {
  const matches: SecretMatch[] = findSecrets(text, path).filter((match) => match.confidence !== 'low');
  const starts = lineStarts(text);
  return matches.map((match) => ({ kind: match.kind, line: lineOf(starts, match.start) }));
}

export function describeSecrets(secrets: readonly SecretSummary[], where: string): string {
  const parts = secrets.slice(0, 5).map((secret) => `${secret.kind} on line ${secret.line}`);
  const more = secrets.length > 5 ? ` and ${secrets.length - 5} more` : '';
  return `${where} contains ${secrets.length === 1 ? 'a secret' : `${secrets.length} secrets`}: ${parts.join(', ')}${more}`;
}

/** Replace every secret value with [REDACTED:kind]. */
export function redactSecrets(text: string, path?: string): { text: string; count: number } {
  const matches = findSecrets(text, path)
    .filter((match) => match.confidence !== 'low')
    .sort((a, b) => b.start - a.start);
  let out = text;
  let lastStart = Number.POSITIVE_INFINITY;
  let count = 0;
  for (const match of matches) {
    if (match.end > lastStart) continue;
    out = `${out.slice(0, match.start)}[REDACTED:${match.kind}]${out.slice(match.end)}`;
    lastStart = match.start;
    count++;
  }
  return { text: out, count };
}

/** Injection findings at medium or above. */
export function seriousInjection(text: string, path = 'agent-input.md'): Finding[] {
  return scanTextForInjection(text, path).filter((finding) => SERIOUS.has(finding.severity));
}

export function describeInjection(findings: readonly Finding[], where: string): string {
  const parts = findings.slice(0, 3).map((f) => `${f.title} (${f.severity}, line ${f.location.startLine})`);
  return `${where} contains possible prompt injection: ${parts.join('; ')}`;
}
