import { isUtf8 } from 'node:buffer';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { Skipped } from './scanner.js';

export const DEFAULT_MAX_FILE_BYTES = 25 * 1024 * 1024;
const BINARY_PROBE_BYTES = 8192;

export type ReadOutcome = { ok: true; text: string; bytes: number; note?: Skipped } | { ok: false; skipped: Skipped };

function looksBinary(buffer: Buffer): boolean {
  const probe = buffer.subarray(0, Math.min(buffer.length, BINARY_PROBE_BYTES));
  return probe.includes(0);
}

/**
 * Read a file once for text scanning. Binary files and files over the limit are skipped with the reason; a file
 * that is not valid UTF-8 is decoded as Latin-1 and scanned, and that is reported too.
 */
export function readText(absolutePath: string, path: string, maxBytes = DEFAULT_MAX_FILE_BYTES): ReadOutcome {
  let fd: number;
  try {
    fd = openSync(absolutePath, 'r');
  } catch (error) {
    return {
      ok: false,
      skipped: { path, reason: 'unreadable', detail: (error as NodeJS.ErrnoException).code ?? String(error) },
    };
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory())
      return { ok: false, skipped: { path, reason: 'unsupported', detail: 'a folder (git submodule?)' } };
    if (stat.size > maxBytes) {
      const mb = (stat.size / 1024 / 1024).toFixed(1);
      return {
        ok: false,
        skipped: {
          path,
          reason: 'too-large',
          detail: `${mb} MB is over the ${(maxBytes / 1024 / 1024).toFixed(0)} MB limit (--max-file-size)`,
        },
      };
    }
    const buffer = Buffer.allocUnsafe(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, buffer, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    const content = read === stat.size ? buffer : buffer.subarray(0, read);
    if (looksBinary(content)) return { ok: false, skipped: { path, reason: 'binary', detail: 'contains NUL bytes' } };
    if (isUtf8(content)) return { ok: true, text: content.toString('utf8'), bytes: read };
    return {
      ok: true,
      text: content.toString('latin1'),
      bytes: read,
      note: { path, reason: 'not-utf8', detail: 'not valid UTF-8', handling: 'decoded as Latin-1 and scanned' },
    };
  } catch (error) {
    return { ok: false, skipped: { path, reason: 'unreadable', detail: (error as Error).message } };
  } finally {
    closeSync(fd);
  }
}
