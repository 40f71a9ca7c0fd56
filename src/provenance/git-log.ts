import { gitLines } from '../core/git.js';
import type { CommitInput } from './detect.js';

export interface FileChange {
  path: string;
  /** Undefined for binary files. */
  added?: number;
  deleted?: number;
}

export interface LogCommit extends CommitInput {
  /** Author date, ISO 8601. */
  date: string;
  files: FileChange[];
}

const RECORD = '\x1e';
const FIELD = '\x1f';
const FIELD_COUNT = 7;
/** sha, author name, author email, committer name, committer email, author date, raw body; each field closed. */
export const LOG_FORMAT = `--format=${RECORD}%H${FIELD}%an${FIELD}%ae${FIELD}%cn${FIELD}%ce${FIELD}%aI${FIELD}%B${FIELD}`;

function unquotePath(path: string): string {
  if (!path.startsWith('"') || !path.endsWith('"')) return path;
  try {
    return JSON.parse(path) as string;
  } catch {
    return path.slice(1, -1);
  }
}

export function parseNumstat(line: string): FileChange | undefined {
  const match = /^(-|\d+)\t(-|\d+)\t(.+)$/.exec(line);
  if (!match) return undefined;
  const path = unquotePath(match[3] ?? '');
  if (match[1] === '-' || match[2] === '-') return { path };
  return { path, added: Number(match[1]), deleted: Number(match[2]) };
}

function toCommit(header: string): LogCommit {
  const [sha = '', authorName = '', authorEmail = '', committerName = '', committerEmail = '', date = '', body = ''] =
    header.slice(1).split(FIELD);
  return {
    sha,
    authorName,
    authorEmail,
    committerName,
    committerEmail,
    date,
    message: body.replace(/\n+$/, ''),
    files: [],
  };
}

/**
 * Commits from a stream of `git log LOG_FORMAT --numstat` lines. Messages may hold any text, so a record's header
 * is complete only when its seventh field separator has been read; numstat lines follow until the next record.
 */
export async function* parseLogLines(lines: AsyncIterable<string>): AsyncGenerator<LogCommit> {
  let header: string | undefined;
  let current: LogCommit | undefined;
  for await (const line of lines) {
    if (header === undefined && line.startsWith(RECORD)) {
      if (current) yield current;
      current = undefined;
      header = line;
    } else if (header !== undefined) {
      header += `\n${line}`;
    } else if (current) {
      const change = parseNumstat(line);
      if (change) current.files.push(change);
      continue;
    }
    if (header !== undefined && header.split(FIELD).length > FIELD_COUNT) {
      current = toCommit(header);
      header = undefined;
    }
  }
  if (current) yield current;
}

export interface LogOptions {
  /** Passed to git as --since (any date git understands). */
  since?: string;
  /** Limit to changes under these paths (relative to root). */
  paths?: string[];
  /** Revision range; defaults to HEAD. */
  revision?: string;
}

/** Stream the history with bounded memory: one commit (and its numstat) at a time. */
export function streamCommits(root: string, options: LogOptions = {}): AsyncGenerator<LogCommit> {
  const args = [
    '-c',
    'core.quotePath=false',
    'log',
    LOG_FORMAT,
    '--numstat',
    '--no-renames',
    ...(options.since ? [`--since=${options.since}`] : []),
    options.revision ?? 'HEAD',
    '--',
    ...(options.paths ?? []),
  ];
  return parseLogLines(gitLines(args, root));
}
