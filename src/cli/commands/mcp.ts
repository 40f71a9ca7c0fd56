import { runMcpServer } from '../../agents/mcp-server.js';
import { loadPolicy } from '../../policy/load.js';
import { parseCommandArgs, stringOption } from '../args.js';
import type { Command } from '../command.js';

const USAGE = `Usage: bulwark mcp [--policy FILE]

Run Bulwark as an MCP server over stdio (Model Context Protocol). Tools:
  scan_snippet  secrets (masked) and prompt injection / hidden Unicode in a text
  sanitize      redact, mask or hash sensitive values in a text
  classify      safe, requires-sanitisation or never-include, with reasons
Everything runs locally. Example client configuration: {"command": "bulwark", "args": ["mcp"]}.
`;

export const command: Command = {
  name: 'mcp',
  summary: 'Run the MCP server over stdio',
  usage: USAGE,
  async run(argv, io) {
    const args = parseCommandArgs('mcp', argv, { policy: { type: 'string' } });
    const { policy } = await loadPolicy(io.cwd, stringOption(args, 'policy'));
    await runMcpServer(io.stdin, io.stdout, { policy, root: io.cwd });
    return 0;
  },
};
