import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { BulwarkError, errorMessage, usageError } from '../../core/errors.js';
import { repositoryRoot } from '../../core/git.js';
import { checkCommitMessage } from '../../provenance/commit-msg.js';
import { installCommitMsgHook } from '../../provenance/hook.js';
import { boolOption, parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';

const USAGE = `bulwark commit-msg FILE [--require-disclosure] [--reject-untagged]
bulwark commit-msg --install [--require-disclosure] [--chain]

The git commit-msg hook. Validates the team's AI-assistance tag and rewrites FILE with it normalised:
  [AI-Assisted:Claude Sonnet 4]  ->  [ai-assisted: claude-sonnet-4]
Exit 1 with a message for a tag without a model, an invalid model name, an unclosed tag or two tags.

--require-disclosure   AI trailers or footers (Co-authored-by: Claude <noreply@anthropic.com>, "Generated with
                       [Claude Code]", Assisted-by: ...) must come with the tag. By default the tag is added from
                       them (their models, or the tool ids when they name none) and the file rewritten.
--reject-untagged      With --require-disclosure: reject such a message (exit 1) instead of adding the tag.
--install              Write .git/hooks/commit-msg (respects core.hooksPath). An existing hook that bulwark did not
                       write is kept: refused unless --chain, which moves it to commit-msg.pre-bulwark and runs it
                       first.
`;

export const command: Command = {
  name: 'commit-msg',
  summary: 'Validate and normalise the AI-assistance tag of a commit message',
  usage: USAGE,
  async run(argv, io) {
    const args = parseCommandArgs('commit-msg', argv, {
      'require-disclosure': { type: 'boolean' },
      'reject-untagged': { type: 'boolean' },
      install: { type: 'boolean' },
      chain: { type: 'boolean' },
    });
    const requireDisclosure = boolOption(args, 'require-disclosure');
    if (boolOption(args, 'install')) {
      const root = await repositoryRoot(io.cwd);
      if (!root) throw usageError(`${io.cwd} is not inside a git repository`);
      const result = await installCommitMsgHook(root, { requireDisclosure, chain: boolOption(args, 'chain') });
      io.stdout.write(`commit-msg: hook ${result.action}: ${result.path}\n`);
      return 0;
    }
    const [file, ...extra] = args.positionals;
    if (file === undefined || extra.length > 0)
      throw usageError('commit-msg: expected one FILE', 'run `bulwark commit-msg --help`');
    const path = resolve(io.cwd, file);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      throw new BulwarkError('io', `cannot read commit message ${file}: ${errorMessage(error)}`);
    }
    const result = checkCommitMessage(text, { requireDisclosure, autoTag: !boolOption(args, 'reject-untagged') });
    if (!result.ok) {
      for (const error of result.errors) io.stderr.write(`commit-msg: ${error}\n`);
      io.stderr.write('commit-msg: commit rejected (the message is kept in .git/COMMIT_EDITMSG)\n');
      return 1;
    }
    if (result.changed) await writeFile(path, result.message, 'utf8');
    for (const note of result.notes) io.stderr.write(`commit-msg: ${note}\n`);
    return 0;
  },
};
