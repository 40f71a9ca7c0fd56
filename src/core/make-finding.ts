import type { Finding, Location } from './finding.js';
import { fingerprint } from './fingerprint.js';
import type { RuleMeta } from './rule.js';

export interface FindingInput {
  rule: RuleMeta;
  scanner: string;
  location: Location;
  /** Masked excerpt (never the raw secret). */
  snippet: string;
  /** Content the fingerprint hashes: the matched value or the normalised code of the sink. */
  matchedContent: string;
  message?: string;
  overrides?: Partial<Pick<Finding, 'severity' | 'confidence' | 'title' | 'remediation'>>;
  properties?: Record<string, unknown>;
  codeFlow?: Finding['codeFlow'];
  commit?: Finding['commit'];
}

/** Build a finding from its rule's metadata; the rule supplies everything the input does not override. */
export function makeFinding(input: FindingInput): Finding {
  const { rule } = input;
  const finding: Finding = {
    ruleId: rule.id,
    scanner: input.scanner,
    severity: input.overrides?.severity ?? rule.severity,
    confidence: input.overrides?.confidence ?? rule.confidence,
    title: input.overrides?.title ?? rule.title,
    message: input.message ?? rule.description,
    location: input.location,
    snippet: input.snippet,
    cwe: rule.cwe,
    remediation: input.overrides?.remediation ?? rule.remediation,
    fingerprint: fingerprint(rule.id, input.location.path, input.matchedContent),
  };
  if (rule.owasp) finding.owasp = rule.owasp;
  if (rule.helpUri) finding.helpUri = rule.helpUri;
  if (rule.tags) finding.tags = rule.tags;
  if (input.properties) finding.properties = input.properties;
  if (input.codeFlow) finding.codeFlow = input.codeFlow;
  if (input.commit) finding.commit = input.commit;
  return finding;
}
