import { resolve } from 'node:path';
import { usageError } from '../../core/errors.js';
import { repositoryRoot } from '../../core/git.js';
import { preCommitBody, writeHook } from '../../hooks/git-hooks.js';
import { boolOption, parseCommandArgs, stringOption } from '../args.js';
import type { Command } from '../command.js';

const AGENTS = ['claude', 'cursor', 'gemini', 'codex'] as const;

const USAGE = `Usage: bulwark hooks install --git [--force] [PATH]
       bulwark hooks install --agent ${AGENTS.join('|')} [PATH]

--git          install a pre-commit hook (runs \`bulwark scan --staged\`; blocks a commit that adds a secret)
               and a commit-msg hook (validates and normalises the [ai-assisted: <model>] tag).
               Honours core.hooksPath. An existing hook not written by bulwark is left alone unless --force,
               which keeps it as <hook>.pre-bulwark and runs it first.
--agent NAME   write that AI coding agent's documented hook configuration so that prompts with secrets are
               blocked, reads of never-include files are denied and files the agent writes are scanned.

For the pre-commit framework, this repository also ships .pre-commit-hooks.yaml (hook ids: bulwark, bulwark-secrets).
`;

async function installGit(root: string, force: boolean): Promise<string[]> {
  const top = await repositoryRoot(root);
  if (!top) throw usageError(`${root} is not inside a git repository`);
  const written = [await writeHook(top, 'pre-commit', preCommitBody(), force)];
  const provenance = (await import('../../provenance/commit-msg-hook.js')) as {
    installCommitMsgHook(root: string, options?: { force?: boolean }): Promise<string>;
  };
  written.push(await provenance.installCommitMsgHook(top, { force }));
  return written;
}

export const command: Command = {
  name: 'hooks',
  summary: 'Install hooks',
  usage: USAGE,
  async run(argv, io) {
    const args = parseCommandArgs('hooks', argv, {
      git: { type: 'boolean' },
      agent: { type: 'string' },
      force: { type: 'boolean' },
    });
    const [action, path] = args.positionals;
    if (action !== 'install')
      throw usageError('usage: bulwark hooks install --git | --agent NAME', 'run `bulwark hooks --help`');
    const root = resolve(io.cwd, path ?? '.');
    const agent = stringOption(args, 'agent');
    if (boolOption(args, 'git') === (agent !== undefined)) throw usageError('choose one of --git and --agent NAME');
    if (agent !== undefined) {
      if (!(AGENTS as readonly string[]).includes(agent))
        throw usageError(`unknown agent '${agent}'`, `use one of ${AGENTS.join(', ')}`);
      const { installAgentHooks } = (await import('../../agents/install.js')) as {
        installAgentHooks(
          agent: string,
          root: string,
          options?: object,
        ): Promise<{ files: string[]; notes?: string[] } | string[]>;
      };
      const result = await installAgentHooks(agent, root, {});
      const files = Array.isArray(result) ? result : result.files;
      for (const file of files) io.stdout.write(`wrote ${file}\n`);
      if (!Array.isArray(result)) for (const note of result.notes ?? []) io.stdout.write(`note: ${note}\n`);
      return 0;
    }
    for (const file of await installGit(root, boolOption(args, 'force'))) io.stdout.write(`installed ${file}\n`);
    return 0;
  },
};
