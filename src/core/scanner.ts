import type { Policy } from '../policy/types.js';
import type { CommitRef, Finding } from './finding.js';
import type { RuleMeta } from './rule.js';

/**
 * A piece of text to scan. For a file it is the whole content; for a diff, staged change or history commit
 * it holds only the added lines, joined by '\n', with `lineNumbers[i]` the real line number of line i.
 */
export interface TextChunk {
  /** Path relative to the scanned root, forward slashes. */
  path: string;
  text: string;
  /** Real line numbers of each line of `text` (1-based). Absent: line i of text is line i + 1 of the file. */
  lineNumbers?: number[];
  commit?: CommitRef;
  /**
   * Why this file gets lower confidence or different handling (lockfile, minified, test fixture): all of them, as
   * fileTraits gives them. Absent: scanners derive those its path reveals.
   */
  traits?: FileTrait[];
  /**
   * A file's raw bytes, when the chunk was read from disk; valid only during the scan call, and `text` is then
   * decoded on first access. When `bytesAreText`, byte i is character i of `text` (ASCII, or a file decoded as
   * Latin-1). Otherwise (UTF-8 with non-ASCII characters) a scanner whose patterns are ASCII may search the bytes
   * for candidates (reading no 0xA0 byte as a no-break space: in UTF-8 it is part of a character, like `à`), but
   * reports from `text`.
   */
  bytes?: Buffer;
  bytesAreText?: boolean;
}

/** `example`: a sample or template file (`.env.example`, `config.sample.yaml`, `*.examples.json`). */
export type FileTrait = 'lockfile' | 'minified' | 'test-fixture' | 'documentation' | 'generated' | 'example';

/** A file of the project a project-level scanner may read (SAST, deps). */
export interface ProjectFile {
  path: string;
  absolutePath: string;
  size: number;
}

export interface ProjectTarget {
  /** Absolute path of the scanned root. */
  root: string;
  files: ProjectFile[];
  /**
   * For diff and staged targets: the added line numbers per path. Findings outside them are dropped by the
   * pipeline; scanners may use it to skip unchanged files.
   */
  changedLines?: Map<string, Set<number>>;
  /** For diff targets: the base revision, so scanners can compare (e.g. new dependencies). */
  baseRef?: string;
}

/** Something that could not be scanned, and why. Every skip is reported. */
export interface Skipped {
  path: string;
  reason: 'binary' | 'too-large' | 'unreadable' | 'not-utf8' | 'parse-error' | 'unsupported' | 'symlink' | 'other';
  detail: string;
  /** What was done instead, e.g. "decoded as latin1 and scanned". */
  handling?: string;
}

export interface ScanOptions {
  /** Online look-ups (registries, OSV API) are allowed. */
  online: boolean;
  /** Folder of the advisory database. */
  dbDir?: string;
  /** Registry base URLs and similar, for tests and mirrors. */
  endpoints?: Record<string, string>;
  cacheDir?: string;
}

export interface ScanContext {
  root: string;
  policy: Policy;
  options: ScanOptions;
  /** Report a file or part that was not scanned. */
  skip(skipped: Skipped): void;
  /** Non-fatal notes for the report (e.g. "online look-ups skipped: --offline"). */
  note(message: string): void;
}

export interface Scanner {
  id: string;
  description: string;
  rules: readonly RuleMeta[];
  /** Text scanners see each chunk once (files, added lines, history). */
  scanChunk?(chunk: TextChunk, context: ScanContext): Finding[];
  /** Project scanners see the whole target (parsers, lockfiles). */
  scanProject?(target: ProjectTarget, context: ScanContext): Promise<Finding[]>;
}
