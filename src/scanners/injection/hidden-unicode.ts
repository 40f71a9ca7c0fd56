import type { Severity } from '../../core/finding.js';
import { findBidiHits } from './bidi.js';
import type { Hit, ScanFacts } from './hit.js';
import { looksLikeInstruction } from './instructions.js';
import {
  classOf,
  describeCodePoint,
  EMOJI,
  HAN_OR_CJK,
  HANGUL,
  HIDDEN_RUN,
  IDENTIFIER_CHAR,
  JOINING_SCRIPT_LETTER,
  KHMER,
  MATH_OR_SYMBOL,
  MONGOLIAN,
  ZERO_WIDTH_DATA,
} from './unicode-tables.js';

/** At most this many low-severity hits per rule and chunk (icon fonts, soft-hyphenated prose). */
const LOW_HIT_CAP = 20;
const BLACK_FLAG = 0x1f3f4;
const CANCEL_TAG = 0xe007f;

function charOf(cp: number | undefined): string {
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

function codePointBefore(text: string, index: number): number | undefined {
  if (index <= 0) return undefined;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) return text.codePointAt(index - 2);
  return low;
}

interface Segment {
  cls: ReturnType<typeof classOf>;
  start: number;
  end: number;
  cps: number[];
}

function segments(run: string, offset: number): Segment[] {
  const out: Segment[] = [];
  let index = offset;
  for (const ch of run) {
    const cp = ch.codePointAt(0) ?? 0;
    const cls = classOf(cp);
    const last = out[out.length - 1];
    if (last && last.cls === cls && cls !== 'invisible') {
      last.cps.push(cp);
      last.end += ch.length;
    } else out.push({ cls, start: index, end: index + ch.length, cps: [cp] });
    index += ch.length;
  }
  return out;
}

function decodeTags(cps: readonly number[]): string {
  return cps
    .map((cp) => cp - 0xe0000)
    .filter((value) => value >= 0x20 && value <= 0x7e)
    .map((value) => String.fromCharCode(value))
    .join('');
}

/** Emoji smuggling: each selector carries one byte (FE00-FE0F: 0-15, E0100-E01EF: 16-255). */
function decodeVariationBytes(cps: readonly number[]): string {
  const bytes = cps.map((cp) => (cp <= 0xfe0f ? cp - 0xfe00 : cp - 0xe0100 + 16));
  const text = Buffer.from(bytes).toString('utf8');
  return text.replace(/[^\x20-\x7e\u00a0-\uffff]/g, '?');
}

/** Zero-width steganography: two symbols as bits, 8 bits a character. Returns printable text or undefined. */
function decodeZeroWidthBits(cps: readonly number[]): string | undefined {
  const symbols = [...new Set(cps)];
  if (symbols.length !== 2 || cps.length < 16) return undefined;
  for (const [zero, one] of [
    [symbols[0], symbols[1]],
    [symbols[1], symbols[0]],
  ]) {
    const bits = cps.map((cp) => (cp === one ? '1' : cp === zero ? '0' : ''));
    let text = '';
    for (let i = 0; i + 8 <= bits.length; i += 8)
      text += String.fromCharCode(Number.parseInt(bits.slice(i, i + 8).join(''), 2));
    if (/^[\x20-\x7e]{2,}$/.test(text)) return text;
  }
  return undefined;
}

function quoteDecoded(text: string): string {
  const shown = text.length > 120 ? `${text.slice(0, 120)}…` : text;
  return JSON.stringify(shown);
}

function isFlagTagSequence(text: string, segment: Segment): boolean {
  const before = codePointBefore(text, segment.start);
  if (before !== BLACK_FLAG || segment.cps[segment.cps.length - 1] !== CANCEL_TAG) return false;
  return segment.cps.slice(0, -1).every((cp) => (cp >= 0xe0030 && cp <= 0xe0039) || (cp >= 0xe0061 && cp <= 0xe007a));
}

function legitimateVariation(base: number | undefined, cps: readonly number[]): boolean {
  if (cps.length !== 1 || base === undefined) return false;
  const cp = cps[0] ?? 0;
  const baseChar = charOf(base);
  if (cp === 0xfe0e || cp === 0xfe0f) return EMOJI.test(baseChar) || MATH_OR_SYMBOL.test(baseChar);
  if (cp >= 0xe0100) return HAN_OR_CJK.test(baseChar);
  return HAN_OR_CJK.test(baseChar) || MATH_OR_SYMBOL.test(baseChar) || EMOJI.test(baseChar);
}

function legitimateInvisible(
  facts: ScanFacts,
  cp: number,
  index: number,
  prev: number | undefined,
  next: number | undefined,
) {
  const p = charOf(prev);
  const n = charOf(next);
  switch (cp) {
    case 0x200d:
      return (
        ((EMOJI.test(p) || prev === 0xfe0f) && EMOJI.test(n)) ||
        JOINING_SCRIPT_LETTER.test(p) ||
        JOINING_SCRIPT_LETTER.test(n)
      );
    case 0x200c:
    case 0x034f:
      return JOINING_SCRIPT_LETTER.test(p) || JOINING_SCRIPT_LETTER.test(n);
    case 0xfeff:
      return index === 0 && facts.startsAtFileStart;
    case 0x00ad:
      return facts.kind !== 'code';
    case 0x180b:
    case 0x180c:
    case 0x180d:
    case 0x180e:
      return MONGOLIAN.test(p) || MONGOLIAN.test(n);
    case 0x115f:
    case 0x1160:
    case 0x3164:
    case 0xffa0:
      return HANGUL.test(p) || HANGUL.test(n);
    case 0x17b4:
    case 0x17b5:
      return KHMER.test(p) || KHMER.test(n);
    default:
      return false;
  }
}

const ASCII_IDENTIFIER_CHAR = /^[A-Za-z0-9_$]$/;
const HANGUL_FILLERS = new Set([0x115f, 0x1160, 0x3164, 0xffa0]);

function invisibleSeverity(
  facts: ScanFacts,
  cps: readonly number[],
  prev: number | undefined,
  next: number | undefined,
): Severity {
  if (facts.agentInstructions) return 'high';
  if (cps.filter((cp) => ZERO_WIDTH_DATA.has(cp)).length >= 8) return 'high';
  if (facts.kind === 'code' && cps.some((cp) => HANGUL_FILLERS.has(cp))) return 'high';
  const inIdentifier = ASCII_IDENTIFIER_CHAR.test(charOf(prev)) && ASCII_IDENTIFIER_CHAR.test(charOf(next));
  if (facts.kind === 'code' && inIdentifier) return 'medium';
  return facts.kind === 'docs' ? 'info' : 'low';
}

/** Tag characters, zero-width/invisible characters, variation selectors and private-use characters; bidi via bidi.ts. */
export function findHiddenUnicode(facts: ScanFacts): Hit[] {
  const { text } = facts;
  const hits: Hit[] = [];
  const lowCount = new Map<string, number>();
  const push = (hit: Hit) => {
    if (hit.severity === 'low' || hit.severity === 'info') {
      const count = (lowCount.get(hit.rule) ?? 0) + 1;
      lowCount.set(hit.rule, count);
      if (count > LOW_HIT_CAP) return;
    }
    hits.push(hit);
  };
  let sawBidi = false;
  for (const match of text.matchAll(HIDDEN_RUN)) {
    const runStart = match.index;
    const all = segments(match[0], runStart);
    // Invisible characters of one run are judged together (a run of zero-width characters is one hit).
    const invisible = all.filter((s) => s.cls === 'invisible');
    for (const segment of all) {
      if (segment.cls === 'bidi') sawBidi = true;
      if (segment.cls === 'tag') handleTags(facts, segment, push);
      else if (segment.cls === 'variation') handleVariation(facts, segment, push);
      else if (segment.cls === 'private-use') handlePrivateUse(facts, segment, push);
    }
    if (invisible.length > 0) handleInvisibleRun(facts, invisible, push);
  }
  if (sawBidi) hits.push(...findBidiHits(facts));
  return hits;
}

function handleTags(facts: ScanFacts, segment: Segment, push: (hit: Hit) => void): void {
  if (isFlagTagSequence(facts.text, segment)) return;
  const decoded = decodeTags(segment.cps);
  const severity: Severity = decoded.length > 0 && looksLikeInstruction(decoded) ? 'critical' : 'high';
  push({
    rule: 'tagSmuggling',
    start: segment.start,
    end: segment.end,
    severity,
    message: `${segment.cps.length} invisible Unicode tag characters hide the text ${quoteDecoded(decoded)}.`,
    evidence: `tags:${decoded}`,
    properties: { decoded },
  });
}

function handleVariation(facts: ScanFacts, segment: Segment, push: (hit: Hit) => void): void {
  const base = codePointBefore(facts.text, segment.start);
  if (legitimateVariation(base, segment.cps)) return;
  if (segment.cps.length >= 2) {
    const decoded = decodeVariationBytes(segment.cps);
    const severity: Severity = looksLikeInstruction(decoded) ? 'critical' : 'high';
    push({
      rule: 'variationSelectors',
      start: segment.start,
      end: segment.end,
      severity,
      message: `${segment.cps.length} variation selectors after ${describeCodePoint(base ?? 0)} encode the bytes ${quoteDecoded(decoded)}.`,
      evidence: `vs:${decoded}`,
      properties: { decoded },
    });
    return;
  }
  push({
    rule: 'variationSelectors',
    start: segment.start,
    end: segment.end,
    severity: facts.agentInstructions ? 'high' : 'low',
    message: `${describeCodePoint(segment.cps[0] ?? 0)} follows ${describeCodePoint(base ?? 0)}, which has no variant form.`,
    evidence: `vs1:${segment.cps[0]}`,
  });
}

function handlePrivateUse(facts: ScanFacts, segment: Segment, push: (hit: Hit) => void): void {
  push({
    rule: 'privateUse',
    start: segment.start,
    end: segment.end,
    severity: facts.agentInstructions ? 'high' : facts.kind === 'docs' ? 'info' : 'low',
    message: `${segment.cps.length} private-use character(s) (${describeCodePoint(segment.cps[0] ?? 0)}) with no standard meaning.`,
    evidence: `pua:${segment.cps.length}`,
  });
}

function handleInvisibleRun(facts: ScanFacts, parts: readonly Segment[], push: (hit: Hit) => void): void {
  const { text } = facts;
  const suspicious: number[] = [];
  let start = -1;
  let end = -1;
  for (const part of parts) {
    const cp = part.cps[0] ?? 0;
    const prev = codePointBefore(text, part.start);
    const next = text.codePointAt(part.end);
    if (legitimateInvisible(facts, cp, part.start, prev, next)) continue;
    suspicious.push(cp);
    if (start === -1) start = part.start;
    end = part.end;
  }
  if (suspicious.length === 0) return;
  const prev = codePointBefore(text, start);
  const next = text.codePointAt(end);
  const severity = invisibleSeverity(facts, suspicious, prev, next);
  const names = [...new Set(suspicious)].map(describeCodePoint).join(', ');
  const decoded = decodeZeroWidthBits(suspicious);
  const where = IDENTIFIER_CHAR.test(charOf(prev)) && IDENTIFIER_CHAR.test(charOf(next)) ? ' inside a word' : '';
  push({
    rule: 'invisible',
    start,
    end,
    severity,
    message:
      decoded === undefined
        ? `${suspicious.length} invisible character(s)${where}: ${names}.`
        : `${suspicious.length} zero-width characters encode the hidden text ${quoteDecoded(decoded)} (${names}).`,
    evidence: `zw:${suspicious.join(',')}`,
    ...(decoded === undefined ? {} : { properties: { decoded } }),
  });
}
