import { resolve } from 'node:path';
import { usageError } from '../../core/errors.js';
import {
  type AcceptanceTarget,
  acceptancesPolicyOf,
  appendAcceptance,
  buildAcceptance,
  gitIdentity,
  loadAcceptances,
  nextAcceptanceId,
} from '../../policy/acceptances/index.js';
import { describeTarget } from '../../policy/acceptances/model.js';
import { loadPolicy } from '../../policy/load.js';
import { type ParsedArgs, parseCommandArgs, stringOption } from '../args.js';
import type { Command } from '../command.js';

const USAGE = `Usage: bulwark accept FINGERPRINT | --rule ID --path GLOB | --package NAME@VERSION --advisory ID
         --reason TEXT --owner WHO --approver WHO --expires YYYY-MM-DD [--root DIR] [--policy FILE]

Record a risk acceptance in DIR/.bulwark/acceptances.yaml (commit it: it is reviewed like code).
While it is active, findings it covers are suppressed; once it expires they count again and reports say so.
The requester is your git identity (git config user.name / user.email); the approver must be someone else
(acceptances.require_distinct_approver) and the expiry at most acceptances.max_expiry_days away (default 90).
Cite the id from an inline ignore: // bulwark:allow ACC-0001 <reason>
`;

function targetOf(args: ParsedArgs): AcceptanceTarget {
  const fingerprint = args.positionals[0];
  const rule = stringOption(args, 'rule');
  const path = stringOption(args, 'path');
  const pkg = stringOption(args, 'package');
  const advisory = stringOption(args, 'advisory');
  const given = [
    fingerprint !== undefined,
    rule !== undefined || path !== undefined,
    pkg !== undefined || advisory !== undefined,
  ];
  if (args.positionals.length > 1 || given.filter(Boolean).length !== 1) {
    throw usageError(
      'accept: give exactly one of FINGERPRINT, --rule ID --path GLOB, or --package NAME@VERSION --advisory ID',
    );
  }
  if (fingerprint !== undefined) return { fingerprint };
  if (rule !== undefined || path !== undefined) {
    if (!rule || !path) throw usageError('accept: --rule and --path go together');
    return { rule, path };
  }
  if (!pkg || !advisory) throw usageError('accept: --package and --advisory go together');
  if (!/^.+@[^@]+$/.test(pkg)) throw usageError(`accept: --package must be NAME@VERSION, got '${pkg}'`);
  return { package: pkg, advisory };
}

export const command: Command = {
  name: 'accept',
  summary: 'Record a risk acceptance with an approver and an expiry',
  usage: USAGE,
  async run(argv, io) {
    const args = parseCommandArgs('accept', argv, {
      rule: { type: 'string' },
      path: { type: 'string' },
      package: { type: 'string' },
      advisory: { type: 'string' },
      reason: { type: 'string' },
      owner: { type: 'string' },
      approver: { type: 'string' },
      expires: { type: 'string' },
      root: { type: 'string' },
      policy: { type: 'string' },
    });
    const root = resolve(io.cwd, stringOption(args, 'root') ?? '.');
    const target = targetOf(args);
    const { policy } = await loadPolicy(root, stringOption(args, 'policy'));
    const existing = await loadAcceptances(root);
    const entry = buildAcceptance(
      {
        target,
        reason: stringOption(args, 'reason'),
        owner: stringOption(args, 'owner'),
        approver: stringOption(args, 'approver'),
        expires: stringOption(args, 'expires'),
        requester: await gitIdentity(root),
      },
      acceptancesPolicyOf(policy),
      nextAcceptanceId(existing),
      new Date(),
    );
    const file = await appendAcceptance(root, entry);
    io.stdout.write(
      `${entry.id}: accepted ${describeTarget(entry)} until ${entry.expires} (approver ${entry.approver})\n`,
    );
    io.stdout.write(`written to ${file}; cite it inline as: bulwark:allow ${entry.id} <reason>\n`);
    return 0;
  },
};
