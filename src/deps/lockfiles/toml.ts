import { parse } from 'smol-toml';
import { isRecord, parseError } from './common.js';

export function parseTomlDocument(source: string, content: string): Record<string, unknown> {
  try {
    const data: unknown = parse(content);
    if (!isRecord(data)) throw new Error('expected a TOML table');
    return data;
  } catch (error) {
    const first = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    const line = typeof error === 'object' && error !== null && 'line' in error ? ` (line ${String(error.line)})` : '';
    throw parseError(source, `${first}${line}`, error);
  }
}

export function tableArray(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

/** Lines of each `[[package]]` header, in order, so the n-th package entry gets the n-th line. */
export function packageHeaderLines(content: string): number[] {
  const lines: number[] = [];
  content.split('\n').forEach((line, index) => {
    if (line.trim() === '[[package]]') lines.push(index + 1);
  });
  return lines;
}

export function siblingPath(source: string, name: string): string {
  return source.replace(/[^/]*$/, name);
}
