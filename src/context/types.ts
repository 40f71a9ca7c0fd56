/** Shared shapes of the AI-context module: what a detector finds and how sensitive it is. */

export type ContextLevel = 'safe' | 'requires-sanitisation' | 'never-include';

/** One sensitive value found in a text: `text.slice(start, end) === value`. */
export interface Detection {
  kind: string;
  start: number;
  end: number;
  value: string;
  /** Overrides the level the kind table gives (e.g. a connection string with a password). */
  level?: ContextLevel;
  /** A short human explanation (never the value itself). */
  detail?: string;
}

export type Detector = (text: string) => Detection[];

export type SanitizeMode = 'redact' | 'mask' | 'hash' | 'tokenize';

export const SANITIZE_MODES: readonly SanitizeMode[] = ['redact', 'mask', 'hash', 'tokenize'];

export const LEVEL_RANK: Record<ContextLevel, number> = {
  safe: 0,
  'requires-sanitisation': 1,
  'never-include': 2,
};
