import type { Location } from './finding.js';
import type { TextChunk } from './scanner.js';

/** Offsets of the start of each line of `text`. Build once per chunk, reuse for every match. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineIndexAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The location of text[start, end) in the chunk's file, with 1-based lines and columns. */
export function locate(chunk: TextChunk, starts: readonly number[], start: number, end: number): Location {
  const startIndex = lineIndexAt(starts, start);
  const endIndex = lineIndexAt(starts, Math.max(start, end - 1));
  const realLine = (index: number) => chunk.lineNumbers?.[index] ?? index + 1;
  return {
    path: chunk.path,
    startLine: realLine(startIndex),
    startColumn: start - (starts[startIndex] ?? 0) + 1,
    endLine: realLine(endIndex),
    endColumn: end - (starts[endIndex] ?? 0) + 1,
  };
}

/** The full text of the line containing `offset`. */
export function lineAt(text: string, starts: readonly number[], offset: number): string {
  const index = lineIndexAt(starts, offset);
  const from = starts[index] ?? 0;
  const next = starts[index + 1];
  return text.slice(from, next === undefined ? text.length : next - 1);
}
