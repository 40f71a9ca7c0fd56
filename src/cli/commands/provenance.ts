import { resolve } from 'node:path';
import { usageError } from '../../core/errors.js';
import { collectProvenance, type ProvenanceReport } from '../../provenance/collect.js';
import { markdownTable, percent, textTable } from '../../provenance/render.js';
import { parseCommandArgs, stringOption } from '../args.js';
import type { Command } from '../command.js';

const FORMATS = ['table', 'json', 'markdown'] as const;

const USAGE = `bulwark provenance [PATH] [--since DATE] [--format table|json|markdown]

Which commits are AI-assisted and why (the [ai-assisted: model] tag, Assisted-by / Co-authored-by / AI-Model
trailers naming AI tools, "Generated with ..." footers, aider's prefix, bot authors such as the Copilot coding
agent, git-ai notes and Agent Trace records), the AI-assisted share of changed lines per file and per author, and
the AI-assisted commits that have no ledger entry or no security-reviewed ledger entry.
PATH (default: the current folder) limits the report to that part of the repository.
`;

function tables(
  report: ProvenanceReport,
  table: (headers: string[], rows: string[][]) => string,
  markdown: boolean,
): string {
  const heading = (text: string) => (markdown ? `## ${text}` : text);
  const commits = report.commits.map((c) => [
    c.sha.slice(0, 12),
    c.date.slice(0, 10),
    c.author,
    c.aiAssisted ? 'yes' : 'no',
    c.tools.join(', '),
    c.models.join(', '),
    c.evidence.join('; '),
  ]);
  const files = report.files.map((f) => [f.path, String(f.linesChanged), String(f.aiLines), percent(f.aiShare)]);
  const authors = report.authors.map((a) => [
    a.author,
    `${a.aiCommits}/${a.commits}`,
    String(a.linesChanged),
    String(a.aiLines),
    percent(a.aiShare),
  ]);
  const list = (shas: string[]) => (shas.length === 0 ? 'none' : shas.map((sha) => `- ${sha.slice(0, 12)}`).join('\n'));
  return [
    heading('Commits'),
    table(['commit', 'date', 'author', 'AI', 'tools', 'models', 'evidence'], commits),
    '',
    heading('Files'),
    table(['file', 'changed', 'AI lines', 'AI share'], files),
    '',
    heading('Authors'),
    table(['author', 'AI commits', 'changed', 'AI lines', 'AI share'], authors),
    '',
    heading('AI-assisted commits without a ledger entry'),
    list(report.missingLedger),
    '',
    heading('AI-assisted commits without a security review in the ledger'),
    list(report.missingSecurityReview),
    '',
  ].join('\n');
}

export const command: Command = {
  name: 'provenance',
  summary: 'Report which commits and lines are AI-assisted',
  usage: USAGE,
  async run(argv, io) {
    const args = parseCommandArgs('provenance', argv, {
      since: { type: 'string' },
      format: { type: 'string', default: 'table' },
    });
    const format = stringOption(args, 'format') ?? 'table';
    if (!(FORMATS as readonly string[]).includes(format)) {
      throw usageError(`provenance: unknown format '${format}'`, `use ${FORMATS.join(', ')}`);
    }
    if (args.positionals.length > 1) throw usageError('provenance: expected at most one PATH');
    const path = resolve(io.cwd, args.positionals[0] ?? '.');
    const since = stringOption(args, 'since');
    const report = await collectProvenance(path, since ? { since } : {});
    if (format === 'json') {
      const { root: _root, ...data } = report;
      io.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
    } else if (format === 'markdown') {
      io.stdout.write(`# AI provenance\n\n${tables(report, markdownTable, true)}`);
    } else {
      io.stdout.write(tables(report, textTable, false));
    }
    return 0;
  },
};
