import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { mayBeInRepository, tryGit } from './git.js';
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
  /** Called with files as they are found (in walk order), before the sorted list is returned. */
  onPaths?: (paths: string[]) => void;
}

function readIgnoreFile(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Yield to the event loop every this many folders, so workers can be fed while a big tree is still walked. */
const FOLDERS_PER_YIELD = 4;

/**
 * Walk a folder honouring nested .gitignore files (for folders that are not git work trees). Folders are visited
 * from an explicit stack (no recursion limit) and `onPaths` receives each folder's files as soon as they are known.
 */
async function walkFolder(
  root: string,
  exclude: Ignore | undefined,
  onPaths?: (paths: string[]) => void,
): Promise<WalkResult> {
  const paths: string[] = [];
  let excluded = 0;
  const skipped: Skipped[] = [];
  type Rules = Array<{ base: string; matcher: Ignore }>;
  const stack: Array<{ dir: string; rel: string; rules: Rules }> = [{ dir: root, rel: '', rules: [] }];
  let folders = 0;
  while (stack.length > 0) {
    const { dir, rel: dirRel, rules } = stack.pop()!;
    if (++folders % FOLDERS_PER_YIELD === 0) await new Promise((resolve) => setImmediate(resolve));
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      skipped.push({ path: dirRel || '.', reason: 'unreadable', detail: String((error as Error).message) });
      continue;
    }
    // Only a folder that lists a .gitignore is asked for one (a failed read per folder costs more than the walk).
    const ignoreText = entries.some((entry) => entry.name === '.gitignore')
      ? readIgnoreFile(join(dir, '.gitignore'))
      : undefined;
    const here: Rules =
      ignoreText === undefined ? rules : [...rules, { base: dirRel, matcher: ignore().add(ignoreText) }];
    const isIgnored = (rel: string, isDir: boolean) => {
      if (exclude?.ignores(isDir ? `${rel}/` : rel)) {
        excluded++;
        return true;
      }
      return here.some(({ base, matcher }) => {
        const local = base === '' ? rel : rel.slice(base.length + 1);
        return matcher.ignores(isDir ? `${local}/` : local);
      });
    };
    const found: string[] = [];
    for (const entry of entries) {
      const rel = dirRel === '' ? entry.name : `${dirRel}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!ALWAYS_SKIPPED_DIRS.has(entry.name) && !isIgnored(rel, true)) {
          stack.push({ dir: join(dir, entry.name), rel, rules: here });
        }
      } else if (entry.isFile()) {
        if (!isIgnored(rel, false)) found.push(rel);
      } else if (entry.isSymbolicLink()) {
        if (!isIgnored(rel, false))
          skipped.push({ path: rel, reason: 'symlink', detail: 'symbolic link not followed' });
      }
    }
    if (found.length > 0) {
      paths.push(...found);
      onPaths?.(found);
    }
  }
  return { paths: paths.sort(), skipped, method: 'walk', excluded };
}

/**
 * List the files to scan under `root`: inside a git work tree, the tracked and untracked-but-not-ignored files
 * (git's own ignore rules, exactly); elsewhere a walk that honours .gitignore files.
 */
export async function listFiles(root: string, options: WalkOptions = {}): Promise<WalkResult> {
  const ignoreFile = readIgnoreFile(join(root, IGNORE_FILE));
  // No patterns: no matcher, so the walk does not ask one about every path.
  const exclude =
    (options.exclude ?? []).length > 0 || ignoreFile !== undefined
      ? ignore()
          .add(options.exclude ?? [])
          .add(ignoreFile ?? '')
      : undefined;
  const inside = mayBeInRepository(root) ? await tryGit(['rev-parse', '--is-inside-work-tree'], root) : undefined;
  if (inside?.trim() !== 'true') return walkFolder(root, exclude, options.onPaths);
  const output = await tryGit(
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--deduplicate', '--', '.'],
    root,
  );
  if (output === undefined) return walkFolder(root, exclude, options.onPaths);
  const deleted = new Set(
    ((await tryGit(['ls-files', '-z', '--deleted', '--', '.'], root)) ?? '').split('\0').filter(Boolean),
  );
  const listed = output.split('\0').filter((path) => path.length > 0 && !deleted.has(path));
  const paths = (exclude ? listed.filter((path) => !exclude.ignores(path)) : listed).sort();
  options.onPaths?.(paths);
  return { paths, skipped: [], method: 'git', excluded: listed.length - paths.length };
}
