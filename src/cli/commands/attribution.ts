import { resolve } from 'node:path';
import { BulwarkError, usageError } from '../../core/errors.js';
import { repositoryRoot } from '../../core/git.js';
import { attributeFile } from '../../provenance/attribution.js';
import { textTable } from '../../provenance/render.js';
import { parseCommandArgs, stringOption } from '../args.js';
import type { Command } from '../command.js';

const USAGE = `bulwark attribution FILE [--format table|json]

Each line's origin: the commit that last changed it (git blame), its author, and whether it is AI-assisted with
which tool and model. Line-level records (git-ai notes in refs/notes/ai, Agent Trace records in
.agent-trace/traces.jsonl) decide for the lines they cover; otherwise the commit's classification does.
`;

export const command: Command = {
  name: 'attribution',
  summary: "Each line's origin in a file: human or AI-assisted",
  usage: USAGE,
  async run(argv, io) {
    const args = parseCommandArgs('attribution', argv, { format: { type: 'string', default: 'table' } });
    const [file, ...extra] = args.positionals;
    if (file === undefined || extra.length > 0)
      throw usageError('attribution: expected one FILE', 'run `bulwark attribution --help`');
    const format = stringOption(args, 'format') ?? 'table';
    if (format !== 'table' && format !== 'json')
      throw usageError(`attribution: unknown format '${format}'`, 'use table or json');
    const path = resolve(io.cwd, file);
    const root = await repositoryRoot(io.cwd);
    if (!root) throw new BulwarkError('usage', `${io.cwd} is not inside a git repository`);
    const lines = await attributeFile(root, path);
    if (format === 'json') {
      io.stdout.write(`${JSON.stringify({ file, lines }, null, 2)}\n`);
      return 0;
    }
    const rows = lines.map((origin) => [
      String(origin.line),
      origin.commit?.slice(0, 12) ?? '(uncommitted)',
      origin.author ?? '',
      origin.aiAssisted ? 'yes' : 'no',
      origin.tools.join(', '),
      origin.models.join(', '),
      origin.source,
    ]);
    const ai = lines.filter((origin) => origin.aiAssisted).length;
    io.stdout.write(`${textTable(['line', 'commit', 'author', 'AI', 'tool', 'model', 'source'], rows)}\n`);
    io.stdout.write(`\n${ai} of ${lines.length} lines AI-assisted\n`);
    return 0;
  },
};
