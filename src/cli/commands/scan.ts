import { existsSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { usageError } from '../../core/errors.js';
import { isReportFormat, REPORT_FORMATS } from '../../report/formats.js';
import type { ScanTarget } from '../../scan/request.js';
import { runScan } from '../../scan/run-scan.js';
import { scannerIds } from '../../scanners/registry.js';
import { boolOption, listOption, parseCommandArgs, stringOption } from '../args.js';
import type { Command, Io } from '../command.js';
import { emit, progressReporter, readStdin, useColor } from '../output.js';

const USAGE = `Usage: bulwark scan [PATH | FILE | -] [options]

Scan a folder (default: the current one) or one file, a change, the history, or standard input (-), decide each finding with
the policy (security-policy.yaml at PATH, or --policy) and exit 0 when nothing blocks, 1 when something blocks,
2 on a usage or configuration error.

What to scan (default: the whole tree, honouring .gitignore):
  --staged                 only the lines added by the staged change (pre-commit)
  --diff BASE[..HEAD]      only the lines added since BASE (a pull request: --diff origin/main)
  --history                every line added in the history, each finding with commit, author and date
  --since DATE             with --history: only commits after DATE (e.g. 2026-01-01, "3 months ago")
  -                        read standard input (--stdin-filename NAME sets the path used in findings)

Scanners and data:
  --scanners LIST          comma-separated: ${scannerIds().join(', ')} (default: all)
  --policy FILE            policy file (default: PATH/security-policy.yaml, or the built-in defaults)
  --baseline FILE          baseline of known findings (default: PATH/.bulwark/baseline.json when present)
  --no-baseline            ignore any baseline
  --db DIR                 advisory database for the deps scanner (default: $BULWARK_DB or ~/.cache/bulwark/db)
  --offline                never reach the network (the default for vulnerability matching)
  --online                 allow OSV API and registry look-ups
  --max-file-size MB       skip (and report) files larger than this (default 25)
  --exclude GLOB           gitignore-style pattern to leave out (repeatable)

Output:
  --format FORMAT          table (default), json, sarif, markdown
  --output FILE            write the report to FILE instead of standard output
  --verbose                list every skipped file and suppressed finding
  --no-color               no ANSI colours (also NO_COLOR=1)
  --debug                  stack traces for internal errors

Environment: BULWARK_DB (advisory database folder), BULWARK_THREADS (threads that scan a big tree, the main
one included; default: one per core), BULWARK_OSV_URL / BULWARK_NPM_URL / BULWARK_PYPI_URL (endpoints for
--online), NO_COLOR.
`;

const OPTIONS = {
  staged: { type: 'boolean' },
  diff: { type: 'string' },
  history: { type: 'boolean' },
  since: { type: 'string' },
  'stdin-filename': { type: 'string' },
  scanners: { type: 'string', multiple: true },
  policy: { type: 'string' },
  baseline: { type: 'string' },
  'no-baseline': { type: 'boolean' },
  db: { type: 'string' },
  offline: { type: 'boolean' },
  online: { type: 'boolean' },
  'osv-url': { type: 'string' },
  'npm-registry': { type: 'string' },
  'pypi-url': { type: 'string' },
  'max-file-size': { type: 'string' },
  exclude: { type: 'string', multiple: true },
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  verbose: { type: 'boolean' },
  'no-color': { type: 'boolean' },
} as const;

export async function targetFrom(args: ReturnType<typeof parseCommandArgs>, io: Io, path: string): Promise<ScanTarget> {
  const chosen = [
    boolOption(args, 'staged'),
    stringOption(args, 'diff') !== undefined,
    boolOption(args, 'history'),
    path === '-',
  ];
  if (chosen.filter(Boolean).length > 1) throw usageError('choose one of PATH -, --staged, --diff and --history');
  if (stringOption(args, 'since') && !boolOption(args, 'history')) throw usageError('--since goes with --history');
  if (boolOption(args, 'staged')) return { kind: 'staged' };
  const diff = stringOption(args, 'diff');
  if (diff !== undefined) return { kind: 'diff', spec: diff };
  if (boolOption(args, 'history')) return { kind: 'history', since: stringOption(args, 'since') };
  if (path === '-')
    return { kind: 'stdin', text: await readStdin(io), path: stringOption(args, 'stdin-filename') ?? '<stdin>' };
  return { kind: 'tree' };
}

function maxFileBytes(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const mb = Number(value);
  if (!Number.isFinite(mb) || mb <= 0) throw usageError(`--max-file-size takes a number of megabytes, got '${value}'`);
  return Math.round(mb * 1024 * 1024);
}

export const command: Command = {
  name: 'scan',
  summary: 'Scan and apply the policy gate',
  usage: USAGE,
  async run(argv, io) {
    const args = parseCommandArgs('scan', argv, OPTIONS);
    if (args.positionals.length > 1) throw usageError('scan takes one PATH', 'run `bulwark scan --help`');
    const path = args.positionals[0] ?? '.';
    let root = resolve(io.cwd, path === '-' ? '.' : path);
    if (path !== '-' && !existsSync(root)) throw usageError(`${path} does not exist`);
    // One file: scan it with every scanner, its folder as the root (where the policy is looked up).
    const singleFile = path !== '-' && !statSync(root).isDirectory() ? basename(root) : undefined;
    if (singleFile) root = dirname(root);
    const format = stringOption(args, 'format') ?? 'table';
    if (!isReportFormat(format))
      throw usageError(`unknown format '${format}'`, `use one of ${REPORT_FORMATS.join(', ')}`);
    if (boolOption(args, 'online') && boolOption(args, 'offline'))
      throw usageError('--online and --offline exclude each other');
    const scanners = listOption(args, 'scanners')
      .flatMap((value) => value.split(','))
      .map((s) => s.trim())
      .filter(Boolean);
    const endpoints: Record<string, string> = {};
    for (const [option, key] of [
      ['osv-url', 'osv'],
      ['npm-registry', 'npm'],
      ['pypi-url', 'pypi'],
    ] as const) {
      const value = stringOption(args, option) ?? io.env[`BULWARK_${key.toUpperCase()}_URL`];
      if (value) endpoints[key] = value;
    }
    const progress = progressReporter(io);
    const baseline = stringOption(args, 'baseline');
    const result = await runScan({
      root,
      target: singleFile ? { kind: 'tree', files: [singleFile] } : await targetFrom(args, io, path),
      scanners,
      policyPath: stringOption(args, 'policy') ? resolve(io.cwd, stringOption(args, 'policy') ?? '') : undefined,
      baselinePath: boolOption(args, 'no-baseline') ? false : baseline ? resolve(io.cwd, baseline) : undefined,
      options: {
        online: boolOption(args, 'online'),
        dbDir: stringOption(args, 'db') ? resolve(io.cwd, stringOption(args, 'db') ?? '') : io.env.BULWARK_DB,
        endpoints,
        cacheDir: io.env.BULWARK_CACHE,
      },
      maxFileBytes: maxFileBytes(stringOption(args, 'max-file-size')),
      exclude: listOption(args, 'exclude'),
      onProgress: ({ files, totalFiles, bytes }) =>
        progress.update(`scanning… ${files}/${totalFiles} files, ${(bytes / 1024 / 1024).toFixed(0)} MB`),
    });
    progress.done();
    const color = format === 'table' && !stringOption(args, 'output') && useColor(io, boolOption(args, 'no-color'));
    const { REPORTERS } = await import('../../report/index.js');
    await emit(
      io,
      REPORTERS[format](result, { color, verbose: boolOption(args, 'verbose') }),
      stringOption(args, 'output'),
    );
    if (stringOption(args, 'output') && format !== 'table') {
      io.stderr.write(
        `bulwark: ${result.findings.length} findings, ${result.blocked.length} blocking; report written to ${stringOption(args, 'output')}\n`,
      );
    }
    return result.blocked.length > 0 ? 1 : 0;
  },
};
