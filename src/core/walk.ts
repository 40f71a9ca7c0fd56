import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { tryGit } from './git.js';
import type { Skipped } from './scanner.js';

/** Folders never worth walking into: version control internals. */
const ALWAYS_SKIPPED_DIRS = new Set(['.git', '.hg', '.svn']);

export interface WalkResult {
  /** Paths relative to the root, forward slashes, sorted. */
  paths: string[];
  skipped: Skipped[];
  /** How the list was made: git's index and ignore rules, or a walk honouring .gitignore files. */
  method: 'git' | 'walk';
  /** Files left out by .bulwarkignore or --exclude (counted so the report can say so). */
  excluded: number;
}

export const IGNORE_FILE = '.bulwarkignore';

export interface WalkOptions {
  /** Extra ignore patterns (gitignore syntax), e.g. from --exclude. */
  exclude?: string[];
}

const toPosix = (path: string) => (sep === '/' ? path : path.split(sep).join('/'));

function readIgnoreFile(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Walk a folder honouring nested .gitignore files (for folders that are not git work trees). */
function walkFolder(root: string, exclude: Ignore): WalkResult {
  const paths: string[] = [];
  let excluded = 0;
  const skipped: Skipped[] = [];
  const visit = (dir: string, rules: Array<{ base: string; matcher: Ignore }>) => {
    const ignoreText = readIgnoreFile(join(dir, '.gitignore'));
    const here =
      ignoreText === undefined
        ? rules
        : [...rules, { base: toPosix(relative(root, dir)), matcher: ignore().add(ignoreText) }];
    const isIgnored = (rel: string, isDir: boolean) => {
      if (exclude.ignores(isDir ? `${rel}/` : rel)) {
        excluded++;
        return true;
      }
      return here.some(({ base, matcher }) => {
        const local = base === '' ? rel : rel.slice(base.length + 1);
        return matcher.ignores(isDir ? `${local}/` : local);
      });
    };
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      skipped.push({
        path: toPosix(relative(root, dir)) || '.',
        reason: 'unreadable',
        detail: String((error as Error).message),
      });
      return;
    }
    for (const entry of entries) {
      const absolute = join(dir, entry.name);
      const rel = toPosix(relative(root, absolute));
      if (entry.isDirectory()) {
        if (!ALWAYS_SKIPPED_DIRS.has(entry.name) && !isIgnored(rel, true)) visit(absolute, here);
      } else if (entry.isFile()) {
        if (!isIgnored(rel, false)) paths.push(rel);
      } else if (entry.isSymbolicLink()) {
        if (!isIgnored(rel, false))
          skipped.push({ path: rel, reason: 'symlink', detail: 'symbolic link not followed' });
      }
    }
  };
  visit(root, []);
  return { paths: paths.sort(), skipped, method: 'walk', excluded };
}

/**
 * List the files to scan under `root`: inside a git work tree, the tracked and untracked-but-not-ignored files
 * (git's own ignore rules, exactly); elsewhere a walk that honours .gitignore files.
 */
export async function listFiles(root: string, options: WalkOptions = {}): Promise<WalkResult> {
  const exclude = ignore().add(options.exclude ?? []);
  const ignoreFile = readIgnoreFile(join(root, IGNORE_FILE));
  if (ignoreFile !== undefined) exclude.add(ignoreFile);
  const inside = await tryGit(['rev-parse', '--is-inside-work-tree'], root);
  if (inside?.trim() !== 'true') return walkFolder(root, exclude);
  const output = await tryGit(
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--deduplicate', '--', '.'],
    root,
  );
  if (output === undefined) return walkFolder(root, exclude);
  const deleted = new Set(
    ((await tryGit(['ls-files', '-z', '--deleted', '--', '.'], root)) ?? '').split('\0').filter(Boolean),
  );
  const listed = output.split('\0').filter((path) => path.length > 0 && !deleted.has(path));
  const paths = listed.filter((path) => !exclude.ignores(path)).sort();
  return { paths, skipped: [], method: 'git', excluded: listed.length - paths.length };
}
