/**
 * Character classes for the hidden-Unicode rules, as data. Escapes only: this file must not itself contain
 * hidden characters (the repository scans itself).
 */

/** Any character the hidden-Unicode rules look at (cheap prefilter and run finder). */
export const HIDDEN_RUN =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: the class lists combining marks and selectors on purpose
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u3164\uE000-\uF8FF\uFE00-\uFE0F\uFEFF\uFFA0\u{E0000}-\u{E007F}\u{E0100}-\u{E01EF}\u{F0000}-\u{FFFFD}\u{100000}-\u{10FFFD}]+/gu;

/** Same set, non-global, for a quick test. */
export const HAS_HIDDEN = new RegExp(HIDDEN_RUN.source, 'u');

export type HiddenClass = 'tag' | 'variation' | 'bidi' | 'invisible' | 'private-use';

export function classOf(cp: number): HiddenClass {
  if (cp >= 0xe0000 && cp <= 0xe007f) return 'tag';
  if ((cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef)) return 'variation';
  if (isBidiControl(cp)) return 'bidi';
  if ((cp >= 0xe000 && cp <= 0xf8ff) || cp >= 0xf0000) return 'private-use';
  return 'invisible';
}

export function isBidiControl(cp: number): boolean {
  return (
    (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) || cp === 0x200e || cp === 0x200f || cp === 0x061c
  );
}

/** Names for messages and snippets. */
export const CHARACTER_NAMES: Readonly<Record<number, string>> = {
  173: 'SOFT HYPHEN',
  847: 'COMBINING GRAPHEME JOINER',
  1564: 'ARABIC LETTER MARK',
  4447: 'HANGUL CHOSEONG FILLER',
  4448: 'HANGUL JUNGSEONG FILLER',
  6158: 'MONGOLIAN VOWEL SEPARATOR',
  8203: 'ZERO WIDTH SPACE',
  8204: 'ZERO WIDTH NON-JOINER',
  8205: 'ZERO WIDTH JOINER',
  8206: 'LEFT-TO-RIGHT MARK',
  8207: 'RIGHT-TO-LEFT MARK',
  8234: 'LEFT-TO-RIGHT EMBEDDING',
  8235: 'RIGHT-TO-LEFT EMBEDDING',
  8236: 'POP DIRECTIONAL FORMATTING',
  8237: 'LEFT-TO-RIGHT OVERRIDE',
  8238: 'RIGHT-TO-LEFT OVERRIDE',
  8288: 'WORD JOINER',
  8289: 'FUNCTION APPLICATION',
  8290: 'INVISIBLE TIMES',
  8291: 'INVISIBLE SEPARATOR',
  8292: 'INVISIBLE PLUS',
  8294: 'LEFT-TO-RIGHT ISOLATE',
  8295: 'RIGHT-TO-LEFT ISOLATE',
  8296: 'FIRST STRONG ISOLATE',
  8297: 'POP DIRECTIONAL ISOLATE',
  12644: 'HANGUL FILLER',
  65279: 'ZERO WIDTH NO-BREAK SPACE (BOM)',
  65440: 'HALFWIDTH HANGUL FILLER',
};

export function describeCodePoint(cp: number): string {
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = CHARACTER_NAMES[cp];
  return name ? `${hex} ${name}` : hex;
}

/** Scripts whose words legitimately use ZWNJ/ZWJ between letters (Persian, Arabic, Indic, Sinhala...). */
export const JOINING_SCRIPT_LETTER =
  /[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Myanmar}\p{Script=Khmer}\p{Script=Tibetan}\p{Script=Mongolian}\p{Script=Hebrew}\p{M}]/u;
export const HANGUL = /\p{Script=Hangul}/u;
export const MONGOLIAN = /\p{Script=Mongolian}/u;
export const KHMER = /\p{Script=Khmer}/u;
export const HAN_OR_CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
// biome-ignore lint/suspicious/noMisleadingCharacterClass: U+20E3 (keycap) is listed on its own on purpose
export const EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Presentation}\p{Emoji}\u{1F3FB}-\u{1F3FF}\u20E3]/u;
export const MATH_OR_SYMBOL = /[\p{Sm}\p{So}]/u;
/** Strong right-to-left letters: a line with them may legitimately carry bidi controls. */
export const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;
export const IDENTIFIER_CHAR = /[\p{L}\p{N}_$]/u;

/** The binary alphabets zero-width steganography uses. */
export const ZERO_WIDTH_DATA = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0x2062, 0x2063, 0x2064, 0xfeff, 0x180e]);
