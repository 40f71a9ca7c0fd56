import type { Detection } from '../types.js';

/**
 * Run a global regex over the whole text once and turn accepted matches into detections. `accept` returns the kind
 * (or a partial detection) for a match, or undefined to drop it. A named group `value` (with the `d` flag)
 * narrows the detected value to that group.
 */
export function scanRegex(
  text: string,
  regex: RegExp,
  accept: (match: RegExpExecArray, value: string, start: number) => string | Partial<Detection> | undefined,
): Detection[] {
  const found: Detection[] = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    if (match[0].length === 0) regex.lastIndex++;
    const group = match.groups?.value;
    const start = group === undefined ? match.index : (match.indices?.groups?.value?.[0] ?? match.index);
    const value = group ?? match[0];
    const verdict = accept(match, value, start);
    if (verdict === undefined) continue;
    const detection: Detection =
      typeof verdict === 'string'
        ? { kind: verdict, start, end: start + value.length, value }
        : { kind: 'unknown', start, end: start + value.length, value, ...verdict };
    found.push(detection);
  }
  return found;
}

/** The `width` characters before `offset`, lower-cased: the context a detector checks for keywords. */
export function before(text: string, offset: number, width = 40): string {
  return text.slice(Math.max(0, offset - width), offset).toLowerCase();
}

/**
 * Values that follow a keyword: find each keyword (a cheap literal-led regex), then look for `value` within
 * `window` characters after it. Cost follows the keywords' count, not the text's size.
 */
export function scanAfterKeywords(
  text: string,
  keywords: RegExp,
  value: RegExp,
  window: number,
  accept: (value: string, keyword: string, start: number) => string | undefined,
): Detection[] {
  const found: Detection[] = [];
  let lastEnd = 0;
  keywords.lastIndex = 0;
  for (let keyword = keywords.exec(text); keyword !== null; keyword = keywords.exec(text)) {
    const from = Math.max(keyword.index + keyword[0].length, lastEnd);
    const sliceStart = Math.max(0, from - 1);
    const windowText = text.slice(sliceStart, from + window + 80);
    value.lastIndex = from - sliceStart;
    const local = value.exec(windowText);
    if (!local || local.index > from - sliceStart + window) continue;
    const match = { 0: local[0], index: local.index + sliceStart };
    const kind = accept(match[0], keyword[0], match.index);
    if (kind === undefined) continue;
    found.push({ kind, start: match.index, end: match.index + match[0].length, value: match[0] });
    lastEnd = match.index + match[0].length;
    keywords.lastIndex = Math.max(keywords.lastIndex, lastEnd);
  }
  return found;
}
