import { randomBytes } from 'node:crypto';
import { detectAll, levelOf } from './detect.js';
import {
  alignToJsonEscapes,
  doubleQuoted,
  type ScalarSlot,
  safeYamlPlain,
  textStructure,
} from './formats/structure.js';
import { lineFinder } from './lines.js';
import { hashToken, maskValue, modeFor, redactToken } from './operators.js';
import { aiContextOf, type HasAiContext } from './policy.js';
import { type Detection, LEVEL_RANK, type SanitizeMode } from './types.js';
import { createVault, type TokenVault, tokenizer } from './vault.js';

export interface SanitizeOptions {
  /** Replaces policy ai_context.default_mode; per-kind ai_context.operators still win. */
  mode?: SanitizeMode;
  policy?: HasAiContext;
  /** Path of the text (format and never-include globs); '-' or undefined for stdin. */
  path?: string;
  /** Token vault for tokenize mode; a fresh in-memory one is created (and returned) when absent. */
  vault?: TokenVault;
  /** HMAC key for hash mode; else env BULWARK_CONTEXT_KEY; else a random key for this call only. */
  key?: string | Buffer;
  env?: NodeJS.ProcessEnv;
}

export interface Replacement {
  kind: string;
  line: number;
  mode: SanitizeMode;
  /** The text put in place of the value (a token or a mask, never the value). */
  token: string;
}

export interface SanitizeResult {
  text: string;
  replacements: Replacement[];
  format: 'json' | 'yaml' | 'text';
  vault?: TokenVault;
}

interface Segment {
  kind: string;
  start: number;
  end: number;
  mode: SanitizeMode;
  rank: number;
}

interface Edit {
  start: number;
  end: number;
  text: string;
  kind: string;
  mode: SanitizeMode;
}

const PEM_EDGE = /^-----(?:BEGIN|END) [A-Z0-9 #]+-----$/;

/** Split a detection into one segment per line (line count kept); PEM BEGIN/END lines stay readable. */
function segmentsOf(text: string, detection: Detection, mode: SanitizeMode): Segment[] {
  const rank = LEVEL_RANK[levelOf(detection)];
  const segments: Segment[] = [];
  let lineStart = detection.start;
  while (lineStart < detection.end) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 || newline > detection.end ? detection.end : newline;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && /\s/.test(text[start] ?? '')) start++;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    const piece = text.slice(start, end);
    const multiLine = detection.value.includes('\n');
    if (end > start && !(multiLine && PEM_EDGE.test(piece)))
      segments.push({ kind: detection.kind, start, end, mode, rank });
    lineStart = lineEnd + 1;
  }
  return segments;
}

/** The slot containing each segment (both lists sorted by start), or undefined. */
function slotIndexOf(slots: readonly ScalarSlot[], segment: Segment): number | undefined {
  let low = 0;
  let high = slots.length - 1;
  let found: number | undefined;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((slots[mid]?.start ?? 0) <= segment.start) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  const slot = found === undefined ? undefined : slots[found];
  return slot && segment.end <= slot.end ? found : undefined;
}

/**
 * Replace every sensitive value in `text` with a token, keeping the structure: the same number of lines, and in
 * JSON/YAML only values change and the document still parses (quoting a scalar when a token could not stand bare).
 */
export function sanitize(text: string, options: SanitizeOptions = {}): SanitizeResult {
  const policy = aiContextOf(options.policy);
  const fallback = options.mode ?? policy.default_mode;
  const structure = textStructure(text, options.path);
  const detections = detectAll(text, { path: options.path, policy });
  const hashKey =
    options.key !== undefined
      ? Buffer.isBuffer(options.key)
        ? options.key
        : Buffer.from(options.key, 'utf8')
      : options.env?.BULWARK_CONTEXT_KEY
        ? Buffer.from(options.env.BULWARK_CONTEXT_KEY, 'utf8')
        : randomBytes(32);
  let vault = options.vault;
  let tokenize: ReturnType<typeof tokenizer> | undefined;
  const tokenFor = (kind: string, value: string, quoted: boolean) => {
    if (!tokenize) {
      vault ??= createVault();
      tokenize = tokenizer(vault);
    }
    return tokenize(kind, value, quoted);
  };
  const render = (segment: Segment, preview = false): string => {
    const value = text.slice(segment.start, segment.end);
    if (segment.mode === 'redact') return redactToken(segment.kind);
    if (segment.mode === 'mask') return maskValue(value);
    if (segment.mode === 'hash') return hashToken(segment.kind, value, hashKey);
    return preview ? `[[BLWK:${segment.kind}:0000]]` : tokenFor(segment.kind, value, false);
  };

  /** Replacements inside one scalar slot: in place when the result is still a safe plain scalar, else quoted. */
  const slotEdits = (slot: ScalarSlot, group: Segment[]): Edit[] => {
    const scalarWith = (preview: boolean) => {
      let scalar = '';
      let cursor = slot.start;
      for (const segment of group) {
        scalar += text.slice(cursor, segment.start) + render(segment, preview);
        cursor = segment.end;
      }
      return scalar + text.slice(cursor, slot.end);
    };
    if (slot.style !== 'json-bare' && safeYamlPlain(scalarWith(true), slot.style)) {
      return group.map((segment) => ({ ...segment, text: render(segment) }));
    }
    const top = [...group].sort((a, b) => b.rank - a.rank)[0] as Segment;
    const wholeText = group.every((segment) => segment.mode === 'tokenize')
      ? `"${tokenFor(top.kind, text.slice(slot.start, slot.end), true)}"`
      : doubleQuoted(scalarWith(false));
    return [{ start: slot.start, end: slot.end, text: wholeText, kind: top.kind, mode: top.mode }];
  };

  const segments = detections.flatMap((detection) => {
    let { start, end } = detection;
    if (structure.format === 'json') [start, end] = alignToJsonEscapes(text, start, end);
    const mode = modeFor(detection.kind, policy, fallback);
    return segmentsOf(text, { ...detection, start, end }, mode);
  });

  const edits: Edit[] = [];
  // Segments are in text order; those sharing a scalar slot are handled together, so tokens number in text order.
  for (let i = 0; i < segments.length; ) {
    const first = segments[i] as Segment;
    const slotIndex = slotIndexOf(structure.slots, first);
    const slot = slotIndex === undefined ? undefined : structure.slots[slotIndex];
    if (!slot) {
      edits.push({ ...first, text: render(first) });
      i++;
      continue;
    }
    const group: Segment[] = [];
    while (i < segments.length && (segments[i] as Segment).end <= slot.end) group.push(segments[i++] as Segment);
    edits.push(...slotEdits(slot, group));
  }

  edits.sort((a, b) => a.start - b.start);
  const lineOf = lineFinder(text);
  const parts: string[] = [];
  const replacements: Replacement[] = [];
  let cursor = 0;
  for (const edit of edits) {
    parts.push(text.slice(cursor, edit.start), edit.text);
    cursor = edit.end;
    replacements.push({ kind: edit.kind, line: lineOf(edit.start), mode: edit.mode, token: edit.text });
  }
  parts.push(text.slice(cursor));
  return { text: parts.join(''), replacements, format: structure.format, ...(vault ? { vault } : {}) };
}
