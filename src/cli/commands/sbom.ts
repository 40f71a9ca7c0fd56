import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BulwarkError, errorMessage, usageError } from '../../core/errors.js';
import { buildCycloneDx, buildSpdx, loadProjectPackages, readRootComponent } from '../../deps/sbom/index.js';
import { boolOption, parseCommandArgs, stringOption } from '../args.js';
import type { Command } from '../command.js';

const usage = `Usage: bulwark sbom [PATH] [options]

Write a software bill of materials of the lockfiles under PATH (default: the current folder).

Options:
  --format cyclonedx|spdx   CycloneDX 1.6 JSON (default) or SPDX 2.3 JSON
  --output FILE, -o FILE    write to FILE instead of stdout
  --reproducible            same input, same bytes: timestamp SOURCE_DATE_EPOCH or 1970-01-01T00:00:00Z,
                            serial number / namespace derived from a hash of the content
  --include-dev             keep development-only packages (default)
  --exclude-dev             leave development-only packages out

SOURCE_DATE_EPOCH, when set, is used as the timestamp even without --reproducible.
A lockfile that cannot be parsed is reported on stderr; the SBOM is written from the others.
`;

export const command: Command = {
  name: 'sbom',
  summary: 'Write a CycloneDX 1.6 or SPDX 2.3 software bill of materials',
  usage,
  async run(argv, io) {
    const args = parseCommandArgs('sbom', argv, {
      format: { type: 'string' },
      output: { type: 'string', short: 'o' },
      reproducible: { type: 'boolean' },
      'include-dev': { type: 'boolean' },
      'exclude-dev': { type: 'boolean' },
    });
    if (args.positionals.length > 1) throw usageError('sbom: expected at most one PATH');
    const format = stringOption(args, 'format') ?? 'cyclonedx';
    if (format !== 'cyclonedx' && format !== 'spdx') {
      throw usageError(`sbom: unknown --format '${format}'`, 'use cyclonedx or spdx');
    }
    if (boolOption(args, 'include-dev') && boolOption(args, 'exclude-dev')) {
      throw usageError('sbom: --include-dev and --exclude-dev exclude each other');
    }
    const root = resolve(io.cwd, args.positionals[0] ?? '.');
    const project = await loadProjectPackages(root);
    for (const { path, message } of project.errors) io.stderr.write(`bulwark sbom: skipped ${path}: ${message}\n`);
    if (project.lockfiles.length === 0 && project.errors.length === 0) {
      io.stderr.write(`bulwark sbom: no lockfiles found under ${root}; the SBOM lists no components\n`);
    }
    const options = {
      reproducible: boolOption(args, 'reproducible'),
      includeDev: !boolOption(args, 'exclude-dev'),
      env: io.env,
    };
    const rootComponent = readRootComponent(root);
    const document =
      format === 'spdx'
        ? buildSpdx(rootComponent, project.packages, options)
        : buildCycloneDx(rootComponent, project.packages, options);
    const text = `${JSON.stringify(document, null, 2)}\n`;
    const output = stringOption(args, 'output');
    if (output === undefined) {
      io.stdout.write(text);
      return 0;
    }
    try {
      writeFileSync(resolve(io.cwd, output), text);
    } catch (error) {
      throw new BulwarkError('io', `sbom: cannot write ${output}: ${errorMessage(error)}`);
    }
    const count = 'components' in document ? document.components.length : document.packages.length - 1;
    io.stderr.write(
      `bulwark sbom: wrote ${output} (${format}, ${count} packages from ${project.lockfiles.length} lockfile(s))\n`,
    );
    return 0;
  },
};
