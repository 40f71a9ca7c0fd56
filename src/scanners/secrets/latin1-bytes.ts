import type { SourceText } from './rule-types.js';

const NBSP = /\xa0/g;
/** Neither whitespace nor a word character to a regex, like the other bytes of a multi-byte character. */
const NEUTRAL = '\xff';

/**
 * A file's bytes read as Latin-1 text: what the rules need of a string (slices, searches) without decoding the whole
 * file, so only the lines around keyword hits ever become strings. For UTF-8 bytes, a 0xA0 byte is part of a
 * character (`à` is C3 A0), not a no-break space: slices show it as 0xFF, so a regex never ends a value there.
 */
export class Latin1Bytes implements SourceText {
  constructor(
    private readonly bytes: Buffer,
    private readonly utf8 = false,
  ) {}

  get length(): number {
    return this.bytes.length;
  }

  slice(start: number, end = this.bytes.length): string {
    const { length } = this.bytes;
    // As String.prototype.slice: negative offsets count from the end, and everything is clamped to the text.
    const clamp = (offset: number) => (offset < 0 ? Math.max(0, length + offset) : Math.min(offset, length));
    const from = clamp(start);
    const text = this.bytes.toString('latin1', from, Math.max(from, clamp(end)));
    return this.utf8 && text.includes('\xa0') ? text.replace(NBSP, NEUTRAL) : text;
  }

  indexOf(search: string, position = 0): number {
    // A one-character search as a byte value takes Node's memchr path, many times faster than a string search.
    return this.bytes.indexOf(search.length === 1 ? search.charCodeAt(0) : search, Math.max(0, position), 'latin1');
  }

  lastIndexOf(search: string, position = this.bytes.length): number {
    // A string clamps a negative position to 0; a Buffer would count it from the end.
    if (position < 0) return this.startsWith(search, 0) ? 0 : -1;
    return this.bytes.lastIndexOf(search.length === 1 ? search.charCodeAt(0) : search, position, 'latin1');
  }

  startsWith(search: string, position = 0): boolean {
    const from = Math.max(0, position);
    return this.slice(from, from + search.length) === search;
  }
}
