import { resolve } from 'node:path';
import { usageError } from '../../core/errors.js';
import { type ImportSummary, importAdvisories } from '../../deps/osv/import.js';
import { asEcosystem, defaultDbDir, ECOSYSTEMS, readManifest } from '../../deps/osv/store.js';
import { DEFAULT_OSV_EXPORT, updateDatabase } from '../../deps/osv/update.js';
import type { Ecosystem } from '../../deps/types.js';
import { boolOption, parseCommandArgs, stringOption } from '../args.js';
import type { Command, Io } from '../command.js';

const USAGE = `Usage: bulwark db <import|update|info> [options]

Manage the offline advisory database the deps scanner matches lockfiles against.

  bulwark db import PATH... [--db DIR]
      Import advisories from folders or files: OSV records (JSON or YAML), Node.js security-wg npm
      advisories (vuln/npm/*.json), RustSec advisories (crates/*/RUSTSEC-*.md) and OSV export zips.
      Invalid records are counted and listed, not fatal.
  bulwark db update [--url BASE] [--db DIR] [--ecosystems npm,PyPI,Go,crates.io]
      Download <BASE>/<ecosystem>/all.zip for each ecosystem and import it.
      Default BASE: ${DEFAULT_OSV_EXPORT} (the public OSV export).
  bulwark db info [--db DIR] [--json]
      Counts per ecosystem, last update and import history.

Options:
  --db DIR          database folder. Default: $BULWARK_DB, else ~/.cache/bulwark/db
  --json            machine-readable output
`;

function dbDirOf(io: Io, option: string | undefined): string {
  return option ? resolve(io.cwd, option) : defaultDbDir(io.env);
}

function parseEcosystems(list: string | undefined): Ecosystem[] {
  if (!list) return [...ECOSYSTEMS];
  return list.split(',').map((raw) => {
    const eco = asEcosystem(raw);
    if (!eco) throw usageError(`db update: unknown ecosystem '${raw.trim()}'`, `use ${ECOSYSTEMS.join(', ')}`);
    return eco;
  });
}

function printSummary(io: Io, dbDir: string, summary: ImportSummary): void {
  io.stdout.write(`Imported ${summary.records} records into ${dbDir} in ${(summary.durationMs / 1000).toFixed(1)} s\n`);
  for (const [eco, counts] of Object.entries(summary.ecosystems)) {
    io.stdout.write(`  ${eco.padEnd(10)} ${counts.advisories} advisories, ${counts.packages} packages\n`);
  }
  for (const [reason, count] of Object.entries(summary.skipped)) io.stdout.write(`  skipped ${count}: ${reason}\n`);
  io.stdout.write(`  invalid records: ${summary.invalid}\n`);
  for (const example of summary.invalidExamples) io.stdout.write(`    ${example.file}: ${example.reason}\n`);
}

async function run(argv: string[], io: Io): Promise<number> {
  const args = parseCommandArgs('db', argv, {
    db: { type: 'string' },
    url: { type: 'string' },
    ecosystems: { type: 'string' },
    json: { type: 'boolean' },
  });
  const [action, ...paths] = args.positionals;
  const dbDir = dbDirOf(io, stringOption(args, 'db'));
  const json = boolOption(args, 'json');
  if (action === 'import') {
    if (paths.length === 0)
      throw usageError('db import: give at least one folder or file', 'bulwark db import PATH...');
    const summary = importAdvisories(
      paths.map((path) => resolve(io.cwd, path)),
      dbDir,
    );
    if (json) io.stdout.write(`${JSON.stringify({ dbDir, ...summary }, null, 2)}\n`);
    else printSummary(io, dbDir, summary);
    return 0;
  }
  if (action === 'update') {
    if (paths.length > 0) throw usageError('db update takes no paths; use `bulwark db import PATH...`');
    const baseUrl = stringOption(args, 'url');
    const result = await updateDatabase({
      dbDir,
      ecosystems: parseEcosystems(stringOption(args, 'ecosystems')),
      ...(baseUrl ? { baseUrl } : {}),
    });
    if (json) io.stdout.write(`${JSON.stringify({ dbDir, ...result }, null, 2)}\n`);
    else {
      for (const download of result.downloads) {
        io.stdout.write(`Downloaded ${download.url} (${download.bytes} bytes)\n`);
      }
      printSummary(io, dbDir, result.summary);
    }
    return 0;
  }
  if (action === 'info') {
    const manifest = readManifest(dbDir);
    if (json) {
      io.stdout.write(`${JSON.stringify({ dbDir, manifest: manifest ?? null }, null, 2)}\n`);
      return 0;
    }
    if (!manifest) {
      io.stdout.write(`No advisory database at ${dbDir}. Run \`bulwark db update\` or \`bulwark db import PATH\`.\n`);
      return 0;
    }
    io.stdout.write(`Advisory database ${dbDir}\n  updated ${manifest.updatedAt}\n`);
    for (const [eco, counts] of Object.entries(manifest.ecosystems)) {
      io.stdout.write(`  ${eco.padEnd(10)} ${counts?.advisories ?? 0} advisories, ${counts?.packages ?? 0} packages\n`);
    }
    for (const entry of manifest.imports.slice(-5)) {
      io.stdout.write(
        `  import ${entry.at}: ${entry.records} records, ${entry.invalid} invalid, from ${entry.source}\n`,
      );
    }
    return 0;
  }
  throw usageError(
    action === undefined ? 'db: missing action' : `db: unknown action '${action}'`,
    'use `bulwark db import`, `bulwark db update` or `bulwark db info`',
  );
}

export const command: Command = {
  name: 'db',
  summary: 'Import or update the offline advisory database',
  usage: USAGE,
  run,
};
