import { AGENT_NAMES, type AgentName } from '../../agents/actions.js';
import { decideHook } from '../../agents/respond.js';
import type { HasAiContext } from '../../context/policy.js';
import { errorMessage, usageError } from '../../core/errors.js';
import { loadPolicy } from '../../policy/load.js';
import { parseCommandArgs, stringOption } from '../args.js';
import type { Command, Io } from '../command.js';

const USAGE = `Usage: bulwark agent-hook --agent ${AGENT_NAMES.join('|')} [--event EVENT]

Entry point an AI coding agent's hook configuration calls (written by \`bulwark hooks install --agent NAME\`).
Reads the agent's hook JSON on stdin and answers in that agent's documented way:
  - a prompt that contains a secret is blocked (the kind and line are named, the value never echoed);
  - reads of never-include files (.env, *.pem, id_rsa, credentials, ai_context.never_include_globs) are denied;
  - files the agent writes or edits are scanned for secrets and prompt injection and the findings reported back;
  - tool output with secrets is withheld or redacted where the agent allows it.
--event defaults to the payload's hook_event_name. Claude Code and Codex: exit 2 with the reason on stderr blocks;
Cursor and Gemini CLI: JSON on stdout. If the hook itself fails it lets the action through and says why on stderr.
`;

async function readStdin(io: Io): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}

export const command: Command = {
  name: 'agent-hook',
  summary: 'Hook entry point an AI coding agent calls (reads its JSON on stdin)',
  usage: USAGE,
  async run(argv, io) {
    const args = parseCommandArgs('agent-hook', argv, { agent: { type: 'string' }, event: { type: 'string' } });
    const agent = stringOption(args, 'agent');
    if (!agent || !(AGENT_NAMES as readonly string[]).includes(agent)) {
      throw usageError(`agent-hook needs --agent ${AGENT_NAMES.join('|')}`, 'run `bulwark agent-hook --help`');
    }
    const input = await readStdin(io);
    let payload: Record<string, unknown>;
    try {
      const parsed: unknown = JSON.parse(input || '{}');
      payload =
        typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
          ? (parsed as Record<string, unknown>)
          : {};
    } catch (error) {
      io.stderr.write(`bulwark agent-hook: stdin is not JSON (${errorMessage(error)}); allowing\n`);
      return 0;
    }
    const cwd = typeof payload.cwd === 'string' ? payload.cwd : io.cwd;
    let policy: HasAiContext | undefined;
    try {
      policy = (await loadPolicy(cwd)).policy as unknown as HasAiContext;
    } catch (error) {
      io.stderr.write(`bulwark agent-hook: ${errorMessage(error)}; using the default policy\n`);
    }
    const response = decideHook(agent as AgentName, stringOption(args, 'event'), payload, {
      cwd,
      ...(policy ? { policy } : {}),
    });
    if (response.stdout) io.stdout.write(response.stdout);
    if (response.stderr) io.stderr.write(response.stderr);
    return response.exitCode;
  },
};
