import { isAscii, isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { Skipped } from './scanner.js';

export const DEFAULT_MAX_FILE_BYTES = 25 * 1024 * 1024;
const BINARY_PROBE_BYTES = 8192;
/** Files are read into one reused buffer, grown to the largest file so far (no allocation, no fresh pages per file). */
const SCRATCH_MIN_BYTES = 1 << 20;

/**
 * A file's content for scanning: its bytes (valid until the next read: every file is read into the same buffer)
 * and how they decode. `ascii` and `latin1` (not valid UTF-8, decoded as Latin-1) have one character per byte.
 */
export interface FileContent {
  bytes: Buffer;
  encoding: 'ascii' | 'utf8' | 'latin1';
  /** The text; throws if called after the next read reused the bytes. */
  decode(): string;
}

export type ReadOutcome =
  | { ok: true; content: FileContent; bytes: number; note?: Skipped }
  | { ok: false; skipped: Skipped };

let scratch: Buffer | undefined;
/** Bumped by every read: a `decode` of an earlier file's scratch bytes must fail loudly, not decode other bytes. */
let generation = 0;

function looksBinary(buffer: Buffer): boolean {
  const probe = buffer.subarray(0, Math.min(buffer.length, BINARY_PROBE_BYTES));
  return probe.includes(0);
}

/** The scratch buffer, at least `size` bytes, keeping its first `keep` bytes when it has to grow. */
function bufferFor(size: number, keep = 0): Buffer {
  if (!scratch || scratch.length < size) {
    const grown = Buffer.allocUnsafe(Math.max(size, SCRATCH_MIN_BYTES));
    if (scratch && keep > 0) scratch.copy(grown, 0, 0, keep);
    scratch = grown;
  }
  return scratch;
}

/**
 * Opened without blocking: the walk lists regular files, but a path can still name a FIFO (git's index, a race),
 * whose read then fails instead of waiting for a writer.
 */
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK;

/**
 * Read a whole file into the scratch buffer, until a read returns nothing. Most files fit the buffer and are read
 * without a stat; a file that fills it is stat'ed once, so an oversized one is skipped before it is read through.
 * A file over `maxBytes` gives its size as `tooLarge`.
 */
function readAll(fd: number, maxBytes: number): { buffer: Buffer; read: number } | { tooLarge: number } {
  let buffer = bufferFor(0);
  let read = 0;
  let sized = false;
  for (;;) {
    if (read === buffer.length) {
      const size = sized ? read * 2 : fstatSync(fd).size;
      if (!sized && size > maxBytes) return { tooLarge: size };
      sized = true;
      buffer = bufferFor(Math.max(size + 1, read + 1), read);
    }
    const n = readSync(fd, buffer, read, Math.min(buffer.length, maxBytes + 1) - read, null);
    if (n === 0) return { buffer, read };
    read += n;
    if (read > maxBytes) return { tooLarge: fstatSync(fd).size };
  }
}

function contentOf(bytes: Buffer, encoding: FileContent['encoding']): FileContent {
  const readAt = generation;
  return {
    bytes,
    encoding,
    decode: () => {
      if (readAt !== generation) throw new Error('internal: a file text was decoded after the next file was read');
      return bytes.toString(encoding === 'utf8' ? 'utf8' : 'latin1');
    },
  };
}

/**
 * Read a file once for text scanning. Binary files and files over the limit are skipped with the reason; a file
 * that is not valid UTF-8 is decoded as Latin-1 and scanned, and that is reported too.
 */
export function readText(absolutePath: string, path: string, maxBytes = DEFAULT_MAX_FILE_BYTES): ReadOutcome {
  generation++;
  let fd: number;
  try {
    fd = openSync(absolutePath, OPEN_FLAGS);
  } catch (error) {
    return {
      ok: false,
      skipped: { path, reason: 'unreadable', detail: (error as NodeJS.ErrnoException).code ?? String(error) },
    };
  }
  try {
    const outcome = readAll(fd, maxBytes);
    if ('tooLarge' in outcome) {
      const mb = (outcome.tooLarge / 1024 / 1024).toFixed(1);
      return {
        ok: false,
        skipped: {
          path,
          reason: 'too-large',
          detail: `${mb} MB is over the ${(maxBytes / 1024 / 1024).toFixed(0)} MB limit (--max-file-size)`,
        },
      };
    }
    const { buffer, read } = outcome;
    const content = buffer.subarray(0, read);
    if (looksBinary(content)) return { ok: false, skipped: { path, reason: 'binary', detail: 'contains NUL bytes' } };
    if (isAscii(content)) return { ok: true, content: contentOf(content, 'ascii'), bytes: read };
    if (isUtf8(content)) return { ok: true, content: contentOf(content, 'utf8'), bytes: read };
    return {
      ok: true,
      content: contentOf(content, 'latin1'),
      bytes: read,
      note: { path, reason: 'not-utf8', detail: 'not valid UTF-8', handling: 'decoded as Latin-1 and scanned' },
    };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EISDIR')
      return { ok: false, skipped: { path, reason: 'unsupported', detail: 'a folder (git submodule?)' } };
    return { ok: false, skipped: { path, reason: 'unreadable', detail: (error as Error).message } };
  } finally {
    closeSync(fd);
  }
}
