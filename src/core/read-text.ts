import { isAscii, isUtf8 } from 'node:buffer';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { Skipped } from './scanner.js';

export const DEFAULT_MAX_FILE_BYTES = 25 * 1024 * 1024;
const BINARY_PROBE_BYTES = 8192;
/** Files up to this size are read into one reused buffer (no allocation, no fresh pages per file). */
const SCRATCH_BYTES = 1 << 20;
const NBSP = 0xa0;

/**
 * A file's content for scanning. `text` is the decoded text. For UTF-8 with non-ASCII characters, decoding is the
 * costly part of reading, so `bytesAsLatin1` (the bytes, one character per byte) is made instead and `text` is
 * decoded on first use. Scanners whose patterns are ASCII can look for candidates in `bytesAsLatin1` and decode
 * only when they find one.
 */
export type FileText = { text: string; bytesAsLatin1?: undefined } | { bytesAsLatin1: string; decode: () => string };

export type ReadOutcome =
  | { ok: true; content: FileText; bytes: number; note?: Skipped }
  | { ok: false; skipped: Skipped };

let scratch: Buffer | undefined;
/** Bumped by every read: a `decode` of an earlier file's scratch bytes must fail loudly, not decode other bytes. */
let generation = 0;

function looksBinary(buffer: Buffer): boolean {
  const probe = buffer.subarray(0, Math.min(buffer.length, BINARY_PROBE_BYTES));
  return probe.includes(0);
}

function bufferFor(size: number): Buffer {
  if (size > SCRATCH_BYTES) return Buffer.allocUnsafe(size);
  scratch ??= Buffer.allocUnsafe(SCRATCH_BYTES);
  return scratch;
}

function contentOf(content: Buffer): FileText {
  if (isAscii(content)) return { text: content.toString('latin1') };
  // A no-break space byte would be whitespace to a regex in the Latin-1 view but is part of a character in the
  // text: such files are decoded up front so the two views never disagree on where a value ends.
  if (content.includes(NBSP)) return { text: content.toString('utf8') };
  const readAt = generation;
  return {
    bytesAsLatin1: content.toString('latin1'),
    decode: () => {
      if (readAt !== generation) throw new Error('internal: a file text was decoded after the next file was read');
      return content.toString('utf8');
    },
  };
}

/**
 * Read a file once for text scanning. Binary files and files over the limit are skipped with the reason; a file
 * that is not valid UTF-8 is decoded as Latin-1 and scanned, and that is reported too. The content is valid until
 * the next call (files up to 1 MB share one buffer).
 */
export function readText(absolutePath: string, path: string, maxBytes = DEFAULT_MAX_FILE_BYTES): ReadOutcome {
  generation++;
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
    const buffer = bufferFor(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, buffer, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    const content = buffer.subarray(0, read);
    if (looksBinary(content)) return { ok: false, skipped: { path, reason: 'binary', detail: 'contains NUL bytes' } };
    if (isUtf8(content)) return { ok: true, content: contentOf(content), bytes: read };
    return {
      ok: true,
      content: { text: content.toString('latin1') },
      bytes: read,
      note: { path, reason: 'not-utf8', detail: 'not valid UTF-8', handling: 'decoded as Latin-1 and scanned' },
    };
  } catch (error) {
    return { ok: false, skipped: { path, reason: 'unreadable', detail: (error as Error).message } };
  } finally {
    closeSync(fd);
  }
}
