/** Character tests on character codes, for hit tests that read a text's codes without slicing it. */

/** What a hit test reads past the end of the text: no character. */
export const NO_CHAR = -1;

/** `[A-Za-z0-9]`. */
export function isAlphanumeric(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/** `[A-Za-z0-9_]`, JavaScript's `\w`. */
export function isWordChar(code: number): boolean {
  return isAlphanumeric(code) || code === 95;
}

/** 1 for each code of `[\w.-]`: a table read is cheaper than six comparisons in the hit tests' inner loops. */
const NAME_CHARS = new Uint8Array(256);
for (let code = 0; code < 256; code++) NAME_CHARS[code] = isWordChar(code) || code === 46 || code === 45 ? 1 : 0;

/** A character of `[\w.-]`: letters, digits, `_`, `.` and `-`. */
export function isNameChar(code: number): boolean {
  return NAME_CHARS[code] === 1;
}

/** What a JavaScript regex's `\s` matches. */
export function isRegexSpace(code: number): boolean {
  if (code <= 0xff) return code === 32 || (code >= 9 && code <= 13) || code === 0xa0;
  return (
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** A string's codes as HitCodes: one byte per character, 0x20 for a Unicode space, 0xFF for other wide ones. */
export function hitCodesOf(text: string): Uint8Array {
  const codes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    codes[i] = code <= 0xff ? code : isRegexSpace(code) ? 0x20 : 0xff;
  }
  return codes;
}

/** A lowercase hexadecimal digit. */
export function isLowerHex(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 102);
}

/** `[A-Za-z0-9_-]`, the base64url alphabet. */
export function isUrlSafe(code: number): boolean {
  return isAlphanumeric(code) || code === 95 || code === 45;
}

/** Whether the text holds `literal` (ASCII) at `offset`, case included. */
export function holdsAt(codes: Uint8Array, offset: number, literal: string): boolean {
  for (let i = 0; i < literal.length; i++) if (codes[offset + i] !== literal.charCodeAt(i)) return false;
  return true;
}

/** Whether the `count` codes from `from` on all pass `test` (a token body of at least that length follows). */
export function holdsRun(codes: Uint8Array, from: number, count: number, test: (code: number) => boolean): boolean {
  for (let i = from; i < from + count; i++) if (!test(codes[i] ?? NO_CHAR)) return false;
  return true;
}
