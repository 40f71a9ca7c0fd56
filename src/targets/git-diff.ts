import { BulwarkError, usageError } from '../core/errors.js';
import { git, repositoryRoot, tryGit } from '../core/git.js';
import { type AddedLines, parseAddedLines } from './unified-diff.js';

const DIFF_FLAGS = [
  '-U0',
  '--no-color',
  '--no-ext-diff',
  '--no-renames',
  '--diff-filter=ACMR',
  '--src-prefix=a/',
  '--dst-prefix=b/',
];

async function requireRepository(root: string): Promise<string> {
  const top = await repositoryRoot(root);
  if (!top) throw usageError(`${root} is not inside a git repository`, '--staged, --diff and --history need git');
  return top;
}

/** Added lines of the staged change (what `git commit` would record). */
export async function stagedAddedLines(root: string): Promise<AddedLines[]> {
  await requireRepository(root);
  return parseAddedLines(await git(['diff', '--cached', ...DIFF_FLAGS, '--relative', '--', '.'], root));
}

/**
 * Added lines between two revisions. `A..B` compares A with B; a single `BASE` compares the merge base of BASE and
 * HEAD with HEAD (what a pull request adds).
 */
export async function diffAddedLines(
  root: string,
  spec: string,
): Promise<{ files: AddedLines[]; base: string; head: string }> {
  await requireRepository(root);
  const [from, to] = spec.includes('..') ? spec.split(/\.{2,3}/, 2) : [spec, undefined];
  if (!from) throw usageError(`--diff needs a base revision, got '${spec}'`);
  const head = to && to.length > 0 ? to : 'HEAD';
  for (const rev of [from, head]) {
    if ((await tryGit(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], root)) === undefined) {
      throw usageError(`unknown revision '${rev}'`, 'fetch it first, e.g. `git fetch origin main`');
    }
  }
  const base = spec.includes('..') ? from : ((await tryGit(['merge-base', from, head], root))?.trim() ?? from);
  const output = await git(['diff', ...DIFF_FLAGS, '--relative', base, head, '--', '.'], root);
  if (output === undefined) throw new BulwarkError('git', 'git diff failed');
  return { files: parseAddedLines(output), base, head };
}
