import { type Finding, severityRank } from '../core/finding.js';

/** Drop exact duplicates (same fingerprint at the same place, e.g. a value matched by two overlapping rules). */
export function dedupe(findings: readonly Finding[]): Finding[] {
  const seen = new Map<string, Finding>();
  for (const finding of findings) {
    const key = `${finding.fingerprint}:${finding.location.path}:${finding.location.startLine}:${finding.commit?.sha ?? ''}`;
    const existing = seen.get(key);
    if (!existing || severityRank(finding.severity) > severityRank(existing.severity)) seen.set(key, finding);
  }
  return [...seen.values()];
}

/** Strings by code unit: the same order in every locale, and no collator to load (localeCompare's first call). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Stable order: path, line, column, rule. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      compareText(a.location.path, b.location.path) ||
      a.location.startLine - b.location.startLine ||
      a.location.startColumn - b.location.startColumn ||
      compareText(a.ruleId, b.ruleId),
  );
}

/** For diff and staged targets: keep findings on added lines only. */
export function onChangedLines(findings: Finding[], changed: Map<string, Set<number>>): Finding[] {
  return findings.filter((finding) => {
    if (finding.properties?.introducedByChange === true) return true;
    const lines = changed.get(finding.location.path);
    if (!lines) return false;
    for (let line = finding.location.startLine; line <= finding.location.endLine; line++)
      if (lines.has(line)) return true;
    return false;
  });
}
