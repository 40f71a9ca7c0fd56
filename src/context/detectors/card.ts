import type { Detection } from '../types.js';
import { scanRegex } from './scan.js';

/** 13-19 digits, either contiguous or in groups separated by one kind of separator (space or dash). */
const CANDIDATE = /(?<![\w.+-])\d{4}(?:\d{9,15}|(?:[ -]\d{3,6}){2,4})(?![\w]|[.-]\d)/g;

/** Issuer identification number ranges and the lengths each scheme issues. */
const SCHEMES: ReadonlyArray<{ name: string; prefix: RegExp; lengths: readonly number[] }> = [
  { name: 'visa', prefix: /^4/, lengths: [13, 16, 19] },
  { name: 'mastercard', prefix: /^(?:5[1-5]|2(?:22[1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720))/, lengths: [16] },
  { name: 'amex', prefix: /^3[47]/, lengths: [15] },
  {
    name: 'discover',
    prefix: /^(?:6011|65|64[4-9]|622(?:12[6-9]|1[3-9]\d|[2-8]\d\d|9[01]\d|92[0-5]))/,
    lengths: [16, 17, 18, 19],
  },
  { name: 'jcb', prefix: /^35(?:2[89]|[3-8]\d)/, lengths: [16, 17, 18, 19] },
  { name: 'diners', prefix: /^3(?:0[0-5]|[689])/, lengths: [14, 15, 16, 17, 18, 19] },
  { name: 'unionpay', prefix: /^62/, lengths: [16, 17, 18, 19] },
  { name: 'maestro', prefix: /^(?:5[06-9]|6\d)/, lengths: [13, 14, 15, 16, 17, 18, 19] },
];

export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let digit = digits.charCodeAt(i) - 48;
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
    double = !double;
  }
  return sum % 10 === 0;
}

export function cardScheme(digits: string): string | undefined {
  return SCHEMES.find((scheme) => scheme.prefix.test(digits) && scheme.lengths.includes(digits.length))?.name;
}

/** Payment card numbers: right length for a known scheme's IIN and a valid Luhn check digit. */
export function detectCards(text: string): Detection[] {
  return scanRegex(text, CANDIDATE, (_m, value) => {
    const separators = value.replace(/\d/g, '');
    if (separators.length > 0 && new Set(separators).size > 1) return undefined;
    const digits = value.replace(/\D/g, '');
    if (digits.length < 13 || digits.length > 19 || /^(\d)\1+$/.test(digits)) return undefined;
    const scheme = cardScheme(digits);
    if (!scheme || !luhnValid(digits)) return undefined;
    return { kind: 'card', detail: `${scheme} card number` };
  });
}
