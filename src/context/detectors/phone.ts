import type { Detection } from '../types.js';
import { before, scanRegex } from './scan.js';

/** +44 20 7946 0958, +1 (415) 555-0100, +4930123456: a plus, a country code and separated digit groups. */
const INTERNATIONAL = /(?<![\w+])\+(?:\d{7,15}|\d{1,4}(?:[ .-]?\(\d{1,5}\)|[ .-]\d{1,6}){1,6})(?![\w+]|[.-]\d)/g;

/** (555) 123-4567, 555-123-4567, 020 7946 0958: national forms, only reported with a phone keyword before them. */
const NATIONAL = /(?<![\w.+-])(?:\(\d{2,5}\) ?|\d{2,5}[ .-])\d{3,4}[ .-]\d{3,4}(?![\w]|[.-]\d)/g;

const PHONE_CONTEXT = /(?:phone|tel\b|telephone|mobile|cell|fax|call|contact|sms|whatsapp|dial|ph\.|tel:|☎)/;

function digitCount(value: string): number {
  let count = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 48 && code <= 57) count++;
  }
  return count;
}

/** Phone numbers in international (E.164-like) form anywhere, and national forms when the context says phone. */
export function detectPhones(text: string): Detection[] {
  const found: Detection[] = [];
  if (text.includes('+')) {
    found.push(
      ...scanRegex(text, INTERNATIONAL, (_m, value) => {
        const digits = digitCount(value);
        return digits >= 8 && digits <= 15 ? 'phone' : undefined;
      }),
    );
  }
  found.push(
    ...scanRegex(text, NATIONAL, (_m, value, start) => {
      const digits = digitCount(value);
      if (digits < 9 || digits > 12) return undefined;
      return PHONE_CONTEXT.test(before(text, start, 48)) ? 'phone' : undefined;
    }),
  );
  return found;
}
