import { isAbsolute, relative, resolve } from 'node:path';
import type { Provenance } from '../core/finding.js';
import { gitLines } from '../core/git.js';
import { CommitCache } from './commit-cache.js';
import { type LineRange, rangeForLine } from './line-attribution.js';

export interface BlameLine {
  /** Line number in the file as it is now. */
  line: number;
  /** Line number in the commit that last changed it. */
  originalLine: number;
  sha: string;
  /** The file's path in that commit (it may have been renamed since). */
  originalPath: string;
}

const UNCOMMITTED = /^0{40}$/;

/** Parse `git blame --line-porcelain` output (one header block per line, ending with the tab-prefixed content). */
export async function* parseBlame(lines: AsyncIterable<string>): AsyncGenerator<BlameLine> {
  let current: BlameLine | undefined;
  for await (const line of lines) {
    const header = /^([0-9a-f]{40}) (\d+) (\d+)(?: \d+)?$/.exec(line);
    if (header) {
      current = { sha: header[1] ?? '', originalLine: Number(header[2]), line: Number(header[3]), originalPath: '' };
    } else if (current && line.startsWith('filename ')) {
      current.originalPath = line.slice('filename '.length);
    } else if (current && line.startsWith('\t')) {
      yield current;
      current = undefined;
    }
  }
}

export interface LineOrigin {
  line: number;
  /** Undefined for lines not committed yet. */
  commit?: string;
  author?: string;
  date?: string;
  aiAssisted: boolean;
  tools: string[];
  models: string[];
  /** What decided: the commit's metadata, a line-level record, or nothing yet (uncommitted). */
  source: 'commit' | 'git-ai' | 'agent-trace' | 'uncommitted';
}

function repoRelative(root: string, path: string): string {
  const absolute = isAbsolute(path) ? path : resolve(root, path);
  return relative(root, absolute).split('\\').join('/');
}

function blameArgs(path: string, lines?: number[]): string[] {
  const ranges = (lines ?? []).flatMap((line) => ['-L', `${line},${line}`]);
  return ['-c', 'core.quotePath=false', 'blame', '--line-porcelain', ...ranges, '--', path];
}

function decide(blame: BlameLine, ranges: LineRange[]): LineRange | 'human' | undefined {
  const forFile = ranges.filter((range) => range.path === blame.originalPath);
  const range = rangeForLine(forFile, blame.originalPath, blame.originalLine);
  if (range) return range;
  // git-ai lists every AI line of a file it tracked, so its other lines are human; Agent Trace makes no such claim.
  return forFile.some((r) => r.source === 'git-ai') ? 'human' : undefined;
}

async function originsOf(cache: CommitCache, path: string, lines?: number[]): Promise<LineOrigin[]> {
  const blamed: BlameLine[] = [];
  for await (const line of parseBlame(gitLines(blameArgs(path, lines), cache.root))) blamed.push(line);
  const commits = await cache.classify(blamed.filter((b) => !UNCOMMITTED.test(b.sha)).map((b) => b.sha));
  const origins: LineOrigin[] = [];
  for (const blame of blamed) {
    const commit = commits.get(blame.sha);
    if (!commit) {
      origins.push({ line: blame.line, aiAssisted: false, tools: [], models: [], source: 'uncommitted' });
      continue;
    }
    const base = { line: blame.line, commit: commit.sha, author: commit.author, date: commit.date };
    const decision = decide(blame, await cache.rangesFor(commit.sha));
    if (decision === undefined) {
      origins.push({
        ...base,
        aiAssisted: commit.aiAssisted,
        tools: commit.tools,
        models: commit.models,
        source: 'commit',
      });
    } else if (decision === 'human' || !decision.aiAssisted) {
      origins.push({
        ...base,
        aiAssisted: false,
        tools: [],
        models: [],
        source: decision === 'human' ? 'git-ai' : decision.source,
      });
    } else {
      origins.push({
        ...base,
        aiAssisted: true,
        tools: decision.tool ? [decision.tool] : commit.tools,
        models: decision.model ? [decision.model] : commit.models,
        source: decision.source,
      });
    }
  }
  return origins;
}

/** Each line's origin in a file of the work tree: blame x commit classification x git-ai notes / Agent Trace. */
export async function attributeFile(root: string, path: string, cache = new CommitCache(root)): Promise<LineOrigin[]> {
  return originsOf(cache, repoRelative(root, path));
}

/** Above this many lines one blame of the whole file is cheaper than one -L range per line. */
const MAX_LINE_RANGES = 64;

/**
 * Provenance of some lines of a file (for annotating findings). Lines that are not committed, and files git does
 * not track, get no entry. Pass one CommitCache across calls to classify each commit once.
 */
export async function provenanceForLines(
  root: string,
  path: string,
  lines: number[],
  cache = new CommitCache(root),
): Promise<Map<number, Provenance>> {
  const wanted = new Set(lines.filter((line) => Number.isInteger(line) && line > 0));
  const result = new Map<number, Provenance>();
  if (wanted.size === 0) return result;
  const file = repoRelative(root, path);
  let origins: LineOrigin[];
  try {
    origins = await originsOf(cache, file, wanted.size > MAX_LINE_RANGES ? undefined : [...wanted]);
  } catch {
    // a line past the end fails the -L form: one blame of the whole file; untracked files give nothing
    origins = await originsOf(cache, file).catch(() => []);
  }
  for (const origin of origins) {
    if (!wanted.has(origin.line) || origin.commit === undefined) continue;
    result.set(origin.line, {
      aiAssisted: origin.aiAssisted,
      commit: origin.commit,
      tools: origin.tools,
      models: origin.models,
    });
  }
  return result;
}
