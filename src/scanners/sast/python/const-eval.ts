import type { Constant } from './model.js';

/** Python truthiness of a constant. */
export function truthy(value: Constant): boolean {
  return value !== null && value !== false && value !== 0 && value !== '';
}

/** Fold a binary operator over two constants; undefined when not foldable. */
export function foldBinary(op: string, a: Constant, b: Constant): Constant | undefined {
  if (typeof a === 'number' && typeof b === 'number') {
    switch (op) {
      case '+':
        return a + b;
      case '-':
        return a - b;
      case '*':
        return a * b;
      case '/':
        return b === 0 ? undefined : a / b;
      case '//':
        return b === 0 ? undefined : Math.floor(a / b);
      case '%':
        return b === 0 ? undefined : ((a % b) + b) % b;
      case '**':
        return a ** b;
      default:
        return undefined;
    }
  }
  if (typeof a === 'string' && typeof b === 'string' && op === '+') return a + b;
  if (typeof a === 'string' && typeof b === 'number' && op === '*') return a.repeat(Math.max(0, Math.min(b, 1000)));
  return undefined;
}

/** Fold a comparison; undefined when not foldable. */
export function foldCompare(op: string, a: Constant, b: Constant): boolean | undefined {
  switch (op) {
    case '==':
    case 'is':
      return a === b;
    case '!=':
    case 'is not':
      return a !== b;
    default:
      break;
  }
  if ((typeof a === 'number' && typeof b === 'number') || (typeof a === 'string' && typeof b === 'string')) {
    switch (op) {
      case '<':
        return a < b;
      case '<=':
        return a <= b;
      case '>':
        return a > b;
      case '>=':
        return a >= b;
      default:
        return undefined;
    }
  }
  return undefined;
}

export function parseNumber(text: string): number | undefined {
  const clean = text.replace(/_/g, '').replace(/[lLjJ]$/, '');
  const value = /^0[xob]/i.test(clean) ? Number(clean) : Number.parseFloat(clean);
  return Number.isFinite(value) ? value : undefined;
}
