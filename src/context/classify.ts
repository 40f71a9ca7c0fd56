import picomatch from 'picomatch';
import { detectAll, levelOf } from './detect.js';
import { CONTACT_PII, FINANCIAL_PII } from './kinds.js';
import { lineFinder } from './lines.js';
import { aiContextOf, type HasAiContext } from './policy.js';
import { type ContextLevel, type Detection, LEVEL_RANK } from './types.js';

/**
 * Bulk thresholds (documented in README of this folder and in the classify help):
 *  - BULK_CONTACT distinct emails + phone numbers make a text a customer list: never include;
 *  - BULK_FINANCIAL distinct card numbers, IBANs and SSNs: never include;
 *  - any card, IBAN or SSN inside tabular data (CSV/TSV, or >= 3 rows with the same delimiter count): never include.
 */
export const BULK_CONTACT = 5;
export const BULK_FINANCIAL = 3;

export interface ClassifyReason {
  /** 1-based line; 0 for reasons about the whole text (path globs, bulk counts). */
  line: number;
  kind: string;
  level: ContextLevel;
  detail: string;
}

export interface Classification {
  level: ContextLevel;
  reasons: ClassifyReason[];
}

export interface ClassifyOptions {
  path?: string;
  policy?: HasAiContext;
}

const DETAILS: Record<string, string> = {
  'private-key': 'private key',
  email: 'email address',
  phone: 'phone number',
  card: 'payment card number',
  iban: 'bank account number (IBAN)',
  ssn: 'US social security number',
  'ip-address': 'IP address',
  'internal-ip': 'internal IP address',
  'mac-address': 'MAC address',
  'internal-host': 'internal hostname',
  'aws-arn': 'AWS resource name (ARN)',
  'aws-account-id': 'AWS account id',
  'gcp-service-account': 'GCP service account',
  'gcp-project-id': 'GCP project id',
  'azure-subscription-id': 'Azure subscription id',
  'azure-tenant-id': 'Azure tenant id',
};

function describe(detection: Detection): string {
  if (detection.detail) return detection.detail;
  if (detection.kind.startsWith('secret:')) return `credential (${detection.kind.slice(7)})`;
  return DETAILS[detection.kind] ?? detection.kind;
}

function normalise(detection: Detection): string {
  return detection.kind === 'email' ? detection.value.toLowerCase() : detection.value.replace(/[^0-9A-Za-z]/g, '');
}

/** Lines of a delimited table: at least three lines sharing the same (>= 2) count of one delimiter. */
function isTabular(text: string, path?: string): boolean {
  if (path && /\.(?:csv|tsv|psv)$/i.test(path)) return true;
  const lines = text.slice(0, 64 * 1024).split('\n', 200);
  for (const delimiter of [',', '\t', ';', '|']) {
    const counts = new Map<number, number>();
    for (const line of lines) {
      const count = line.split(delimiter).length - 1;
      if (count >= 2) counts.set(count, (counts.get(count) ?? 0) + 1);
    }
    if ([...counts.values()].some((rows) => rows >= 3)) return true;
  }
  return false;
}

function neverIncludeGlob(path: string | undefined, globs: readonly string[]): string | undefined {
  if (!path || path === '-' || globs.length === 0) return undefined;
  const relative = path.replace(/\\/g, '/').replace(/^\.\//, '');
  return globs.find((glob) => picomatch(glob, { dot: true, basename: !glob.includes('/') })(relative));
}

/** Decide whether a text may be given to an AI: safe, requires-sanitisation, or never-include, with every reason. */
export function classify(text: string, options: ClassifyOptions = {}): Classification {
  const policy = aiContextOf(options.policy);
  const reasons: ClassifyReason[] = [];
  const glob = neverIncludeGlob(options.path, policy.never_include_globs);
  if (glob)
    reasons.push({ line: 0, kind: 'path', level: 'never-include', detail: `path matches never_include_globs ${glob}` });

  const detections = detectAll(text, { path: options.path, policy });
  const lineOf = lineFinder(text);
  const contacts = new Set<string>();
  const financial = new Set<string>();
  for (const detection of detections) {
    reasons.push({
      line: lineOf(detection.start),
      kind: detection.kind,
      level: levelOf(detection),
      detail: describe(detection),
    });
    if (CONTACT_PII.has(detection.kind)) contacts.add(normalise(detection));
    if (FINANCIAL_PII.has(detection.kind)) financial.add(normalise(detection));
  }
  if (contacts.size >= BULK_CONTACT) {
    reasons.push({
      line: 0,
      kind: 'bulk-pii',
      level: 'never-include',
      detail: `${contacts.size} distinct emails/phone numbers (bulk personal data, threshold ${BULK_CONTACT})`,
    });
  }
  if (financial.size >= BULK_FINANCIAL) {
    reasons.push({
      line: 0,
      kind: 'bulk-pii',
      level: 'never-include',
      detail: `${financial.size} distinct card numbers/IBANs/SSNs (threshold ${BULK_FINANCIAL})`,
    });
  } else if (financial.size > 0 && isTabular(text, options.path)) {
    reasons.push({
      line: 0,
      kind: 'bulk-pii',
      level: 'never-include',
      detail: 'card numbers/IBANs/SSNs in tabular data',
    });
  }
  const level = reasons.reduce<ContextLevel>(
    (worst, reason) => (LEVEL_RANK[reason.level] > LEVEL_RANK[worst] ? reason.level : worst),
    'safe',
  );
  reasons.sort((a, b) => a.line - b.line);
  return { level, reasons };
}
