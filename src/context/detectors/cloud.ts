import type { Detection } from '../types.js';
import { before, scanAfterKeywords, scanRegex } from './scan.js';

const ARN = /(?<![\w-])arn:aws(?:-cn|-us-gov|-iso[a-z-]*)?:[a-z0-9-]+:[a-z0-9-]*:(?:\d{12}|aws)?:[^\s"'`,;<>(){}[\]]+/g;
const ACCOUNT_ID = /(?<![\w-])\d{12}(?![\w-])/g;
const ACCOUNT_KEYWORDS = /account|acct|owner[ _-]?id|principal|assume|iam::|\.dkr\./gi;
const SERVICE_ACCOUNT =
  /(?<![\w.%+-])[a-z0-9][a-z0-9._-]{0,62}@[a-z][a-z0-9-]{3,61}\.iam\.gserviceaccount\.com|(?<![\w.%+-])\d{6,20}(?:-compute@developer|@cloudservices|@appspot)\.gserviceaccount\.com|(?<![\w.%+-])[a-z][a-z0-9-]{3,61}@appspot\.gserviceaccount\.com/g;
const GCP_PROJECT =
  /(?:project(?:[_-]?id)?["']?\s*[:=]\s*["']?|projects\/|--project[= ])(?<value>[a-z][a-z0-9-]{4,28}[a-z0-9])(?![\w-])/dgi;
const GUID = /(?<![\w-])[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?![\w-])/g;
const AZURE_KEYWORDS = /subscription|tenant|directory[ _-]?id|microsoftonline\.com\/|\btid\b/gi;
const GCP_CONTEXT = /gcp|google|gcloud|bigquery|firebase|gke|pubsub|gs:\/\//;
/** Placeholder project names that are not identifiers of a real project. */
const PROJECT_PLACEHOLDERS =
  /^(?:my-project|your-project|project-id|example|sample|test-project|demo-project|\w+-example)$/i;

/** AWS ARNs and account ids in context, GCP service accounts and project ids, Azure subscription and tenant ids. */
export function detectCloudIds(text: string): Detection[] {
  const found: Detection[] = [];
  if (text.includes('arn:')) found.push(...scanRegex(text, ARN, () => 'aws-arn'));
  found.push(
    ...scanAfterKeywords(text, ACCOUNT_KEYWORDS, ACCOUNT_ID, 32, (_value, _keyword, start) =>
      text.slice(start - 1, start) === '-' ? undefined : 'aws-account-id',
    ),
  );
  if (text.includes('gserviceaccount.com')) {
    found.push(...scanRegex(text, SERVICE_ACCOUNT, () => 'gcp-service-account'));
  }
  found.push(
    ...scanRegex(text, GCP_PROJECT, (match, value, start) => {
      if (PROJECT_PLACEHOLDERS.test(value) || !/[0-9-]/.test(value)) return undefined;
      const prefix = `${before(text, match.index, 8)}${match[0].slice(0, start - match.index).toLowerCase()}`;
      const specific = /(?:gcp|google|gcloud)|project[_-]?id|--project|projects\//.test(prefix);
      return specific || GCP_CONTEXT.test(before(text, start, 160)) ? 'gcp-project-id' : undefined;
    }),
  );
  found.push(
    ...scanAfterKeywords(text, AZURE_KEYWORDS, GUID, 32, (_value, keyword) =>
      /subscription/i.test(keyword) ? 'azure-subscription-id' : 'azure-tenant-id',
    ),
  );
  return found;
}
