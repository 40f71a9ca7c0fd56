import { traitsFromPath } from '../../core/file-traits.js';
import type { Confidence } from '../../core/finding.js';
import type { FileTrait } from '../../core/scanner.js';
import { hitCodesOf } from './chars.js';
import { Latin1Bytes } from './latin1-bytes.js';
import { type Prefilter, scanKeywords } from './prefilter.js';
import type { RawMatch, RuleInput, SecretRule, SourceText } from './rule-types.js';
import { isPlaceholder, isTemplated, shannonEntropy } from './values.js';

/** A secret found by one rule, with offsets of the value itself in the scanned text. */
export interface EngineMatch {
  rule: SecretRule;
  /** The rule reported (differs from `rule.id` when a Kubernetes value decodes to a known token). */
  ruleId: string;
  kind: string;
  start: number;
  end: number;
  value: string;
  confidence: Confidence;
  validated: boolean;
  entropy: number;
}

export interface DetectOptions {
  path?: string;
  /** All the file's traits, path ones included (the scanner passes them); absent: derived from the path. */
  traits?: readonly FileTrait[];
  /** Bytes given are UTF-8 (not one character per byte): see Latin1Bytes. */
  utf8?: boolean;
}

/** Lines longer than this are treated as minified: only prefixed rules, and only near the hit. */
const LONG_LINE = 1000;
const WINDOW_BEFORE = 300;
const WINDOW_AFTER = 1000;

function runPattern(pattern: RegExp, input: RuleInput): RawMatch[] {
  const { window } = input;
  const matches: RawMatch[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(window); m !== null; m = pattern.exec(window)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const value = m[1] ?? m[0];
    const offset = m.indices?.[1]?.[0] ?? m.index + m[0].indexOf(value);
    matches.push({ start: input.windowStart + offset, end: input.windowStart + offset + value.length, value });
  }
  return matches;
}

/** A value a rule's validation proved fake (bad checksum, not a JWT): no weaker rule may report it. */
interface Rejected {
  start: number;
  end: number;
  priority: number;
}

function judge(rule: SecretRule, raw: RawMatch, rejected: Rejected[]): EngineMatch | undefined {
  if (raw.value.length === 0 || isTemplated(raw.value) || isPlaceholder(raw.value)) return undefined;
  let validated = raw.validated ?? false;
  if (rule.validate) {
    if (!rule.validate(raw.value)) {
      rejected.push({ start: raw.start, end: raw.end, priority: rule.priority });
      return undefined;
    }
    validated = true;
  }
  const entropy = shannonEntropy(raw.value);
  if (rule.minEntropy !== undefined && entropy < rule.minEntropy) return undefined;
  return {
    rule,
    ruleId: raw.ruleId ?? rule.id,
    kind: raw.kind ?? rule.kind,
    start: raw.start,
    end: raw.end,
    value: raw.value,
    confidence: raw.confidence ?? (validated ? 'high' : rule.confidence),
    validated,
    entropy: Math.round(entropy * 100) / 100,
  };
}

/** Keep, of overlapping matches, the one from the most specific rule (then the longest). */
function resolveOverlaps(matches: EngineMatch[], rejected: readonly Rejected[]): EngineMatch[] {
  const overruled = (m: EngineMatch) =>
    rejected.some((r) => r.priority > m.rule.priority && m.start < r.end && r.start < m.end);
  const ranked = matches
    .filter((m) => !overruled(m))
    .sort((a, b) => b.rule.priority - a.rule.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: EngineMatch[] = [];
  for (const match of ranked) {
    if (!kept.some((k) => match.start < k.end && k.start < match.end)) kept.push(match);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Run the rules over `text`: one prefilter pass, then each triggered rule once per line (or window). Given a file's
 * bytes, they are read as Latin-1 and only the lines around hits become strings; offsets are then byte offsets.
 */
export function detectWith(prefilter: Prefilter, input: string | Buffer, options: DetectOptions = {}): EngineMatch[] {
  const text: SourceText = typeof input === 'string' ? input : new Latin1Bytes(input, options.utf8);
  const codes = typeof input === 'string' ? hitCodesOf(input) : input;
  const path = options.path ?? '';
  const traits = options.traits ?? traitsFromPath(path);
  const lockfile = traits.includes('lockfile');
  const minified = traits.includes('minified');
  // Sample and template files hold made-up values by convention: only self-identifying (prefixed) formats count.
  const example = traits.includes('example');
  const found: EngineMatch[] = [];
  const rejected: Rejected[] = [];
  const ranOnLine = new Set<SecretRule>();
  const ranUntil = new Map<SecretRule, number>();
  let lineStart = 0;
  let lineEnd = -1;
  let line: string | undefined;
  const rescan = (inner: string): RawMatch[] =>
    detectWith(prefilter, inner, { path }).map((match) => ({
      start: match.start,
      end: match.end,
      value: match.value,
      ruleId: match.ruleId,
      kind: match.kind,
      confidence: match.confidence,
      validated: match.validated,
    }));
  scanKeywords(prefilter, input, (hit, { keyword, rules }) => {
    for (const rule of rules) {
      const loose = rule.precision !== 'prefixed';
      if (loose && (lockfile || minified || example)) continue;
      // A hit on a long line already read: generic and contextual rules skip it without testing it.
      if (loose && hit <= lineEnd && lineEnd - lineStart > LONG_LINE) continue;
      if (rule.mayMatchAt && !rule.mayMatchAt(codes, hit, keyword, path)) continue;
      // The line is read only for a hit some rule may match through.
      if (hit > lineEnd) {
        lineStart = text.lastIndexOf('\n', hit) + 1;
        lineEnd = text.indexOf('\n', hit);
        if (lineEnd === -1) lineEnd = text.length;
        line = undefined;
        ranOnLine.clear();
      }
      const longLine = lineEnd - lineStart > LONG_LINE;
      if (loose && longLine) continue;
      let windowStart = lineStart;
      let windowEnd = lineEnd;
      let window: string;
      let firstOnLine = true;
      if (longLine) {
        if (!rule.perHit && (ranUntil.get(rule) ?? -1) > hit + WINDOW_BEFORE) continue;
        windowStart = Math.max(lineStart, hit - WINDOW_BEFORE);
        windowEnd = Math.min(lineEnd, hit + WINDOW_AFTER);
        ranUntil.set(rule, windowEnd);
        window = text.slice(windowStart, windowEnd);
      } else {
        firstOnLine = !ranOnLine.has(rule);
        if (!firstOnLine && !rule.perHit) continue;
        ranOnLine.add(rule);
        line ??= text.slice(lineStart, lineEnd);
        window = line;
      }
      const ruleInput: RuleInput = { text, window, windowStart, windowEnd, hit, firstOnLine, path, rescan };
      const raws = rule.extract ? rule.extract(ruleInput) : rule.pattern ? runPattern(rule.pattern, ruleInput) : [];
      for (const raw of raws) {
        const match = judge(rule, raw, rejected);
        if (match) found.push(match);
      }
    }
  });
  return resolveOverlaps(found, rejected);
}
