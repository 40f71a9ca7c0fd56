import type { Decision, Finding } from '../core/finding.js';
import { isSuppressed } from '../policy/decide.js';
import type { ScanResult } from '../scan/request.js';
import { makeStyle, type Style } from './style.js';
import { describeSkipped, summarise } from './summary.js';

const HEADINGS: Record<Decision, string> = {
  block: 'BLOCK: must be fixed before merging',
  review: 'REVIEW: needs a security engineer to triage',
  inform: 'INFORM',
};

function severityLabel(finding: Finding, style: Style): string {
  const label = finding.severity.toUpperCase().padEnd(8);
  if (finding.severity === 'critical' || finding.severity === 'high') return style.red(label);
  if (finding.severity === 'medium') return style.yellow(label);
  return style.dim(label);
}

function findingLines(finding: Finding, style: Style): string[] {
  const where = `${finding.location.path}:${finding.location.startLine}:${finding.location.startColumn}`;
  const origin = finding.provenance?.aiAssisted ? style.cyan(' [AI-assisted]') : '';
  const lines = [
    `  ${severityLabel(finding, style)} ${style.bold(finding.title)} ${style.dim(`(${finding.ruleId}, ${finding.confidence} confidence)`)}${origin}`,
    `           ${where}${finding.commit ? style.dim(` in ${finding.commit.sha.slice(0, 10)} by ${finding.commit.author}, ${finding.commit.date.slice(0, 10)}`) : ''}`,
  ];
  if (finding.snippet) lines.push(`           ${style.dim('│')} ${finding.snippet}`);
  if (finding.message && finding.message !== finding.title) lines.push(`           ${finding.message}`);
  for (const [index, step] of (finding.codeFlow ?? []).entries()) {
    lines.push(
      `           ${style.dim(`${index + 1}.`)} ${step.location.path}:${step.location.startLine} ${step.message}`,
    );
  }
  if (finding.suppressed?.expired) lines.push(`           ${style.yellow(`! ${finding.suppressed.reason}`)}`);
  lines.push(`           ${style.dim(`fix: ${finding.remediation}`)}`);
  lines.push(
    `           ${style.dim(`fingerprint ${finding.fingerprint}${finding.cwe.length ? ` · ${finding.cwe.join(', ')}` : ''}`)}`,
  );
  return lines;
}

/** Human-readable report grouped by decision, coloured on a terminal, with a one-line summary at the end. */
export function toTable(scan: ScanResult, options: { color: boolean; verbose?: boolean }): string {
  const style = makeStyle(options.color);
  const out: string[] = [];
  const active = scan.findings.filter((finding) => !isSuppressed(finding));
  for (const decision of ['block', 'review', 'inform'] as const) {
    const group = active.filter((finding) => finding.decision === decision);
    if (group.length === 0) continue;
    out.push(style.bold(`${HEADINGS[decision]} (${group.length})`), '');
    for (const finding of group) out.push(...findingLines(finding, style), '');
  }
  const suppressed = scan.findings.filter(isSuppressed);
  if (suppressed.length > 0) {
    out.push(style.dim(`Suppressed (${suppressed.length}):`));
    for (const finding of suppressed.slice(0, options.verbose ? undefined : 20)) {
      out.push(
        style.dim(
          `  ${finding.location.path}:${finding.location.startLine} ${finding.ruleId}: ${finding.suppressed?.kind} (${finding.suppressed?.reason})`,
        ),
      );
    }
    out.push('');
  }
  if (scan.skipped.length > 0) {
    out.push(style.dim('Not scanned, or scanned differently:'));
    const shown = options.verbose ? scan.skipped : scan.skipped.slice(0, 15);
    for (const item of shown)
      out.push(
        style.dim(`  ${item.path}: ${item.reason}: ${item.detail}${item.handling ? ` (${item.handling})` : ''}`),
      );
    if (shown.length < scan.skipped.length)
      out.push(style.dim(`  … and ${scan.skipped.length - shown.length} more (--verbose lists all)`));
    out.push('');
  }
  for (const note of scan.notes) out.push(style.dim(`note: ${note}`));
  const summary = summarise(scan.findings, scan.skipped);
  const verdict = scan.blocked.length > 0 ? style.red(style.bold('✗ blocked')) : style.green(style.bold('✓ passed'));
  const origin =
    summary.aiAssisted + summary.human > 0 ? ` · AI-assisted ${summary.aiAssisted}, human ${summary.human}` : '';
  out.push(
    `${verdict}: ${summary.byDecision.block} block, ${summary.byDecision.review} review, ${summary.byDecision.inform} inform, ${summary.suppressed} suppressed${origin} · ${scan.stats.files} files, ${(scan.stats.bytes / 1024 / 1024).toFixed(1)} MB in ${(scan.stats.durationMs / 1000).toFixed(2)} s · ${describeSkipped(summary)}`,
  );
  return `${out.join('\n')}\n`;
}
