import { git } from '../core/git.js';
import { type CommitClassification, classifyCommit } from './detect.js';
import { LOG_FORMAT, type LogCommit, parseLogLines } from './git-log.js';
import { defaultIdentities, type IdentityTable } from './identities.js';
import {
  type LineAttributionIndex,
  type LineRange,
  loadLineAttributions,
  rangesForCommit,
} from './line-attribution.js';

export interface ClassifiedCommit extends CommitClassification {
  sha: string;
  author: string;
  authorEmail: string;
  date: string;
}

async function* fromArray(lines: string[]): AsyncGenerator<string> {
  yield* lines;
}

function summariseRanges(ranges: LineRange[]): Map<string, { lines: number; tools: Set<string>; models: Set<string> }> {
  const bySource = new Map<string, { lines: number; tools: Set<string>; models: Set<string> }>();
  for (const range of ranges.filter((r) => r.aiAssisted)) {
    const summary = bySource.get(range.source) ?? { lines: 0, tools: new Set<string>(), models: new Set<string>() };
    summary.lines += range.end - range.start + 1;
    if (range.tool) summary.tools.add(range.tool);
    if (range.model) summary.models.add(range.model);
    bySource.set(range.source, summary);
  }
  return bySource;
}

/**
 * Classify a commit from its metadata plus line-level records (git-ai notes, Agent Trace): a commit with AI lines
 * recorded is AI-assisted even when its message says nothing.
 */
export function classifyWithLines(
  commit: LogCommit,
  ranges: LineRange[],
  table: IdentityTable = defaultIdentities(),
): ClassifiedCommit {
  const base = classifyCommit(commit, table);
  const tools = new Set(base.tools);
  const models = new Set(base.models);
  const evidence = [...base.evidence];
  for (const [source, summary] of summariseRanges(ranges)) {
    const who = [...summary.tools, ...summary.models].join(', ') || 'unknown agent';
    evidence.push(`${source}: ${summary.lines} AI line(s) by ${who}`);
    for (const tool of summary.tools) tools.add(tool);
    for (const model of summary.models) models.add(model);
  }
  return {
    ...base,
    aiAssisted: evidence.length > 0,
    tools: [...tools],
    models: [...models],
    evidence,
    sha: commit.sha,
    author: commit.authorName,
    authorEmail: commit.authorEmail,
    date: commit.date,
  };
}

/**
 * Commit classifications and line-level records of one repository, fetched on first use and kept for the life of
 * the object. Pass one instance across calls (e.g. to annotate many findings) to pay for each commit once.
 */
export class CommitCache {
  readonly root: string;
  readonly identities: IdentityTable;
  private readonly commits = new Map<string, ClassifiedCommit>();
  private lineIndex: Promise<LineAttributionIndex> | undefined;

  constructor(root: string, identities: IdentityTable = defaultIdentities()) {
    this.root = root;
    this.identities = identities;
  }

  lines(): Promise<LineAttributionIndex> {
    this.lineIndex ??= loadLineAttributions(this.root);
    return this.lineIndex;
  }

  async rangesFor(sha: string): Promise<LineRange[]> {
    return rangesForCommit(await this.lines(), sha);
  }

  /** Classifications of the given commits (one `git log --no-walk` for all that are not cached yet). */
  async classify(shas: Iterable<string>): Promise<Map<string, ClassifiedCommit>> {
    const wanted = [...new Set(shas)];
    const missing = wanted.filter((sha) => !this.commits.has(sha));
    if (missing.length > 0) {
      const output = await git(
        ['log', '--no-walk=unsorted', '--stdin', LOG_FORMAT],
        this.root,
        `${missing.join('\n')}\n`,
      );
      const index = await this.lines();
      for await (const commit of parseLogLines(fromArray(output.split('\n')))) {
        this.commits.set(commit.sha, classifyWithLines(commit, rangesForCommit(index, commit.sha), this.identities));
      }
    }
    const result = new Map<string, ClassifiedCommit>();
    for (const sha of wanted) {
      const commit = this.commits.get(sha);
      if (commit) result.set(sha, commit);
    }
    return result;
  }
}
