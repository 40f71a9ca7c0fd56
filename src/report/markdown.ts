import type { Finding } from '../core/finding.js';
import { isSuppressed } from '../policy/decide.js';
import type { ScanResult } from '../scan/request.js';
import { describeSkipped, summarise } from './summary.js';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function row(finding: Finding): string {
  const origin = finding.provenance ? (finding.provenance.aiAssisted ? 'AI-assisted' : 'human') : '';
  return `| ${finding.severity} | ${cell(finding.title)} | \`${cell(finding.location.path)}:${finding.location.startLine}\` | \`${finding.ruleId}\` | ${origin} |`;
}

/** A pull-request comment: verdict, blocking findings first, the rest folded. */
export function toMarkdown(scan: ScanResult): string {
  const summary = summarise(scan.findings, scan.skipped);
  const active = scan.findings.filter((finding) => !isSuppressed(finding));
  const lines = [
    `## Bulwark: ${scan.blocked.length > 0 ? '❌ blocked' : '✅ passed'}`,
    '',
    `**${summary.byDecision.block}** block · **${summary.byDecision.review}** review · ${summary.byDecision.inform} inform · ${summary.suppressed} suppressed${summary.aiAssisted + summary.human > 0 ? ` · AI-assisted ${summary.aiAssisted} / human ${summary.human}` : ''}`,
    '',
  ];
  for (const [decision, title, open] of [
    ['block', 'Blocking', true],
    ['review', 'Needs security review', true],
    ['inform', 'For information', false],
  ] as const) {
    const group = active.filter((finding) => finding.decision === decision);
    if (group.length === 0) continue;
    lines.push(`<details${open ? ' open' : ''}><summary><b>${title} (${group.length})</b></summary>`, '');
    lines.push(
      '| severity | finding | where | rule | origin |',
      '|---|---|---|---|---|',
      ...group.map(row),
      '',
      '</details>',
      '',
    );
  }
  const expired = scan.findings.filter((finding) => finding.suppressed?.expired);
  if (expired.length > 0) {
    lines.push('**Expired risk acceptances** (no longer silence findings):', '');
    for (const finding of expired)
      lines.push(`- \`${finding.location.path}:${finding.location.startLine}\` ${finding.suppressed?.reason}`);
    lines.push('');
  }
  lines.push(
    `<sub>${scan.stats.files} files scanned by ${scan.scanners.join(', ')} · ${describeSkipped(summary)}</sub>`,
    '',
  );
  return lines.join('\n');
}
