// biome-ignore-all lint/suspicious/noTemplateCurlyInString: `${VAR}` placeholders are the data under test
/**
 * Evaluation corpus: ~300 planted format-valid fake credentials of 35+ types in realistic files, and ~200
 * look-alike traps. Everything is generated from a seed at test time.
 */
import {
  ALNUM,
  BASE64,
  Fakes,
  HEX,
  LETTERS,
  LOWER_NUM,
  privateKeys,
  seededRandom,
  UPPER_NUM,
  URLSAFE,
} from './fakes.js';

export interface Planted {
  path: string;
  start: number;
  end: number;
  value: string;
  ruleId: string;
  type: string;
}
export interface Trap {
  path: string;
  start: number;
  end: number;
  label: string;
}
export interface CorpusFile {
  path: string;
  text: string;
}
export interface Corpus {
  files: CorpusFile[];
  planted: Planted[];
  traps: Trap[];
}

type Format = 'env' | 'yaml' | 'py' | 'js' | 'compose' | 'tf' | 'json';
const FORMATS: Format[] = ['env', 'yaml', 'py', 'js', 'compose', 'tf', 'json'];
const FILE_NAMES: Record<Format, string[]> = {
  env: ['.env', '.env.production'],
  yaml: ['config.yaml', 'values.yaml'],
  py: ['settings.py', 'tasks.py'],
  js: ['app.js', 'config.ts'],
  compose: ['docker-compose.yml'],
  tf: ['main.tf'],
  json: ['appsettings.json', 'config.json'],
};
const FILLERS: Record<Format, string[]> = {
  env: ['NODE_ENV=production', 'PORT=8080', 'LOG_LEVEL=info', 'FEATURE_FLAGS=search,checkout', 'AWS_REGION=eu-west-1'],
  yaml: [
    'server:',
    '  port: 8080',
    '  host: 0.0.0.0',
    'logging:',
    '  level: info',
    'features:',
    '  - search',
    'retries: 3',
  ],
  py: [
    'import os',
    'from pathlib import Path',
    'DEBUG = False',
    'ALLOWED_HOSTS = ["api.internal"]',
    'BASE_DIR = Path(__file__).resolve().parent',
    'def handler(event):',
    '    return {"status": 200}',
  ],
  js: [
    "import express from 'express';",
    'const app = express();',
    "app.get('/health', (req, res) => res.send('ok'));",
    'export const port = Number(process.env.PORT ?? 3000);',
    'function add(a, b) { return a + b; }',
  ],
  compose: [
    'services:',
    '  api:',
    '    image: ghcr.io/acme/api:1.4.2',
    '    ports:',
    '      - "8080:8080"',
    '    environment:',
  ],
  tf: [
    'resource "aws_s3_bucket" "logs" {',
    '  bucket = "acme-logs"',
    '}',
    'provider "aws" {',
    '  region = "eu-west-1"',
    '}',
    'locals {',
  ],
  json: ['  "name": "billing",', '  "port": 8080,', '  "logLevel": "info",', '  "features": ["search", "checkout"],'],
};

function camel(name: string): string {
  return name.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** How a value is assigned in each format. */
function assign(format: Format, name: string, value: string): string {
  switch (format) {
    case 'env':
      return `${name}=${value}`;
    case 'yaml':
      return `  ${name.toLowerCase()}: "${value}"`;
    case 'py':
      return `${name} = "${value}"`;
    case 'js':
      return `const ${camel(name)} = '${value}';`;
    case 'compose':
      return `      ${name}: "${value}"`;
    case 'tf':
      return `  ${name.toLowerCase()} = "${value}"`;
    case 'json':
      return `  "${name.toLowerCase()}": "${value}",`;
  }
}

type Make = (f: Fakes) => string;
/** [type, ruleId, variable name, value] */
const TOKEN_TYPES: [string, string, string, Make][] = [
  ['github-pat', 'github-pat', 'GITHUB_TOKEN', (f) => f.crcToken('ghp_')],
  ['github-oauth', 'github-oauth-token', 'GH_OAUTH_TOKEN', (f) => f.crcToken('gho_')],
  ['github-app', 'github-app-token', 'GH_APP_TOKEN', (f) => f.crcToken('ghs_')],
  [
    'github-fine-grained',
    'github-fine-grained-pat',
    'GITHUB_PAT',
    (f) => `github_pat_${f.chars(ALNUM, 22)}_${f.chars(ALNUM, 59)}`,
  ],
  ['gitlab-pat', 'gitlab-pat', 'GITLAB_TOKEN', (f) => `glpat-${f.chars(URLSAFE, 20)}`],
  ['gitlab-runner', 'gitlab-runner-token', 'RUNNER_TOKEN', (f) => `glrt-${f.chars(URLSAFE, 20)}`],
  ['slack-bot', 'slack-bot-token', 'SLACK_BOT_TOKEN', (f) => f.slackBot()],
  [
    'slack-user',
    'slack-user-token',
    'SLACK_USER_TOKEN',
    (f) => `xoxp-${f.digits(12)}-${f.digits(12)}-${f.digits(13)}-${f.chars(HEX, 32)}`,
  ],
  [
    'slack-webhook',
    'slack-webhook-url',
    'SLACK_WEBHOOK_URL',
    (f) =>
      `https://hooks.slack.com/services/T${f.chars(UPPER_NUM, 8)}/B${f.chars(UPPER_NUM, 10)}/${f.chars(ALNUM, 24)}`,
  ],
  ['stripe-live', 'stripe-secret-key', 'STRIPE_SECRET_KEY', (f) => `sk_${'live'}_${f.chars(ALNUM, 24)}`],
  ['stripe-restricted', 'stripe-restricted-key', 'STRIPE_RESTRICTED_KEY', (f) => `rk_${'live'}_${f.chars(ALNUM, 24)}`],
  ['twilio', 'twilio-api-key', 'TWILIO_AUTH_TOKEN', (f) => f.chars(HEX, 32)],
  ['sendgrid', 'sendgrid-api-key', 'SENDGRID_API_KEY', (f) => `SG.${f.chars(URLSAFE, 22)}.${f.chars(URLSAFE, 43)}`],
  ['mailgun', 'mailgun-api-key', 'MAILGUN_API_KEY', (f) => `key-${f.chars(HEX, 32)}`],
  ['mailchimp', 'mailchimp-api-key', 'MAILCHIMP_KEY', (f) => `${f.chars(HEX, 32)}-us${f.pick(['6', '12', '21'])}`],
  ['npm', 'npm-access-token', 'NPM_TOKEN', (f) => f.crcToken('npm_')],
  ['pypi', 'pypi-upload-token', 'PYPI_TOKEN', (f) => `pypi-AgEIcHlwaS5vcmc${f.chars(URLSAFE, 70)}`],
  ['dockerhub', 'dockerhub-pat', 'DOCKERHUB_TOKEN', (f) => `dckr_pat_${f.chars(URLSAFE, 27)}`],
  ['digitalocean', 'digitalocean-pat', 'DO_TOKEN', (f) => `dop_v1_${f.chars(HEX, 64)}`],
  ['shopify', 'shopify-access-token', 'SHOPIFY_TOKEN', (f) => `shpat_${f.chars(HEX, 32)}`],
  ['square', 'square-oauth-secret', 'SQUARE_SECRET', (f) => `sq0csp-${f.chars(URLSAFE, 43)}`],
  ['telegram', 'telegram-bot-token', 'TELEGRAM_BOT_TOKEN', (f) => `${f.digits(9)}:AA${f.chars(URLSAFE, 33)}`],
  ['openai', 'openai-api-key', 'OPENAI_API_KEY', (f) => f.openAiProject()],
  ['anthropic', 'anthropic-api-key', 'ANTHROPIC_API_KEY', (f) => f.anthropic()],
  ['huggingface', 'huggingface-token', 'HF_TOKEN', (f) => `hf_${f.chars(LETTERS, 34)}`],
  ['google-api', 'gcp-api-key', 'GOOGLE_API_KEY', (f) => `AIza${f.chars(URLSAFE, 35)}`],
  ['gcp-oauth', 'gcp-oauth-client-secret', 'GOOGLE_CLIENT_SECRET', (f) => `GOCSPX-${f.chars(URLSAFE, 28)}`],
  [
    'azure-ad',
    'azure-ad-client-secret',
    'AZURE_CLIENT_SECRET',
    (f) => `${f.chars(ALNUM, 3)}${f.digits(1)}Q~${f.chars(`${ALNUM}_~.`, 34)}`,
  ],
  ['aws-key-id', 'aws-access-key-id', 'AWS_ACCESS_KEY_ID', (f) => f.awsKeyId()],
  ['aws-secret', 'aws-secret-access-key', 'AWS_SECRET_ACCESS_KEY', (f) => f.awsSecret()],
  ['linear', 'linear-api-key', 'LINEAR_API_KEY', (f) => `lin_api_${f.chars(ALNUM, 40)}`],
  ['postman', 'postman-api-key', 'POSTMAN_API_KEY', (f) => `PMAK-${f.chars(HEX, 24)}-${f.chars(HEX, 34)}`],
  ['sentry', 'sentry-token', 'SENTRY_AUTH_TOKEN', (f) => `sntryu_${f.chars(HEX, 64)}`],
  ['newrelic', 'newrelic-key', 'NEW_RELIC_API_KEY', (f) => `NRAK-${f.chars(UPPER_NUM, 27)}`],
  ['grafana', 'grafana-token', 'GRAFANA_TOKEN', (f) => `glsa_${f.chars(ALNUM, 32)}_${f.chars(HEX, 8)}`],
  ['doppler', 'doppler-token', 'DOPPLER_TOKEN', (f) => `dp.pt.${f.chars(ALNUM, 43)}`],
  ['vault', 'vault-token', 'VAULT_TOKEN', (f) => `hvs.${f.chars(URLSAFE, 95)}`],
  ['pulumi', 'pulumi-access-token', 'PULUMI_ACCESS_TOKEN', (f) => `pul-${f.chars(HEX, 40)}`],
  [
    'age',
    'age-secret-key',
    'SOPS_AGE_KEY',
    (f) => `AGE-SECRET-KEY-1${f.chars('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58)}`,
  ],
  ['databricks', 'databricks-token', 'DATABRICKS_TOKEN', (f) => `dapi${f.chars(HEX, 32)}`],
  ['figma', 'figma-pat', 'FIGMA_TOKEN', (f) => `figd_${f.chars(URLSAFE, 40)}`],
  ['atlassian', 'atlassian-api-token', 'JIRA_API_TOKEN', (f) => `ATATT3${f.chars(URLSAFE, 186)}`],
  [
    'terraform-cloud',
    'terraform-cloud-token',
    'TFC_TOKEN',
    (f) => `${f.chars(ALNUM, 14)}.atlasv1.${f.chars(URLSAFE, 67)}`,
  ],
  ['datadog', 'datadog-api-key', 'DD_API_KEY', (f) => f.chars(HEX, 32)],
  ['jwt', 'jwt', 'SESSION_JWT', (f) => f.jwt()],
  ['generic-password', 'generic-secret-assignment', 'DB_PASSWORD', (f) => f.password(16)],
  ['generic-api-key', 'generic-secret-assignment', 'PAYMENT_API_KEY', (f) => f.chars(ALNUM, 32)],
];

/** [type, ruleId, variable name, URI around the password] */
const URI_TYPES: [string, string, string, (password: string) => string][] = [
  ['postgres-uri', 'postgres-uri-password', 'DATABASE_URL', (p) => `postgres://app_user:${p}@db.internal:5432/app`],
  [
    'mongodb-uri',
    'mongodb-uri-password',
    'MONGO_URL',
    (p) => `mongodb+srv://svc:${p}@cluster0.mongodb.net/prod?retryWrites=true`,
  ],
  ['redis-uri', 'redis-uri-password', 'REDIS_URL', (p) => `redis://default:${p}@cache.internal:6379/0`],
  ['mysql-uri', 'mysql-uri-password', 'MYSQL_URL', (p) => `mysql://shop:${p}@mysql:3306/shop`],
  ['amqp-uri', 'amqp-uri-password', 'AMQP_URL', (p) => `amqps://worker:${p}@mq.internal/vhost`],
  ['basic-auth-url', 'url-basic-auth', 'PRIVATE_INDEX_URL', (p) => `https://deploy:${p}@pkgs.internal.corp/simple`],
  [
    'jdbc',
    'jdbc-password',
    'JDBC_URL',
    (p) => `jdbc:sqlserver://db.internal:1433;databaseName=app;user=svc;password=${p}`,
  ],
];

/** A trap line for a format: looks like a secret, is not one. */
type TrapMake = (f: Fakes, format: Format) => string | undefined;
const TRAPS: [string, TrapMake][] = [
  ['aws doc key id', (_f, fm) => assign(fm, 'AWS_ACCESS_KEY_ID', 'AKIAIOSFODNN7EXAMPLE')],
  ['aws doc secret', (_f, fm) => assign(fm, 'AWS_SECRET_ACCESS_KEY', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')],
  ['changeme', (_f, fm) => assign(fm, 'DB_PASSWORD', 'changeme')],
  ['your-api-key', (_f, fm) => assign(fm, 'API_KEY', 'your-api-key')],
  ['<your-token>', (_f, fm) => assign(fm, 'AUTH_TOKEN', '<your-token>')],
  ['${VAR}', (_f, fm) => assign(fm, 'DB_PASSWORD', '${DB_PASSWORD}')],
  ['{{ x }}', (_f, fm) => assign(fm, 'REDIS_PASSWORD', '{{ .Values.redis.password }}')],
  ['%(x)s', (_f, fm) => assign(fm, 'SMTP_PASSWORD', '%(smtp_password)s')],
  ['REDACTED', (_f, fm) => assign(fm, 'API_SECRET', 'REDACTED')],
  ['***', (_f, fm) => assign(fm, 'CLIENT_SECRET', '****************')],
  ['xxxx', (_f, fm) => assign(fm, 'SLACK_TOKEN', 'xoxb-xxxxxxxxxxxx-xxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx')],
  ['dummy', (f, fm) => assign(fm, 'STRIPE_KEY', `dummy-key-${f.chars(LOWER_NUM, 6)}`)],
  ['example password', (_f, fm) => assign(fm, 'ADMIN_PASSWORD', 'example-password')],
  ['sample', (_f, fm) => assign(fm, 'WEBHOOK_SECRET', 'sample_webhook_secret')],
  ['test', (_f, fm) => assign(fm, 'PASSWORD', 'test')],
  ['1234', (_f, fm) => assign(fm, 'PIN_PASSWORD', '12345678')],
  ['empty', (_f, fm) => assign(fm, 'PASSWORD', '')],
  ['uuid id', (f, fm) => assign(fm, 'REQUEST_ID', f.uuid())],
  ['md5', (f, fm) => assign(fm, 'CHECKSUM_MD5', f.chars(HEX, 32))],
  ['sha256', (f, fm) => assign(fm, 'IMAGE_DIGEST', `sha256:${f.chars(HEX, 64)}`)],
  ['commit sha', (f, fm) => assign(fm, 'GIT_COMMIT', f.chars(HEX, 40))],
  ['integrity', (f) => `    "integrity": "sha512-${f.chars(BASE64, 86)}==",`],
  [
    'ssh public key',
    (f, fm) => assign(fm, 'DEPLOY_PUBLIC_KEY', `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${f.chars(BASE64, 43)} ci@acme`),
  ],
  ['base64 image', (f, fm) => assign(fm, 'LOGO', `data:image/png;base64,iVBORw0KGgo${f.chars(BASE64, 120)}`)],
  ['bad crc github', (f, fm) => assign(fm, 'GITHUB_TOKEN', `ghp_${f.chars(ALNUM, 36)}`)],
  ['bad crc npm', (f, fm) => assign(fm, 'NPM_TOKEN', `npm_${f.chars(ALNUM, 36)}`)],
  [
    'invalid jwt',
    (f, fm) => assign(fm, 'SESSION', `eyJ${f.chars(ALNUM, 30)}.eyJ${f.chars(ALNUM, 40)}.${f.chars(URLSAFE, 43)}`),
  ],
  ['uri placeholder', (_f, fm) => assign(fm, 'DATABASE_URL', 'postgres://user:password@localhost:5432/app')],
  ['uri template', (_f, fm) => assign(fm, 'DATABASE_URL', 'postgres://app:${DB_PASS}@db:5432/app')],
  ['uri same user', (_f, fm) => assign(fm, 'AMQP_URL', 'amqp://guest:guest@rabbitmq:5672/')],
  ['token url', (_f, fm) => assign(fm, 'TOKEN_URL', 'https://auth.acme.io/oauth/token')],
  ['secret name', (_f, fm) => assign(fm, 'SECRET_NAME', 'billing-api-credentials')],
  ['password label', (_f, fm) => assign(fm, 'PASSWORD_LABEL', 'Password: ')],
  ['sentence', (_f, fm) => assign(fm, 'TOKEN_HELP', 'Enter your API token to continue')],
  ['file path', (_f, fm) => assign(fm, 'PRIVATE_KEY_PATH', '/run/secrets/signing-key.pem')],
  [
    'env lookup',
    (_f, fm) =>
      ({
        js: 'const apiKey = process.env.API_KEY;',
        py: 'API_KEY = os.environ["API_KEY"]',
        env: 'TOKEN=$CI_JOB_TOKEN',
        yaml: '  token: ${API_TOKEN}',
        compose: '      API_TOKEN: ${API_TOKEN:?required}',
        tf: '  token = var.api_token',
        json: '  "token": "${API_TOKEN}",',
      })[fm],
  ],
  [
    'getenv',
    (_f, fm) =>
      fm === 'py'
        ? 'SECRET_KEY = os.getenv("SECRET_KEY", "")'
        : fm === 'js'
          ? "const secret = getenv('APP_SECRET');"
          : undefined,
  ],
  [
    'function call',
    (_f, fm) =>
      fm === 'py' ? 'password = get_password()' : fm === 'js' ? 'const password = await vault.read(path);' : undefined,
  ],
  [
    'variable ref',
    (_f, fm) =>
      fm === 'js'
        ? 'const client = new Client({ token: someVar, secret: config.secret });'
        : fm === 'py'
          ? 'token = settings.API_TOKEN'
          : undefined,
  ],
  [
    'type annotation',
    (_f, fm) => (fm === 'js' ? '  password: string;' : fm === 'py' ? '    api_token: str = ""' : undefined),
  ],
  [
    'form field',
    (_f, fm) =>
      fm === 'js'
        ? 'const field = `<input type="password" name="password" autocomplete="current-password">`;'
        : undefined,
  ],
  [
    'tokenizer',
    (_f, fm) => (fm === 'py' ? 'tokenizer = AutoTokenizer.from_pretrained("bert-base-uncased")' : undefined),
  ],
  ['author', (_f, fm) => assign(fm, 'AUTHOR', 'Jane Doe-Smith')],
  ['etag hex', (f, fm) => assign(fm, 'ETAG', f.chars(HEX, 40))],
  ['random hash field', (f, fm) => assign(fm, 'CONTENT_HASH', f.chars(BASE64, 44))],
  ['sk_live placeholder', (_f, fm) => assign(fm, 'STRIPE_SECRET_KEY', `sk_${'live'}_xxxxxxxxxxxxxxxxxxxxxxxx`)],
];

const MULTILINE_TRAPS: [string, (f: Fakes) => string][] = [
  [
    'certificate',
    (f) => `-----BEGIN CERTIFICATE-----\nMIIC${f.chars(BASE64, 60)}\n${f.chars(BASE64, 64)}\n-----END CERTIFICATE-----`,
  ],
  ['public key', (f) => `-----BEGIN PUBLIC KEY-----\nMFkw${f.chars(BASE64, 60)}\n-----END PUBLIC KEY-----`],
  ['truncated key', () => '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA...\n-----END RSA PRIVATE KEY-----'],
];

class Builder {
  readonly corpus: Corpus = { files: [], planted: [], traps: [] };
  private text = '';
  private pending: { plants: Omit<Planted, 'path'>[]; traps: Omit<Trap, 'path'>[] } = { plants: [], traps: [] };

  line(text: string): void {
    this.text += `${text}\n`;
  }

  plant(text: string, value: string, ruleId: string, type: string): void {
    const at = this.text.length + text.indexOf(value);
    if (text.indexOf(value) === -1) throw new Error(`value not in line for ${type}`);
    this.pending.plants.push({ start: at, end: at + value.length, value, ruleId, type });
    this.line(text);
  }

  trap(text: string, label: string): void {
    this.pending.traps.push({ start: this.text.length, end: this.text.length + text.length, label });
    this.line(text);
  }

  finish(path: string): void {
    this.corpus.files.push({ path, text: this.text });
    for (const plant of this.pending.plants) this.corpus.planted.push({ path, ...plant });
    for (const trap of this.pending.traps) this.corpus.traps.push({ path, ...trap });
    this.text = '';
    this.pending = { plants: [], traps: [] };
  }
}

function fillers(builder: Builder, f: Fakes, format: Format, count: number): void {
  for (let i = 0; i < count; i++) builder.line(f.pick(FILLERS[format]));
}

export function buildCorpus(seed = 7): Corpus {
  const f = new Fakes(seededRandom(seed));
  const b = new Builder();
  let trapIndex = 0;
  const addTrap = (format: Format) => {
    for (let tries = 0; tries < TRAPS.length; tries++) {
      const [label, make] = TRAPS[trapIndex++ % TRAPS.length] ?? ['', () => undefined];
      const text = make(f, format);
      if (text !== undefined) return b.trap(text, label);
    }
  };
  // Single-line credentials and URIs in every format.
  for (let i = 0; i < 92; i++) {
    const format = FORMATS[i % FORMATS.length] ?? 'env';
    const dir = `svc${i}`;
    if (format === 'json') b.line('{');
    fillers(b, f, format, 3);
    for (let k = 0; k < 3; k++) {
      const index = (i * 3 + k) % (TOKEN_TYPES.length + URI_TYPES.length);
      const tokenType = TOKEN_TYPES[index];
      if (tokenType) {
        const [type, ruleId, name, make] = tokenType;
        const value = make(f);
        b.plant(assign(format, name, value), value, ruleId, type);
      } else {
        const [type, ruleId, name, wrap] = URI_TYPES[index - TOKEN_TYPES.length] ?? URI_TYPES[0]!;
        const password = f.chars(ALNUM, 20);
        b.plant(assign(format, name, wrap(password)), password, ruleId, type);
      }
      fillers(b, f, format, 2);
      if (k < 2) addTrap(format);
    }
    if (format === 'json') b.line('}');
    b.finish(`${dir}/${f.pick(FILE_NAMES[format])}`);
  }
  // Azure storage connection strings.
  for (let i = 0; i < 4; i++) {
    const key = `${f.chars(BASE64, 86)}==`;
    b.line('{');
    b.plant(
      `  "StorageConnection": "DefaultEndpointsProtocol=https;AccountName=acmeprod${i};AccountKey=${key};EndpointSuffix=core.windows.net"`,
      key,
      'azure-storage-account-key',
      'azure-storage',
    );
    b.line('}');
    b.finish(`azure${i}/appsettings.json`);
  }
  // Private keys, alone and inside YAML.
  const keys = privateKeys();
  const pems: [string, string][] = [
    [keys.rsa, 'private-key-rsa'],
    [keys.ec, 'private-key-ec'],
    [keys.pkcs8, 'private-key-pkcs8'],
    [keys.openssh, 'private-key-openssh'],
  ];
  for (let i = 0; i < 8; i++) {
    const [pem, ruleId] = pems[i % pems.length] ?? pems[0]!;
    if (i < 4) {
      b.plant(pem, pem, ruleId, ruleId);
      b.finish(`keys${i}/deploy_key.pem`);
    } else {
      b.line('tls:');
      const indented = pem.replace(/\n/g, '\n    ');
      b.line('  key: |');
      b.plant(`    ${indented}`, indented, ruleId, ruleId);
      b.trap(`  cert: |\n    ${MULTILINE_TRAPS[0]![1](f).replace(/\n/g, '\n    ')}`, 'certificate');
      b.finish(`charts/app${i}/values.yaml`);
    }
  }
  // GCP service-account key files.
  for (let i = 0; i < 3; i++) {
    const escaped = keys.pkcs8.replace(/\n/g, '\\n');
    b.line('{');
    b.line('  "type": "service_account",');
    b.line(`  "project_id": "acme-prod-${i}",`);
    b.line(`  "private_key_id": "${f.chars(HEX, 40)}",`);
    b.plant(`  "private_key": "${escaped}\\n",`, `${escaped}\\n`, 'gcp-service-account-key', 'gcp-service-account');
    b.line(`  "client_email": "deployer@acme-prod-${i}.iam.gserviceaccount.com",`);
    b.line(`  "client_id": "${f.digits(21)}"`);
    b.line('}');
    b.finish(`gcp${i}/service-account.json`);
  }
  // Kubernetes Secret manifests: base64 data and stringData.
  for (let i = 0; i < 6; i++) {
    b.line('apiVersion: v1');
    b.line('kind: Secret');
    b.line('metadata:');
    b.line(`  name: api-${i}`);
    b.line('type: Opaque');
    b.line('data:');
    b.trap(`  username: ${Buffer.from('admin').toString('base64')}`, 'k8s username');
    const password = Buffer.from(f.password(18)).toString('base64');
    b.plant(`  password: ${password}`, password, 'kubernetes-secret-value', 'k8s-data');
    const token = Buffer.from(f.crcToken('ghp_')).toString('base64');
    b.plant(`  github-token: ${token}`, token, 'github-pat', 'k8s-data-github');
    b.line('stringData:');
    const plain = f.chars(ALNUM, 28);
    b.plant(`  signing-key: ${plain}`, plain, 'kubernetes-secret-value', 'k8s-stringData');
    b.finish(`k8s/secret-${i}.yaml`);
  }
  // Traps that need their own files: certificates, lockfiles.
  for (let i = 0; i < 6; i++) {
    const [label, make] = MULTILINE_TRAPS[i % MULTILINE_TRAPS.length]!;
    b.trap(make(f), label);
    b.finish(`certs/trap${i}.pem`);
  }
  for (let i = 0; i < 3; i++) {
    b.line('{');
    b.trap(`  "token": "${f.chars(ALNUM, 40)}",`, 'lockfile token-like');
    b.trap(`  "integrity": "sha512-${f.chars(BASE64, 86)}==",`, 'lockfile integrity');
    b.line('}');
    b.finish(`pkg${i}/package-lock.json`);
  }
  return b.corpus;
}
