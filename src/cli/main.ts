import { BulwarkError, errorMessage } from '../core/errors.js';
import { VERSION } from '../version.js';
import type { Io } from './command.js';
import { COMMANDS, loadCommand } from './registry.js';

function overview(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const lines = Object.entries(COMMANDS).map(([name, { summary }]) => `  ${name.padEnd(width)}  ${summary}`);
  return [
    `bulwark ${VERSION}: security gates for AI-assisted delivery`,
    '',
    'Usage: bulwark <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    "Run `bulwark help <command>` or `bulwark <command> --help` for a command's options.",
    'Exit codes: 0 nothing blocks, 1 something blocks or a check failed, 2 usage, configuration or internal error.',
    '',
  ].join('\n');
}

function defaultIo(): Io {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env };
}

/** Parse the command line, run one command and return its exit code. Prints errors; never throws. */
export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  const debug = argv.includes('--debug');
  const args = argv.filter((arg) => arg !== '--debug');
  const [name, ...rest] = args;
  try {
    if (name === undefined || name === '--help' || name === '-h' || (name === 'help' && rest.length === 0)) {
      io.stdout.write(overview());
      return name === undefined ? 2 : 0;
    }
    if (name === '--version' || name === '-v') {
      io.stdout.write(`${VERSION}\n`);
      return 0;
    }
    const commandName = name === 'help' ? (rest[0] ?? '') : name;
    const command = await loadCommand(commandName);
    if (!command) {
      io.stderr.write(`bulwark: unknown command '${commandName}'. Run \`bulwark --help\` for the list.\n`);
      return 2;
    }
    if (name === 'help' || rest.includes('--help') || rest.includes('-h')) {
      io.stdout.write(`${command.usage.trimEnd()}\n`);
      return 0;
    }
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof BulwarkError) {
      io.stderr.write(`bulwark: ${error.message}\n`);
      if (error.hint) io.stderr.write(`  hint: ${error.hint}\n`);
    } else {
      io.stderr.write(`bulwark: internal error: ${errorMessage(error)}\n`);
      if (!debug) io.stderr.write('  rerun with --debug for a stack trace\n');
    }
    if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return 2;
  }
}
