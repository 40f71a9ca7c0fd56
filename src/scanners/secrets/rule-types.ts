import type { Confidence } from '../../core/finding.js';
import type { RuleMeta } from '../../core/rule.js';

/**
 * How much a rule can be trusted on its own.
 * - prefixed: a distinctive token format (ghp_, AKIA, xoxb-); runs everywhere, minified bundles and lockfiles included.
 * - contextual: a loose value shape that needs a service name or key name next to it.
 * - generic: `password = value` heuristics; skipped in lockfiles and minified code.
 */
export type RulePrecision = 'prefixed' | 'contextual' | 'generic';

/** A candidate found by a rule, with offsets into the whole text. */
export interface RawMatch {
  start: number;
  end: number;
  value: string;
  /** Set when the rule decides the confidence itself (generic heuristics, checksums). */
  confidence?: Confidence;
  validated?: boolean;
  /** Overrides the rule's kind (e.g. a Kubernetes Secret value that decodes to a GitHub token). */
  kind?: string;
  /** Report under another rule (decoded Kubernetes values keep the inner rule). */
  ruleId?: string;
}

/**
 * A text as rules read it: a string, or a file's bytes read as Latin-1 (one character per byte; offsets are byte
 * offsets). A string is one already.
 */
export interface SourceText {
  readonly length: number;
  slice(start: number, end?: number): string;
  indexOf(search: string, position?: number): number;
  lastIndexOf(search: string, position?: number): number;
  startsWith(search: string, position?: number): boolean;
}

/**
 * The text as one byte per character, for hit tests: a file's bytes as they are, or a string's character codes with
 * those above 0xFF as 0xFF (or 0x20 for a Unicode space). Byte 0xA0 is a no-break space in Latin-1 but part of a
 * character in UTF-8: a test must treat it so that either reading can only make it say "maybe".
 */
export type HitCodes = Uint8Array;

/** The text a rule looks at: the whole text plus the window (a line, or part of a long line) around the hit. */
export interface RuleInput {
  text: SourceText;
  /** text.slice(windowStart, windowEnd), made once for every rule that reads it. */
  window: string;
  windowStart: number;
  windowEnd: number;
  /** Offset of the keyword that triggered the rule. */
  hit: number;
  /** False when the rule already ran on this line (only a `perHit` rule runs more than once per line). */
  firstOnLine: boolean;
  path: string;
  /** Run every rule over another text (a decoded value); offsets are into that text. */
  rescan: (text: string) => RawMatch[];
}

export interface SecretRule extends RuleMeta {
  /** What the secret is, for messages and `properties.secretKind`. */
  kind: string;
  /** Lowercase literals for the prefilter; the rule runs only around a hit. */
  keywords: readonly string[];
  /**
   * A cheap test at a keyword hit (`keyword` lowercase), made before the line around it is read: false only where the
   * rule cannot match through this hit. A rule that runs once per line must find nothing on a line where every hit
   * fails the test. Most hits of common keywords (`token`, `://`) end here. See HitCodes for what `codes` holds; `path`
   * is the file's.
   */
  mayMatchAt?: (codes: HitCodes, hit: number, keyword: string, path: string) => boolean;
  precision: RulePrecision;
  /** Higher wins when two rules match overlapping text. */
  priority: number;
  /** Global regex run over the window; group 1 (or the whole match) is the secret. */
  pattern?: RegExp;
  /** Custom matcher for values a regex alone cannot judge (multi-line blocks, URIs, generic assignments). */
  extract?: (input: RuleInput) => RawMatch[];
  /**
   * Run the extractor at every keyword hit (it looks only around the hit) instead of once per line (where it must
   * search the whole line).
   */
  perHit?: boolean;
  /** Offline validation (checksum, structure). `false` drops the match: the format cannot be genuine. */
  validate?: (value: string) => boolean;
  /** When validate is absent, only drop nothing; when present and true, the match is `validated`. */
  minEntropy?: number;
}
