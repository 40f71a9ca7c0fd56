import type { Finding } from './finding.js';

/** `bulwark:allow <reason>` on the finding's line, or alone on the line above it. */
const ALLOW = /bulwark:allow(?:[ \t]+([^\n]*?))?[ \t]*(?:\*\/|-->|#\}|%\})?[ \t]*$/;

export interface InlineAllow {
  reason: string;
  line: number;
}

/** Find an inline allow for a finding given the lines of its chunk (index i = chunk line i). */
export function inlineAllowFor(
  lines: readonly string[],
  index: number,
): InlineAllow | { missingReason: true } | undefined {
  for (const candidate of [index, index - 1]) {
    const text = lines[candidate];
    if (text === undefined || !text.includes('bulwark:allow')) continue;
    if (candidate === index - 1 && !/^\s*(?:\/\/|#|\/\*|\*|<!--|--|;)/.test(text)) continue;
    const match = ALLOW.exec(text);
    const reason = match?.[1]?.trim() ?? '';
    if (reason.length === 0) return { missingReason: true };
    return { reason, line: candidate + 1 };
  }
  return undefined;
}

/** Mark findings that carry an inline allow; an allow without a reason does not count and says so. */
export function applyInlineAllows(
  findings: Finding[],
  lines: readonly string[],
  lineIndexOf: (f: Finding) => number,
): string[] {
  const notes: string[] = [];
  for (const finding of findings) {
    const allow = inlineAllowFor(lines, lineIndexOf(finding));
    if (!allow) continue;
    if ('missingReason' in allow) {
      notes.push(
        `${finding.location.path}:${finding.location.startLine}: bulwark:allow without a reason is ignored (write bulwark:allow <reason>)`,
      );
      continue;
    }
    finding.suppressed = { kind: 'inline', reason: allow.reason };
  }
  return notes;
}
