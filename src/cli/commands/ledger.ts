import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { BulwarkError, errorMessage, usageError } from '../../core/errors.js';
import { repositoryRoot } from '../../core/git.js';
import { DATA_CLASSIFICATIONS } from '../../provenance/ledger/entry.js';
import { exportLedger, LEDGER_EXPORT_FORMATS, type LedgerExportFormat } from '../../provenance/ledger/export.js';
import { generateLedgerKeys } from '../../provenance/ledger/keys.js';
import { appendLedgerEntry, readLedger } from '../../provenance/ledger/store.js';
import { verifyLedger } from '../../provenance/ledger/verify.js';
import { textTable } from '../../provenance/render.js';
import { boolOption, listOption, parseCommandArgs, stringOption } from '../args.js';
import type { Command, Io } from '../command.js';

const USAGE = `bulwark ledger <add|list|verify|export|keygen> [options]

The team's append-only record of AI-assisted work, in .bulwark/ledger/ledger.jsonl. Each entry carries seq,
prev_hash (the previous entry's hash; 64 zeros for the first) and hash (sha256 of its canonical JSON), and
optionally an Ed25519 signature, so any edit, deletion or reordering is detected by \`ledger verify\`.

  ledger add --commit SHA --model M --task TEXT --reviewer NAME [--security-review]
             [--modification TEXT]... [--classification ${DATA_CLASSIFICATIONS.join('|')}] [--sanitised]
             [--prompt-file FILE] [--sign-key PEM]
      --prompt-file stores only the prompt's sha256. --sign-key (or env BULWARK_LEDGER_KEY) signs the entry with
      a private key kept outside the repository.
  ledger list [--format table|json]
  ledger verify [--keys DIR] [--require-signatures]
      Exit 0 with a count when the chain is intact, 1 naming each broken entry (seq and commit).
      Public keys are read from DIR (default .bulwark/keys).
  ledger export --format json|csv|markdown
  ledger keygen --out PATH --reviewer NAME
      Writes an Ed25519 private key to PATH (outside the repository) and the public key to
      .bulwark/keys/<reviewer>.pub.
`;

async function root(io: Io): Promise<string> {
  return (await repositoryRoot(io.cwd)) ?? io.cwd;
}

function required(value: string | undefined, name: string): string {
  if (value === undefined || value.trim() === '')
    throw usageError(`ledger: --${name} is required`, 'run `bulwark ledger --help`');
  return value;
}

async function add(argv: string[], io: Io): Promise<number> {
  const args = parseCommandArgs('ledger add', argv, {
    commit: { type: 'string' },
    model: { type: 'string' },
    task: { type: 'string' },
    reviewer: { type: 'string' },
    'security-review': { type: 'boolean' },
    modification: { type: 'string', multiple: true },
    classification: { type: 'string' },
    sanitised: { type: 'boolean' },
    sanitized: { type: 'boolean' },
    'prompt-file': { type: 'string' },
    'sign-key': { type: 'string' },
  });
  const promptFile = stringOption(args, 'prompt-file');
  let prompt: string | undefined;
  if (promptFile !== undefined) {
    try {
      prompt = await readFile(resolve(io.cwd, promptFile), 'utf8');
    } catch (error) {
      throw new BulwarkError('io', `cannot read prompt file ${promptFile}: ${errorMessage(error)}`);
    }
  }
  const signKey = stringOption(args, 'sign-key') ?? io.env.BULWARK_LEDGER_KEY;
  const entry = await appendLedgerEntry(await root(io), {
    commit: required(stringOption(args, 'commit'), 'commit'),
    aiModel: required(stringOption(args, 'model'), 'model'),
    taskSummary: required(stringOption(args, 'task'), 'task'),
    humanReviewer: required(stringOption(args, 'reviewer'), 'reviewer'),
    securityReview: boolOption(args, 'security-review'),
    modifications: listOption(args, 'modification'),
    dataClassification: stringOption(args, 'classification'),
    contextSanitised: boolOption(args, 'sanitised') || boolOption(args, 'sanitized'),
    ...(prompt === undefined ? {} : { prompt }),
    ...(signKey ? { signKeyPath: resolve(io.cwd, signKey) } : {}),
  });
  io.stdout.write(
    `ledger: added entry ${entry.seq} for ${entry.commit.slice(0, 12)}${entry.signature ? ' (signed)' : ''}\n`,
  );
  return 0;
}

async function list(argv: string[], io: Io): Promise<number> {
  const args = parseCommandArgs('ledger list', argv, { format: { type: 'string', default: 'table' } });
  const format = stringOption(args, 'format');
  const entries = await readLedger(await root(io));
  if (format === 'json') {
    io.stdout.write(`${JSON.stringify({ entries }, null, 2)}\n`);
    return 0;
  }
  if (format !== 'table') throw usageError(`ledger list: unknown format '${format}'`, 'use table or json');
  const rows = entries.map((entry) => [
    String(entry.seq),
    entry.date.slice(0, 10),
    entry.commit.slice(0, 12),
    entry.ai_model,
    entry.human_reviewer,
    entry.security_review ? 'yes' : 'no',
    entry.signature ? 'yes' : 'no',
    entry.task_summary,
  ]);
  io.stdout.write(
    `${textTable(['seq', 'date', 'commit', 'model', 'reviewer', 'security review', 'signed', 'task'], rows)}\n`,
  );
  return 0;
}

async function verify(argv: string[], io: Io): Promise<number> {
  const args = parseCommandArgs('ledger verify', argv, {
    keys: { type: 'string' },
    'require-signatures': { type: 'boolean' },
  });
  const keys = stringOption(args, 'keys');
  const result = await verifyLedger(await root(io), {
    ...(keys ? { keysDir: resolve(io.cwd, keys) } : {}),
    requireSignatures: boolOption(args, 'require-signatures'),
  });
  if (result.ok) {
    io.stdout.write(`ledger: ${result.count} entries verified (${result.signed} signed); the chain is intact\n`);
    return 0;
  }
  for (const problem of result.problems) {
    const who = `entry seq ${problem.seq ?? '?'} (commit ${problem.commit?.slice(0, 12) ?? '?'}, line ${problem.line})`;
    io.stderr.write(`ledger: ${who} ${problem.message}\n`);
  }
  io.stderr.write(`ledger: verification failed: ${result.problems.length} problem(s) in ${result.count} entries\n`);
  return 1;
}

async function exportCommand(argv: string[], io: Io): Promise<number> {
  const args = parseCommandArgs('ledger export', argv, { format: { type: 'string', default: 'json' } });
  const format = stringOption(args, 'format') ?? 'json';
  if (!(LEDGER_EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw usageError(`ledger export: unknown format '${format}'`, `use ${LEDGER_EXPORT_FORMATS.join(', ')}`);
  }
  io.stdout.write(exportLedger(await readLedger(await root(io)), format as LedgerExportFormat));
  return 0;
}

async function keygen(argv: string[], io: Io): Promise<number> {
  const args = parseCommandArgs('ledger keygen', argv, { out: { type: 'string' }, reviewer: { type: 'string' } });
  const out = resolve(io.cwd, required(stringOption(args, 'out'), 'out'));
  const keys = await generateLedgerKeys(await root(io), out, required(stringOption(args, 'reviewer'), 'reviewer'));
  io.stdout.write(
    `ledger: private key ${keys.privateKeyPath} (keep it secret, outside the repository)\n` +
      `ledger: public key ${keys.publicKeyPath} (commit it)\nledger: fingerprint ${keys.fingerprint}\n`,
  );
  return 0;
}

const SUBCOMMANDS: Record<string, (argv: string[], io: Io) => Promise<number>> = {
  add,
  list,
  verify,
  export: exportCommand,
  keygen,
};

export const command: Command = {
  name: 'ledger',
  summary: 'Append to, list, verify or export the ledger of AI interactions',
  usage: USAGE,
  async run(argv, io) {
    const [sub, ...rest] = argv;
    const run = sub === undefined ? undefined : SUBCOMMANDS[sub];
    if (!run)
      throw usageError(`ledger: expected one of ${Object.keys(SUBCOMMANDS).join(', ')}`, 'run `bulwark ledger --help`');
    return run(rest, io);
  },
};
