import type { CommitRef } from '../core/finding.js';
import { gitLines } from '../core/git.js';
import { AddedLineCollector, type AddedLines } from './unified-diff.js';

const COMMIT_MARK = '\u0001bulwark-commit\u0001';

/**
 * Every added line of the history, one file of one commit at a time, with bounded memory: git's output is
 * streamed and only the current file's added lines are held.
 */
export async function* historyAddedLines(
  root: string,
  options: { since?: string; revisions?: string } = {},
): AsyncGenerator<{ commit: CommitRef; file: AddedLines }> {
  const args = [
    'log',
    '-p',
    '-U0',
    '--no-color',
    '--no-ext-diff',
    '--no-renames',
    '--diff-filter=ACMR',
    '--src-prefix=a/',
    '--dst-prefix=b/',
    '--relative',
    `--format=${COMMIT_MARK}%H%x00%an%x00%ae%x00%aI`,
  ];
  if (options.since) args.push(`--since=${options.since}`);
  args.push(options.revisions ?? 'HEAD', '--', '.');
  let commit: CommitRef | undefined;
  const pending: AddedLines[] = [];
  const collector = new AddedLineCollector((file) => pending.push(file));
  for await (const line of gitLines(args, root)) {
    if (line.startsWith(COMMIT_MARK)) {
      collector.flush();
      if (commit) for (const file of pending.splice(0)) yield { commit, file };
      const [sha = '', author = '', email = '', date = ''] = line.slice(COMMIT_MARK.length).split('\0');
      commit = { sha, author, email, date };
      continue;
    }
    collector.push(line);
    if (commit && pending.length > 0) for (const file of pending.splice(0)) yield { commit, file };
  }
  collector.flush();
  if (commit) for (const file of pending.splice(0)) yield { commit, file };
}
