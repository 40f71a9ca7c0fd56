import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { classify } from '../../context/classify.js';
import { loadContextPolicy } from '../../context/load-policy.js';
import { BulwarkError, usageError } from '../../core/errors.js';
import { parseCommandArgs, stringOption } from '../args.js';
import type { Command, Io } from '../command.js';
import { readStdin } from '../output.js';

const USAGE = `Usage: bulwark classify [FILE|-] [--format text|json] [--policy FILE]

Classify a text before it is given to an AI assistant:
  never-include          credentials, private keys, connection strings with passwords, Kubernetes Secret data,
                         bulk personal data (>= 5 distinct emails/phones, >= 3 cards/IBANs/SSNs, or any card/IBAN/SSN
                         in tabular data), files matching ai_context.never_include_globs
  requires-sanitisation  internal hosts, URLs and IPs, cloud account ids and ARNs, configuration values, a few PII values
  safe                   nothing of the above
Prints the level and every reason with its line and kind. Exit 0 (the level is data, not a failure).
Reads FILE, or standard input when FILE is '-' or absent.
`;

/** Read FILE, or stdin for '-' / no argument. Shared by classify, sanitize and restore. */
export async function readInput(io: Io, file: string | undefined): Promise<{ text: string; path?: string }> {
  if (file === undefined || file === '-') return { text: await readStdin(io) };
  try {
    return { text: await readFile(resolve(io.cwd, file), 'utf8'), path: file };
  } catch (error) {
    throw new BulwarkError('io', `cannot read ${file}: ${(error as Error).message}`);
  }
}

export const command: Command = {
  name: 'classify',
  summary: 'Classify text for AI context: safe, requires sanitisation or never include',
  usage: USAGE,
  async run(argv, io) {
    const args = parseCommandArgs('classify', argv, { format: { type: 'string' }, policy: { type: 'string' } });
    const format = stringOption(args, 'format') ?? 'text';
    if (format !== 'text' && format !== 'json')
      throw usageError(`classify: unknown --format '${format}' (text or json)`);
    if (args.positionals.length > 1) throw usageError('classify: give one FILE (or - for standard input)');
    const policy = await loadContextPolicy(io.cwd, stringOption(args, 'policy'));
    const input = await readInput(io, args.positionals[0]);
    const result = classify(input.text, { path: input.path, policy });
    if (format === 'json') {
      io.stdout.write(`${JSON.stringify({ path: input.path ?? '-', ...result }, null, 2)}\n`);
      return 0;
    }
    io.stdout.write(`${input.path ?? '-'}: ${result.level}\n`);
    for (const reason of result.reasons) {
      const where = reason.line === 0 ? 'file' : `line ${reason.line}`;
      io.stdout.write(`  ${where}: ${reason.kind} (${reason.level}): ${reason.detail}\n`);
    }
    return 0;
  },
};
