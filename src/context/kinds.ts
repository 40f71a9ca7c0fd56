import type { ContextLevel } from './types.js';

/**
 * How sensitive each kind is on its own. Kinds not listed fall back by family (`secret:*`, `custom:*`) or to
 * requires-sanitisation. Bulk thresholds (classify.ts) can raise PII to never-include.
 */
const KIND_LEVELS: Record<string, ContextLevel> = {
  'private-key': 'never-include',
  'k8s-secret-data': 'never-include',
  email: 'requires-sanitisation',
  phone: 'requires-sanitisation',
  card: 'requires-sanitisation',
  iban: 'requires-sanitisation',
  ssn: 'requires-sanitisation',
  'ip-address': 'requires-sanitisation',
  'internal-ip': 'requires-sanitisation',
  'mac-address': 'requires-sanitisation',
  'internal-host': 'requires-sanitisation',
  'connection-string': 'requires-sanitisation',
  'aws-arn': 'requires-sanitisation',
  'aws-account-id': 'requires-sanitisation',
  'gcp-service-account': 'requires-sanitisation',
  'gcp-project-id': 'requires-sanitisation',
  'azure-subscription-id': 'requires-sanitisation',
  'azure-tenant-id': 'requires-sanitisation',
};

/** Tie-break among overlapping detections of the same level and length: the more specific kind wins. */
const SPECIFICITY: Record<string, number> = {
  'gcp-service-account': 5,
  'connection-string': 4,
  'aws-arn': 4,
  card: 3,
  iban: 3,
  ssn: 3,
  email: 2,
  'internal-ip': 2,
  'ip-address': 1,
};

export function kindLevel(kind: string): ContextLevel {
  const known = KIND_LEVELS[kind];
  if (known) return known;
  if (kind.startsWith('secret:')) return 'never-include';
  return 'requires-sanitisation';
}

export function kindSpecificity(kind: string): number {
  return SPECIFICITY[kind] ?? (kind.startsWith('secret:') ? 4 : 0);
}

/** Families whose values are personal data (counted by the bulk thresholds). */
export const CONTACT_PII = new Set(['email', 'phone']);
export const FINANCIAL_PII = new Set(['card', 'iban', 'ssn']);
