import { relative, resolve } from 'node:path';
import { BulwarkError } from '../core/errors.js';
import { repositoryRoot, tryGit } from '../core/git.js';
import { type ClassifiedCommit, classifyWithLines } from './commit-cache.js';
import { streamCommits } from './git-log.js';
import { defaultIdentities, type IdentityTable } from './identities.js';
import { findLedgerEntries, ledgerEntriesByCommit } from './ledger/store.js';
import { type LineRange, loadLineAttributions, rangesForCommit } from './line-attribution.js';

export interface CommitProvenance extends ClassifiedCommit {
  linesChanged: number;
  aiLines: number;
  ledgerEntries: number;
  securityReviewed: boolean;
}

export interface ShareRow {
  linesChanged: number;
  aiLines: number;
  /** aiLines / linesChanged (0 when nothing changed). */
  aiShare: number;
}

export interface FileShare extends ShareRow {
  path: string;
}

export interface AuthorShare extends ShareRow {
  author: string;
  commits: number;
  aiCommits: number;
}

export interface ProvenanceReport {
  root: string;
  commits: CommitProvenance[];
  files: FileShare[];
  authors: AuthorShare[];
  /** AI-assisted commits with no ledger entry. */
  missingLedger: string[];
  /** AI-assisted commits with no ledger entry recording a security review (includes those with no entry at all). */
  missingSecurityReview: string[];
}

export interface CollectOptions {
  since?: string;
  /** Limit to paths (absolute or relative to root). */
  paths?: string[];
  identities?: IdentityTable;
}

function aiLineCount(ranges: LineRange[], path: string): number | undefined {
  const forFile = ranges.filter((range) => range.path === path);
  if (forFile.length === 0) return undefined;
  return forFile.filter((range) => range.aiAssisted).reduce((sum, range) => sum + range.end - range.start + 1, 0);
}

function addShare<T extends ShareRow>(map: Map<string, T>, key: string, make: () => T, changed: number, ai: number): T {
  const row = map.get(key) ?? make();
  row.linesChanged += changed;
  row.aiLines += ai;
  map.set(key, row);
  return row;
}

function finishShares<T extends ShareRow>(rows: Iterable<T>): T[] {
  return [...rows].map((row) => ({ ...row, aiShare: row.linesChanged === 0 ? 0 : row.aiLines / row.linesChanged }));
}

/**
 * Walk the history (streamed, one commit at a time) and report, per commit, whether it is AI-assisted and why; per
 * file and per author the AI-assisted share of changed lines (added + deleted; line-level records narrow a file's
 * AI lines when present); and which AI-assisted commits the ledger does not cover.
 */
export async function collectProvenance(path: string, options: CollectOptions = {}): Promise<ProvenanceReport> {
  const root = await repositoryRoot(path);
  if (!root) throw new BulwarkError('usage', `${path} is not inside a git repository`);
  const report: ProvenanceReport = {
    root,
    commits: [],
    files: [],
    authors: [],
    missingLedger: [],
    missingSecurityReview: [],
  };
  if ((await tryGit(['rev-parse', '--verify', '--quiet', 'HEAD'], root)) === undefined) return report;
  const table = options.identities ?? defaultIdentities();
  const scope = (options.paths ?? []).map((p) => relative(root, resolve(path, p)) || '.');
  const subdir = relative(root, resolve(path));
  const paths = scope.length > 0 ? scope : subdir ? [subdir] : [];
  const [lineIndex, ledger] = await Promise.all([loadLineAttributions(root), ledgerEntriesByCommit(root)]);
  const files = new Map<string, FileShare>();
  const authors = new Map<string, AuthorShare>();
  for await (const commit of streamCommits(root, { since: options.since, paths })) {
    const ranges = rangesForCommit(lineIndex, commit.sha);
    const classified = classifyWithLines(commit, ranges, table);
    let linesChanged = 0;
    let aiLines = 0;
    for (const change of commit.files) {
      const changed = (change.added ?? 0) + (change.deleted ?? 0);
      const recorded = aiLineCount(ranges, change.path);
      const ai = recorded !== undefined ? Math.min(recorded, changed) : classified.aiAssisted ? changed : 0;
      linesChanged += changed;
      aiLines += ai;
      addShare(files, change.path, () => ({ path: change.path, linesChanged: 0, aiLines: 0, aiShare: 0 }), changed, ai);
    }
    const authorKey = `${commit.authorName} <${commit.authorEmail}>`;
    const author = addShare(
      authors,
      authorKey,
      () => ({ author: authorKey, commits: 0, aiCommits: 0, linesChanged: 0, aiLines: 0, aiShare: 0 }),
      linesChanged,
      aiLines,
    );
    author.commits++;
    const entries = findLedgerEntries(ledger, commit.sha);
    const securityReviewed = entries.some((entry) => entry.security_review);
    if (classified.aiAssisted) {
      author.aiCommits++;
      if (entries.length === 0) report.missingLedger.push(commit.sha);
      if (!securityReviewed) report.missingSecurityReview.push(commit.sha);
    }
    report.commits.push({ ...classified, linesChanged, aiLines, ledgerEntries: entries.length, securityReviewed });
  }
  report.files = finishShares(files.values()).sort((a, b) => b.aiLines - a.aiLines || a.path.localeCompare(b.path));
  report.authors = finishShares(authors.values()).sort(
    (a, b) => b.aiLines - a.aiLines || a.author.localeCompare(b.author),
  );
  return report;
}
