import { assigned, secretRule, token } from '../define.js';
import type { RawMatch, RuleInput, SecretRule } from '../rule-types.js';
import { isPlaceholder, shannonEntropy } from '../values.js';

const AWS_REVOKE =
  'IAM console > Users > Security credentials: deactivate and delete the key; check CloudTrail for its use';
const AWS_SECRET_VALUE = /(?<![A-Za-z0-9/+=])([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/g;

/** A 40-character base64 value within a few lines of an access key id: the secret access key that pairs with it. */
function awsSecretNearKeyId({ text, hit }: RuleInput): RawMatch[] {
  const from = Math.max(0, hit - 400);
  const to = Math.min(text.length, hit + 400);
  const around = text.slice(from, to);
  const found: RawMatch[] = [];
  AWS_SECRET_VALUE.lastIndex = 0;
  for (let m = AWS_SECRET_VALUE.exec(around); m !== null; m = AWS_SECRET_VALUE.exec(around)) {
    const value = m[1] ?? '';
    if (!/[A-Z]/.test(value) || !/[a-z]/.test(value) || !/[0-9]/.test(value) || shannonEntropy(value) < 4.2) continue;
    if (isPlaceholder(value)) continue;
    found.push({ start: from + m.index, end: from + m.index + value.length, value });
  }
  return found;
}

const SERVICE_ACCOUNT_KEY = /^"private_key"\s*:\s*"(-----BEGIN[^"]{64,8000}?-----END PRIVATE KEY-----(?:\\n)?)"/d;
/** Enough text after `"private_key"` for the longest key SERVICE_ACCOUNT_KEY accepts, with room for whitespace. */
const SERVICE_ACCOUNT_KEY_MAX = 9000;

/** A GCP service-account key file: `"type": "service_account"` with a private_key and a client_email. */
function gcpServiceAccount({ text, hit }: RuleInput): RawMatch[] {
  const lookBack = Math.max(0, hit - 2000);
  const objectStart = text.slice(lookBack, hit).lastIndexOf('{');
  const from = objectStart === -1 ? lookBack : lookBack + objectStart;
  const object = text.slice(from, from + 12000);
  const keyOffset = object.indexOf('"private_key"');
  if (keyOffset === -1 || !object.includes('"client_email"')) return [];
  const keyAt = from + keyOffset;
  const m = SERVICE_ACCOUNT_KEY.exec(text.slice(keyAt, keyAt + SERVICE_ACCOUNT_KEY_MAX));
  const value = m?.[1];
  const offset = m?.indices?.[1]?.[0];
  if (value === undefined || offset === undefined) return [];
  return [{ start: keyAt + offset, end: keyAt + offset + value.length, value }];
}

/** Cloud providers and hosting platforms. */
export const cloudRules: SecretRule[] = [
  secretRule({
    id: 'aws-access-key-id',
    title: 'AWS access key id',
    kind: 'AWS access key id',
    service: 'AWS',
    revoke: AWS_REVOKE,
    exactKeywords: ['AKIA', 'ASIA', 'ABIA', 'ACCA', 'A3T'],
    keywordStartsToken: true,
    pattern: token('(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}'),
    description:
      'An AWS access key id is stored in plain text. With its secret access key (often nearby) anyone can call AWS as this IAM user or role.',
  }),
  secretRule({
    id: 'aws-secret-access-key',
    title: 'AWS secret access key',
    kind: 'AWS secret access key',
    service: 'AWS',
    revoke: AWS_REVOKE,
    keywords: ['aws_secret', 'secret_access_key', 'secretaccesskey', 'aws-secret', 'awssecret'],
    precision: 'contextual',
    pattern: assigned(
      ['aws_secret', 'secret_access_key', 'secretaccesskey', 'aws-secret', 'awssecret'],
      '[A-Za-z0-9/+]{40}',
    ),
    minEntropy: 3.8,
    severity: 'critical',
    priority: 25,
  }),
  secretRule({
    id: 'aws-secret-near-key-id',
    title: 'AWS secret access key next to its key id',
    kind: 'AWS secret access key',
    service: 'AWS',
    revoke: AWS_REVOKE,
    keywords: ['akia'],
    precision: 'contextual',
    extract: awsSecretNearKeyId,
    severity: 'critical',
    priority: 22,
  }),
  secretRule({
    id: 'gcp-api-key',
    title: 'Google API key',
    kind: 'Google API key',
    service: 'Google Cloud',
    revoke:
      'Google Cloud console > APIs & Services > Credentials: regenerate or delete the key, and restrict the new one',
    keywords: ['aiza'],
    pattern: token('AIza[0-9A-Za-z_-]{35}'),
  }),
  secretRule({
    id: 'gcp-oauth-client-secret',
    title: 'Google OAuth client secret',
    kind: 'Google OAuth client secret',
    service: 'Google Cloud',
    revoke: 'Google Cloud console > APIs & Services > Credentials: reset the client secret',
    keywords: ['gocspx-'],
    pattern: token('GOCSPX-[A-Za-z0-9_-]{28}'),
  }),
  secretRule({
    id: 'gcp-service-account-key',
    title: 'GCP service account key',
    kind: 'GCP service account private key',
    service: 'Google Cloud service account',
    revoke: 'Google Cloud console > IAM > Service accounts > Keys: delete the key; prefer workload identity',
    keywords: ['service_account'],
    extract: gcpServiceAccount,
    cwe: ['CWE-321', 'CWE-798'],
    severity: 'critical',
    priority: 50,
  }),
  secretRule({
    id: 'azure-ad-client-secret',
    title: 'Azure AD (Entra ID) client secret',
    kind: 'Azure AD client secret',
    service: 'Azure AD application',
    revoke: 'Azure portal > App registrations > Certificates & secrets: delete the secret',
    keywords: ['q~'],
    pattern: /(?<![A-Za-z0-9_~.-])([A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])/dg,
  }),
  secretRule({
    id: 'azure-storage-account-key',
    title: 'Azure storage account key',
    kind: 'Azure storage account key',
    service: 'Azure Storage',
    revoke: 'Azure portal > Storage account > Access keys: rotate the key; prefer managed identities or SAS',
    keywords: ['accountkey='],
    pattern: /AccountKey=([A-Za-z0-9+/]{86}==)/dg,
    severity: 'critical',
  }),
  secretRule({
    id: 'azure-shared-access-key',
    title: 'Azure Service Bus / Event Hubs shared access key',
    kind: 'Azure shared access key',
    service: 'Azure Service Bus / Event Hubs',
    revoke: 'Azure portal > Shared access policies: regenerate the key',
    keywords: ['sharedaccesskey='],
    pattern: /SharedAccessKey=([A-Za-z0-9+/]{42,44}=)/dg,
  }),
  secretRule({
    id: 'alibaba-access-key-id',
    title: 'Alibaba Cloud AccessKey id',
    kind: 'Alibaba Cloud AccessKey id',
    service: 'Alibaba Cloud',
    revoke: 'Alibaba Cloud RAM console > AccessKey management',
    exactKeywords: ['LTAI'],
    keywordStartsToken: true,
    pattern: token('LTAI[A-Za-z0-9]{20}'),
  }),
  ...(['dop', 'doo', 'dor'] as const).map((prefix) =>
    secretRule({
      id: { dop: 'digitalocean-pat', doo: 'digitalocean-oauth-token', dor: 'digitalocean-refresh-token' }[prefix],
      title: `DigitalOcean ${{ dop: 'personal access token', doo: 'OAuth token', dor: 'refresh token' }[prefix]}`,
      kind: `DigitalOcean ${{ dop: 'personal access token', doo: 'OAuth token', dor: 'refresh token' }[prefix]}`,
      service: 'DigitalOcean',
      revoke: 'DigitalOcean control panel > API > Tokens',
      keywords: [`${prefix}_v1_`],
      pattern: token(`${prefix}_v1_[a-f0-9]{64}`),
      severity: 'critical',
    }),
  ),
  secretRule({
    id: 'heroku-api-key',
    title: 'Heroku API key',
    kind: 'Heroku API key',
    service: 'Heroku',
    revoke: 'Heroku dashboard > Account settings > API key (regenerate), or `heroku authorizations:revoke`',
    keywords: ['hrku-', 'heroku'],
    pattern: new RegExp(
      `${token('HRKU-AA[0-9A-Za-z_-]{58}').source}|${assigned(['heroku'], '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}').source}`,
      'dg',
    ),
  }),
  secretRule({
    id: 'cloudflare-api-token',
    title: 'Cloudflare API token',
    kind: 'Cloudflare API token',
    service: 'Cloudflare',
    revoke: 'Cloudflare dashboard > My Profile > API Tokens: roll or delete',
    keywords: ['cloudflare', 'cf_api'],
    precision: 'contextual',
    pattern: assigned(['cloudflare', 'cf_api'], '[A-Za-z0-9_-]{40}'),
    minEntropy: 3.5,
  }),
  secretRule({
    id: 'cloudflare-origin-ca-key',
    title: 'Cloudflare Origin CA key',
    kind: 'Cloudflare Origin CA key',
    service: 'Cloudflare',
    revoke: 'Cloudflare dashboard > My Profile > API Tokens > Origin CA key: change',
    keywords: ['v1.0-'],
    pattern: token('v1\\.0-[a-f0-9]{24}-[a-f0-9]{146}'),
  }),
  secretRule({
    id: 'fastly-api-token',
    title: 'Fastly API token',
    kind: 'Fastly API token',
    service: 'Fastly',
    revoke: 'Fastly > Account > API tokens',
    keywords: ['fastly'],
    precision: 'contextual',
    pattern: assigned(['fastly'], '[A-Za-z0-9_-]{32}'),
    minEntropy: 3.5,
  }),
  secretRule({
    id: 'databricks-token',
    title: 'Databricks access token',
    kind: 'Databricks personal access token',
    service: 'Databricks',
    revoke: 'Databricks workspace > User settings > Access tokens',
    exactKeywords: ['dapi'],
    keywordStartsToken: true,
    pattern: token('dapi[a-f0-9]{32}(?:-\\d)?'),
  }),
  secretRule({
    id: 'vercel-token',
    title: 'Vercel access token',
    kind: 'Vercel access token',
    service: 'Vercel',
    revoke: 'Vercel > Account settings > Tokens',
    keywords: ['vercel'],
    precision: 'contextual',
    pattern: assigned(['vercel'], '[A-Za-z0-9]{24}'),
    minEntropy: 3.5,
  }),
  secretRule({
    id: 'netlify-token',
    title: 'Netlify access token',
    kind: 'Netlify access token',
    service: 'Netlify',
    revoke: 'Netlify > User settings > Applications > Personal access tokens',
    keywords: ['netlify', 'nfp_'],
    pattern: new RegExp(
      `${token('nfp_[A-Za-z0-9]{36}').source}|${assigned(['netlify'], '[A-Za-z0-9_-]{40,46}').source}`,
      'dg',
    ),
    minEntropy: 3.5,
  }),
  secretRule({
    id: 'supabase-token',
    title: 'Supabase access token or secret key',
    kind: 'Supabase access token',
    service: 'Supabase',
    revoke: 'Supabase dashboard > Account > Access tokens, or Project settings > API keys',
    keywords: ['sbp_', 'sb_secret_'],
    pattern: token('sbp_[a-f0-9]{40}|sb_secret_[A-Za-z0-9_-]{31,40}'),
  }),
  secretRule({
    id: 'planetscale-token',
    title: 'PlanetScale password or token',
    kind: 'PlanetScale credential',
    service: 'PlanetScale',
    revoke: 'PlanetScale dashboard > Settings > Passwords / Service tokens',
    keywords: ['pscale_'],
    pattern: token('pscale_(?:pw|tkn|oauth)_[A-Za-z0-9_.=-]{32,64}'),
  }),
  secretRule({
    id: 'pulumi-access-token',
    title: 'Pulumi access token',
    kind: 'Pulumi access token',
    service: 'Pulumi',
    revoke: 'Pulumi Cloud > Settings > Access tokens',
    keywords: ['pul-'],
    pattern: token('pul-[a-f0-9]{40}'),
  }),
  secretRule({
    id: 'terraform-cloud-token',
    title: 'Terraform Cloud / Enterprise API token',
    kind: 'Terraform Cloud API token',
    service: 'Terraform Cloud',
    revoke: 'Terraform Cloud > User settings > Tokens',
    keywords: ['.atlasv1.'],
    pattern: token('[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=-]{60,70}'),
    severity: 'critical',
  }),
  secretRule({
    id: 'vault-token',
    title: 'HashiCorp Vault token',
    kind: 'HashiCorp Vault token',
    service: 'HashiCorp Vault',
    revoke: '`vault token revoke`, and review the audit log',
    keywords: ['hvs.', 'hvb.'],
    pattern: token('hvs\\.[A-Za-z0-9_-]{90,120}|hvs\\.[A-Za-z0-9_-]{24}|hvb\\.[A-Za-z0-9_-]{138,300}'),
    severity: 'critical',
  }),
  secretRule({
    id: 'doppler-token',
    title: 'Doppler token',
    kind: 'Doppler token',
    service: 'Doppler',
    revoke: 'Doppler dashboard > Access: revoke the token',
    keywords: ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.'],
    pattern: token('dp\\.(?:pt|st|sa|ct|scim|audit)\\.[A-Za-z0-9]{40,44}'),
  }),
  secretRule({
    id: 'okta-api-token',
    title: 'Okta API token',
    kind: 'Okta API token',
    service: 'Okta',
    revoke: 'Okta admin console > Security > API > Tokens',
    keywords: ['okta'],
    precision: 'contextual',
    pattern: assigned(['okta'], '00[A-Za-z0-9_-]{40}'),
    severity: 'critical',
  }),
  secretRule({
    id: 'scalingo-api-token',
    title: 'Scalingo API token',
    kind: 'Scalingo API token',
    service: 'Scalingo',
    revoke: 'Scalingo dashboard > User settings > API tokens',
    keywords: ['tk-us-'],
    pattern: token('tk-us-[A-Za-z0-9_-]{48}'),
  }),
];
