import type { Finding } from '../core/finding.js';
import { repositoryRoot } from '../core/git.js';

/** Blame at most this many files per scan; beyond it the report says provenance was not computed for the rest. */
const MAX_FILES = 300;

/**
 * Attach `provenance` (AI-assisted or human, commit, tools, models) to findings on committed lines: git blame of
 * each finding's line, each commit classified once. History findings already carry their commit.
 * Returns notes for the report.
 */
export async function annotateProvenance(root: string, findings: Finding[]): Promise<string[]> {
  if (findings.length === 0 || !(await repositoryRoot(root))) return [];
  // Loaded only here: identity tables and line attributions bring the YAML and schema libraries.
  const [{ provenanceForLines }, { CommitCache }] = await Promise.all([
    import('../provenance/attribution.js'),
    import('../provenance/commit-cache.js'),
  ]);
  const cache = new CommitCache(root);
  const historical = findings.filter((finding) => finding.commit);
  if (historical.length > 0) {
    const classified = await cache.classify(new Set(historical.map((finding) => finding.commit?.sha ?? '')));
    for (const finding of historical) {
      const commit = classified.get(finding.commit?.sha ?? '');
      if (commit) {
        finding.provenance = {
          aiAssisted: commit.aiAssisted,
          commit: commit.sha,
          tools: commit.tools,
          models: commit.models,
        };
      }
    }
  }
  const byPath = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (finding.commit || finding.location.path.startsWith('<')) continue;
    byPath.set(finding.location.path, [...(byPath.get(finding.location.path) ?? []), finding]);
  }
  const paths = [...byPath.keys()];
  for (const path of paths.slice(0, MAX_FILES)) {
    const group = byPath.get(path) ?? [];
    const origins = await provenanceForLines(
      root,
      path,
      [...new Set(group.map((finding) => finding.location.startLine))],
      cache,
    );
    for (const finding of group) {
      const origin = origins.get(finding.location.startLine);
      if (origin) finding.provenance = origin;
    }
  }
  return paths.length > MAX_FILES
    ? [
        `provenance computed for the findings of ${MAX_FILES} files; ${paths.length - MAX_FILES} more files were not blamed`,
      ]
    : [];
}
