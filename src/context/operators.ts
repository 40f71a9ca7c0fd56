import { createHmac } from 'node:crypto';
import type { AiContextPolicy } from '../policy/sections/ai-context.js';
import type { SanitizeMode } from './types.js';

/** The mode for one kind: a per-kind operator, then its family (`secret` for `secret:*`), then the default. */
export function modeFor(kind: string, policy: AiContextPolicy, fallback: SanitizeMode): SanitizeMode {
  const family = kind.includes(':') ? kind.slice(0, kind.indexOf(':')) : kind;
  return policy.operators[kind] ?? policy.operators[family] ?? fallback;
}

export function redactToken(kind: string): string {
  return `[REDACTED:${kind}]`;
}

/** Same length; keeps at most two characters at each end, fewer for short values, none for very short ones. */
export function maskValue(value: string): string {
  const chars = [...value];
  const keep = chars.length >= 12 ? 2 : chars.length >= 6 ? 1 : 0;
  return chars.map((char, i) => (i < keep || i >= chars.length - keep ? char : '*')).join('');
}

/** Keyed HMAC-SHA256 of kind and value: equal values give equal tokens, without the key nobody can test guesses. */
export function hashToken(kind: string, value: string, key: Buffer): string {
  const digest = createHmac('sha256', key).update(kind).update('\u0000').update(value).digest('hex');
  return `[HASH:${kind}:${digest.slice(0, 8)}]`;
}
