import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { usageError } from '../../core/errors.js';
import { BASELINE_FILE, buildBaseline, readBaseline, writeBaseline } from '../../policy/baseline.js';
import { runScan } from '../../scan/run-scan.js';
import { listOption, parseCommandArgs, stringOption } from '../args.js';
import type { Command } from '../command.js';

const USAGE = `Usage: bulwark baseline [PATH] [--output FILE] [--scanners LIST] [--policy FILE]

Scan PATH (default: the current folder) and write every current finding's fingerprint to a baseline
(default: PATH/.bulwark/baseline.json). Later scans suppress those findings and report only new ones;
commit the baseline so reviewers see what was accepted as existing debt. First-seen dates of findings already
in the baseline are kept (SLA clocks do not restart).
`;

export const command: Command = {
  name: 'baseline',
  summary: 'Record current findings',
  usage: USAGE,
  async run(argv, io) {
    const args = parseCommandArgs('baseline', argv, {
      output: { type: 'string', short: 'o' },
      scanners: { type: 'string', multiple: true },
      policy: { type: 'string' },
      db: { type: 'string' },
    });
    if (args.positionals.length > 1) throw usageError('baseline takes one PATH');
    const root = resolve(io.cwd, args.positionals[0] ?? '.');
    const file = resolve(root, stringOption(args, 'output') ?? BASELINE_FILE);
    const result = await runScan({
      root,
      target: { kind: 'tree' },
      scanners: listOption(args, 'scanners')
        .flatMap((v) => v.split(','))
        .filter(Boolean),
      policyPath: stringOption(args, 'policy'),
      baselinePath: false,
      options: { online: false, dbDir: stringOption(args, 'db') ?? io.env.BULWARK_DB },
    });
    const previous = await readBaseline(file);
    const baseline = buildBaseline(result.findings, new Date(), previous);
    await mkdir(dirname(file), { recursive: true });
    await writeBaseline(file, baseline);
    io.stdout.write(`baseline: ${baseline.findings.length} findings recorded in ${file}\n`);
    return 0;
  },
};
