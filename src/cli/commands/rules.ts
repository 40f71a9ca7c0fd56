import { usageError } from '../../core/errors.js';
import { SCANNERS } from '../../scanners/registry.js';
import { parseCommandArgs, stringOption } from '../args.js';
import type { Command } from '../command.js';

const USAGE = `Usage: bulwark rules [--scanner ID] [--format table|json]

List every rule with its id, severity, confidence, CWE and title.
`;

export const command: Command = {
  name: 'rules',
  summary: 'List rules',
  usage: USAGE,
  async run(argv, io) {
    const args = parseCommandArgs('rules', argv, { scanner: { type: 'string' }, format: { type: 'string' } });
    const wanted = stringOption(args, 'scanner');
    const entries = SCANNERS.filter((entry) => !wanted || entry.id === wanted);
    if (entries.length === 0) throw usageError(`unknown scanner '${wanted}'`);
    const scanners = await Promise.all(entries.map((entry) => entry.load()));
    const rules = scanners.flatMap((scanner) => scanner.rules.map((rule) => ({ scanner: scanner.id, ...rule })));
    if (stringOption(args, 'format') === 'json') {
      io.stdout.write(`${JSON.stringify(rules, null, 2)}\n`);
      return 0;
    }
    for (const rule of rules) {
      io.stdout.write(
        `${rule.scanner.padEnd(10)} ${rule.id.padEnd(36)} ${rule.severity.padEnd(8)} ${rule.confidence.padEnd(6)} ${rule.cwe.join(',').padEnd(9)} ${rule.title}\n`,
      );
    }
    io.stdout.write(`${rules.length} rules\n`);
    return 0;
  },
};
