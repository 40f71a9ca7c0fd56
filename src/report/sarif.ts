import { pathToFileURL } from 'node:url';
import type { Finding, Location, Severity } from '../core/finding.js';
import type { RuleMeta } from '../core/rule.js';
import { isSuppressed } from '../policy/decide.js';
import type { ScanResult } from '../scan/request.js';
import { TOOL_NAME, TOOL_URI, VERSION } from '../version.js';
import { summarise } from './summary.js';

/** SARIF 2.1.0 for GitHub code scanning: rules with help, security-severity, CWE tags, partialFingerprints. */

const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: '0.0',
};
const LEVEL = { block: 'error', review: 'warning', inform: 'note' } as const;
const SEVERITY_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};

function cweTags(cwe: readonly string[]): string[] {
  return cwe.map((id) => `external/cwe/cwe-${id.replace(/^CWE-/i, '')}`);
}

function ruleDescriptor(rule: RuleMeta) {
  const help = [
    rule.description,
    '',
    `Remediation: ${rule.remediation}`,
    rule.cwe.length > 0 ? `CWE: ${rule.cwe.join(', ')}` : '',
  ]
    .filter((line, index) => line !== '' || index === 1)
    .join('\n');
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z0-9])/g, (_m, _d, c: string) => c.toUpperCase()),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description },
    help: { text: help, markdown: `**${rule.title}**\n\n${rule.description}\n\n**Remediation:** ${rule.remediation}` },
    ...(rule.helpUri ? { helpUri: rule.helpUri } : {}),
    defaultConfiguration: { level: SEVERITY_LEVEL[rule.severity] },
    properties: {
      tags: [
        ...new Set([
          'security',
          ...cweTags(rule.cwe),
          ...(rule.owasp ?? []).map((o) => `owasp/${o}`),
          ...(rule.tags ?? []),
        ]),
      ],
      'security-severity': SECURITY_SEVERITY[rule.severity],
      precision: rule.confidence === 'high' ? 'high' : rule.confidence === 'medium' ? 'medium' : 'low',
      cwe: rule.cwe,
      ...(rule.owasp ? { owasp: rule.owasp } : {}),
    },
  };
}

function ruleFromFinding(finding: Finding): RuleMeta {
  return {
    id: finding.ruleId,
    title: finding.title,
    description: finding.message,
    severity: finding.severity,
    confidence: finding.confidence,
    cwe: finding.cwe,
    remediation: finding.remediation,
    ...(finding.owasp ? { owasp: finding.owasp } : {}),
  };
}

function physical(location: Location, snippet?: string) {
  return {
    physicalLocation: {
      artifactLocation: { uri: encodeURI(location.path), uriBaseId: '%SRCROOT%' },
      region: {
        startLine: Math.max(1, location.startLine),
        startColumn: Math.max(1, location.startColumn),
        endLine: Math.max(location.startLine, location.endLine),
        endColumn: Math.max(1, location.endColumn),
        ...(snippet ? { snippet: { text: snippet } } : {}),
      },
    },
  };
}

function result(finding: Finding, ruleIndex: number) {
  const suppression = finding.suppressed;
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: finding.decision ? LEVEL[finding.decision] : SEVERITY_LEVEL[finding.severity],
    message: { text: `${finding.title}: ${finding.message}` },
    locations: [physical(finding.location, finding.snippet)],
    partialFingerprints: { 'bulwark/v1': finding.fingerprint },
    ...(finding.codeFlow && finding.codeFlow.length > 0
      ? {
          codeFlows: [
            {
              threadFlows: [
                {
                  locations: finding.codeFlow.map((step) => ({
                    location: { ...physical(step.location), message: { text: step.message } },
                  })),
                },
              ],
            },
          ],
        }
      : {}),
    ...(suppression && isSuppressed(finding)
      ? {
          suppressions: [
            {
              kind: suppression.kind === 'inline' ? 'inSource' : 'external',
              status: 'accepted',
              justification: suppression.reason,
            },
          ],
        }
      : {}),
    properties: {
      severity: finding.severity,
      confidence: finding.confidence,
      decision: finding.decision,
      ...(finding.decisionReason ? { decisionReason: finding.decisionReason } : {}),
      cwe: finding.cwe,
      remediation: finding.remediation,
      ...(finding.provenance ? { provenance: finding.provenance } : {}),
      ...(finding.commit ? { commit: finding.commit } : {}),
      ...(suppression?.expired ? { expiredAcceptance: suppression.reason } : {}),
      ...(finding.properties ?? {}),
    },
  };
}

export function toSarif(scan: ScanResult): object {
  const rules: RuleMeta[] = [];
  const indexById = new Map<string, number>();
  const addRule = (rule: RuleMeta) => {
    if (!indexById.has(rule.id)) {
      indexById.set(rule.id, rules.length);
      rules.push(rule);
    }
  };
  for (const rule of scan.rules) addRule(rule);
  for (const finding of scan.findings) addRule(ruleFromFinding(finding));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: TOOL_URI,
            rules: rules.map(ruleDescriptor),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(`${scan.root.replace(/\/?$/, '/')}`).href } },
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: [
              ...scan.skipped.map((item) => ({
                level: 'note',
                message: { text: `${item.reason}: ${item.detail}${item.handling ? ` (${item.handling})` : ''}` },
                locations: [
                  { physicalLocation: { artifactLocation: { uri: encodeURI(item.path), uriBaseId: '%SRCROOT%' } } },
                ],
              })),
              ...scan.notes.map((note) => ({ level: 'note', message: { text: note } })),
            ],
          },
        ],
        results: scan.findings.map((finding) => result(finding, indexById.get(finding.ruleId) ?? 0)),
        properties: {
          target: scan.target,
          scanners: scan.scanners,
          stats: scan.stats,
          summary: summarise(scan.findings, scan.skipped),
        },
      },
    ],
  };
}
