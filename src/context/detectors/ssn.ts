import type { Detection } from '../types.js';
import { before, scanRegex } from './scan.js';

const DASHED = /(?<![\w.-])\d{3}-\d{2}-\d{4}(?![\w]|[.-]\d)/g;
const UNDASHED = /(?<![\w.-])\d{3} ?\d{2} ?\d{4}(?![\w]|[.-]\d)/g;
const SSN_CONTEXT = /(?:ssn|social[ _-]?security|soc[ _-]?sec|taxpayer|tin\b)/;

/** Area not 000, 666 or 9xx; group not 00; serial not 0000. */
function validSsn(value: string): boolean {
  const digits = value.replace(/\D/g, '');
  const area = digits.slice(0, 3);
  if (area === '000' || area === '666' || area.startsWith('9')) return false;
  return digits.slice(3, 5) !== '00' && digits.slice(5) !== '0000';
}

/** US social security numbers: dashed form anywhere, bare or spaced nine digits when the context says SSN. */
export function detectSsns(text: string): Detection[] {
  const dashed = scanRegex(text, DASHED, (_m, value) => (validSsn(value) ? 'ssn' : undefined));
  const contextual = scanRegex(text, UNDASHED, (_m, value, start) =>
    validSsn(value) && SSN_CONTEXT.test(before(text, start, 40)) ? 'ssn' : undefined,
  );
  return [...dashed, ...contextual];
}
