import { runMcpServer } from '../../agents/mcp-server.js';
import { loadPolicy } from '../../policy/load.js';
import { boolOption, parseCommandArgs, stringOption } from '../args.js';
import type { Command } from '../command.js';

const USAGE = `Usage: bulwark mcp [--policy FILE] [--online]

Run Bulwark as an MCP server over stdio (Model Context Protocol). Tools:
  scan_snippet  secrets (masked) and prompt injection / hidden Unicode in a text
  sanitize      redact, mask or hash sensitive values in a text
  classify      safe, requires-sanitisation or never-include, with reasons
  check_package does a dependency exist, is it a typosquat, how old/used is it, install scripts (registry
                look-ups only with --online; offline it runs the typosquat check and says so)
Everything runs locally unless --online. Example client configuration: {"command": "bulwark", "args": ["mcp"]}.
`;

export const command: Command = {
  name: 'mcp',
  summary: 'Run the MCP server over stdio',
  usage: USAGE,
  async run(argv, io) {
    const args = parseCommandArgs('mcp', argv, { policy: { type: 'string' }, online: { type: 'boolean' } });
    const { policy } = await loadPolicy(io.cwd, stringOption(args, 'policy'));
    await runMcpServer(io.stdin, io.stdout, { policy, root: io.cwd, online: boolOption(args, 'online') });
    return 0;
  },
};
