/**
 * Look-alikes of ASCII letters and digits: the common Cyrillic, Greek and fullwidth entries of Unicode's
 * confusables.txt (Unicode Technical Standard #39, https://www.unicode.org/Public/security/latest/confusables.txt,
 * Copyright Unicode, Inc., Unicode License v3). Written as escapes so this file shows what it maps.
 */
const PAIRS: ReadonlyArray<readonly [number, string]> = [
  // Cyrillic lower case
  [0x0430, 'a'],
  [0x0435, 'e'],
  [0x043e, 'o'],
  [0x0440, 'p'],
  [0x0441, 'c'],
  [0x0443, 'y'],
  [0x0445, 'x'],
  [0x0455, 's'],
  [0x0456, 'i'],
  [0x0458, 'j'],
  [0x0501, 'd'],
  [0x051b, 'q'],
  [0x051d, 'w'],
  [0x04bb, 'h'],
  [0x0475, 'v'],
  [0x04cf, 'l'],
  [0x0261, 'g'],
  // Cyrillic upper case
  [0x0410, 'A'],
  [0x0412, 'B'],
  [0x0415, 'E'],
  [0x041a, 'K'],
  [0x041c, 'M'],
  [0x041d, 'H'],
  [0x041e, 'O'],
  [0x0420, 'P'],
  [0x0421, 'C'],
  [0x0422, 'T'],
  [0x0425, 'X'],
  [0x0405, 'S'],
  [0x0406, 'I'],
  [0x0408, 'J'],
  [0x04ae, 'Y'],
  [0x0417, '3'],
  [0x04c0, 'I'],
  [0x051a, 'Q'],
  [0x051c, 'W'],
  // Greek
  [0x03bf, 'o'],
  [0x03b1, 'a'],
  [0x03c1, 'p'],
  [0x03bd, 'v'],
  [0x03b9, 'i'],
  [0x03c5, 'u'],
  [0x03c7, 'x'],
  [0x03ba, 'k'],
  [0x0391, 'A'],
  [0x0392, 'B'],
  [0x0395, 'E'],
  [0x0396, 'Z'],
  [0x0397, 'H'],
  [0x0399, 'I'],
  [0x039a, 'K'],
  [0x039c, 'M'],
  [0x039d, 'N'],
  [0x039f, 'O'],
  [0x03a1, 'P'],
  [0x03a4, 'T'],
  [0x03a5, 'Y'],
  [0x03a7, 'X'],
];

const TABLE = new Map<number, string>(PAIRS);
// Fullwidth forms: U+FF01-U+FF5E are ASCII U+0021-U+007E shifted by 0xFEE0.
for (let cp = 0xff10; cp <= 0xff5a; cp++) {
  const ascii = String.fromCharCode(cp - 0xfee0);
  if (/[0-9A-Za-z]/.test(ascii)) TABLE.set(cp, ascii);
}

/** The ASCII look-alike of a code point, if it has one. */
export function asciiLookalike(cp: number): string | undefined {
  return TABLE.get(cp);
}

/** The ASCII skeleton of a word, or undefined when some non-ASCII character has no look-alike. */
export function asciiSkeleton(word: string): string | undefined {
  let out = '';
  for (const ch of word) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) out += ch;
    else {
      const ascii = TABLE.get(cp);
      if (ascii === undefined) return undefined;
      out += ascii;
    }
  }
  return out;
}

/** Cheap test for the scripts the table covers. */
export const HAS_CONFUSABLE_SCRIPT = /[\u0370-\u03FF\u0400-\u052F\uFF10-\uFF5A]/;
