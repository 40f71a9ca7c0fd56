import { resolve } from 'node:path';
import { usageError } from '../../core/errors.js';
import { acceptanceStatus, daysLeft, describeTarget, loadAcceptances } from '../../policy/acceptances/index.js';
import { parseCommandArgs, stringOption } from '../args.js';
import type { Command } from '../command.js';

const USAGE = `Usage: bulwark acceptances list [--expiring 14d] [--format table|json] [--root DIR]

List the risk acceptances in DIR/.bulwark/acceptances.yaml with their status: active, expiring (within the
--expiring window, default 14d) or expired. With --expiring, only expiring and expired entries are listed.
Exit 0; a broken file is a configuration error (exit 2).
`;

function parseDays(text: string): number {
  const match = /^(\d+)d?$/.exec(text.trim());
  if (!match?.[1]) throw usageError(`acceptances: --expiring takes a number of days like 14d, got '${text}'`);
  return Number(match[1]);
}

export const command: Command = {
  name: 'acceptances',
  summary: 'List risk acceptances and their expiry status',
  usage: USAGE,
  async run(argv, io) {
    const args = parseCommandArgs('acceptances', argv, {
      expiring: { type: 'string' },
      format: { type: 'string' },
      root: { type: 'string' },
    });
    const [action = 'list', ...rest] = args.positionals;
    if (action !== 'list' || rest.length > 0) throw usageError('acceptances: the only action is `list`');
    const format = stringOption(args, 'format') ?? 'table';
    if (format !== 'table' && format !== 'json')
      throw usageError(`acceptances: --format must be table or json, got '${format}'`);
    const expiringOption = stringOption(args, 'expiring');
    const window = expiringOption === undefined ? 14 : parseDays(expiringOption);
    const root = resolve(io.cwd, stringOption(args, 'root') ?? '.');
    const now = new Date();
    const rows = (await loadAcceptances(root))
      .map((entry) => ({ ...entry, status: acceptanceStatus(entry, now, window), daysLeft: daysLeft(entry, now) }))
      .filter((row) => expiringOption === undefined || row.status !== 'active');
    if (format === 'json') {
      io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      return 0;
    }
    if (rows.length === 0) {
      io.stdout.write(
        expiringOption === undefined ? 'no risk acceptances\n' : `no acceptances expire within ${window} days\n`,
      );
      return 0;
    }
    for (const row of rows) {
      const when = row.status === 'expired' ? `expired ${row.expires}` : `expires ${row.expires} (${row.daysLeft}d)`;
      io.stdout.write(`${row.id}  ${row.status.padEnd(8)}  ${when}  ${describeTarget(row)}\n`);
      io.stdout.write(
        `          owner ${row.owner}, approved by ${row.approver}, requested by ${row.requester}: ${row.reason}\n`,
      );
    }
    const counts = ['active', 'expiring', 'expired'].map((s) => `${rows.filter((r) => r.status === s).length} ${s}`);
    io.stdout.write(`${rows.length} acceptances: ${counts.join(', ')}\n`);
    return 0;
  },
};
