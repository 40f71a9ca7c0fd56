// biome-ignore-all lint/suspicious/noTemplateCurlyInString: `${VAR}` placeholders are the data under test
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findSecrets } from '../../../src/scanners/secrets/detect.js';
import { ALNUM, BASE64, Fakes, HEX, LETTERS, privateKeys, URLSAFE } from './fakes.js';

const f = new Fakes();

/** [family, path, prefix line(s), ruleId, value] -> the value must be found with that rule, at that offset. */
type Case = [family: string, path: string, before: string, value: string, after: string, ruleId: string];
const keys = privateKeys();
const CASES: Case[] = [
  ['vcs', 'ci/release.sh', 'export GH_TOKEN=', f.crcToken('ghp_'), '\n', 'github-pat'],
  ['vcs', 'app.py', 'token = "', f.crcToken('ghu_'), '"\n', 'github-user-to-server-token'],
  [
    'vcs',
    'app.py',
    'gh = Github("',
    `github_pat_${f.chars(ALNUM, 22)}_${f.chars(ALNUM, 59)}`,
    '")\n',
    'github-fine-grained-pat',
  ],
  ['vcs', '.gitlab-ci.yml', 'variables:\n  GL: ', `glpat-${f.chars(URLSAFE, 20)}`, '\n', 'gitlab-pat'],
  ['vcs', '.npmrc', '//npm.corp.example/:_authToken=', f.crcToken('npm_'), '\n', 'npm-access-token'],
  ['vcs', '.pypirc', '[pypi]\npassword = ', `pypi-AgEIcHlwaS5vcmc${f.chars(URLSAFE, 60)}`, '\n', 'pypi-upload-token'],
  ['cloud', 'deploy.sh', 'aws configure set aws_access_key_id ', f.awsKeyId(), '\n', 'aws-access-key-id'],
  ['cloud', 'credentials', '[default]\naws_secret_access_key = ', f.awsSecret(), '\n', 'aws-secret-access-key'],
  ['cloud', 'maps.js', 'const key = "', `AIza${f.chars(URLSAFE, 35)}`, '";\n', 'gcp-api-key'],
  [
    'cloud',
    'main.tf',
    'token = "',
    `${f.chars(ALNUM, 14)}.atlasv1.${f.chars(URLSAFE, 67)}`,
    '"\n',
    'terraform-cloud-token',
  ],
  ['cloud', 'vault.env', 'VAULT_TOKEN=', `hvs.${f.chars(URLSAFE, 95)}`, '\n', 'vault-token'],
  ['payments', 'billing.rb', 'Stripe.api_key = "', `sk_${'live'}_${f.chars(ALNUM, 30)}`, '"\n', 'stripe-secret-key'],
  [
    'payments',
    'mail.py',
    'sg = SendGridAPIClient("',
    `SG.${f.chars(URLSAFE, 22)}.${f.chars(URLSAFE, 43)}`,
    '")\n',
    'sendgrid-api-key',
  ],
  ['payments', 'shop.env', 'SHOP=', `shpat_${f.chars(HEX, 32)}`, '\n', 'shopify-access-token'],
  ['chat', 'bot.js', "new App({ token: '", f.slackBot(), "' });\n", 'slack-bot-token'],
  [
    'chat',
    'notify.sh',
    'curl -X POST ',
    `https://hooks.slack.com/services/T${f.chars('ABCDEFGH0123', 8)}/B${f.chars('ABCDEFGH0123', 10)}/${f.chars(ALNUM, 24)}`,
    ' -d @msg.json\n',
    'slack-webhook-url',
  ],
  [
    'chat',
    'bot.py',
    'bot = telebot.TeleBot("',
    `${f.digits(10)}:AA${f.chars(URLSAFE, 33)}`,
    '")\n',
    'telegram-bot-token',
  ],
  ['ai', 'agent.py', 'client = OpenAI(api_key="', f.openAiProject(), '")\n', 'openai-api-key'],
  ['ai', 'agent.ts', 'const anthropic = new Anthropic({ apiKey: "', f.anthropic(), '" });\n', 'anthropic-api-key'],
  ['ai', 'train.py', 'login("', `hf_${f.chars(LETTERS, 34)}`, '")\n', 'huggingface-token'],
  [
    'saas',
    'linear.ts',
    'const client = new LinearClient({ apiKey: "',
    `lin_api_${f.chars(ALNUM, 40)}`,
    '" });\n',
    'linear-api-key',
  ],
  ['saas', 'sentry.properties', 'auth.token=', `sntryu_${f.chars(HEX, 64)}`, '\n', 'sentry-token'],
  [
    'databases',
    'docker-compose.yml',
    '      DATABASE_URL: postgres://app:',
    f.chars(ALNUM, 16),
    '@db:5432/app\n',
    'postgres-uri-password',
  ],
  [
    'databases',
    'settings.py',
    'MONGO = "mongodb+srv://svc:',
    f.chars(ALNUM, 16),
    '@cluster0.mongodb.net/db"\n',
    'mongodb-uri-password',
  ],
  [
    'databases',
    'app.properties',
    'spring.datasource.url=jdbc:mysql://db:3306/app?user=svc&password=',
    f.chars(ALNUM, 16),
    '\n',
    'jdbc-password',
  ],
  [
    'databases',
    'pip.conf',
    'index-url = https://deploy:',
    f.chars(ALNUM, 16),
    '@pkgs.acme.internal/simple\n',
    'url-basic-auth',
  ],
  ['keys', 'deploy/id_rsa', '', keys.rsa, '\n', 'private-key-rsa'],
  ['keys', 'tls.yaml', 'key: |\n  ', keys.ec.replace(/\n/g, '\n  '), '\n', 'private-key-ec'],
  ['keys', 'key.json', '{"key": "', keys.pkcs8.replace(/\n/g, '\\n'), '"}\n', 'private-key-pkcs8'],
  ['keys', 'session.ts', 'const jwt = "', f.jwt(), '";\n', 'jwt'],
  [
    'keys',
    'keys.txt',
    '# created: 2024-01-01\n',
    `AGE-SECRET-KEY-1${f.chars('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58)}`,
    '\n',
    'age-secret-key',
  ],
  [
    'generic',
    'settings.py',
    'DATABASES = {"default": {"PASSWORD": "',
    f.password(14),
    '"}}\n',
    'generic-secret-assignment',
  ],
  ['generic', '.env', 'SMTP_PASSWORD=', f.chars(ALNUM, 16), '\n', 'generic-secret-assignment'],
  ['generic', 'config.xml', '<db><password>', f.chars(ALNUM, 16), '</password></db>\n', 'generic-secret-assignment'],
  [
    'generic',
    'web.config',
    '<appSettings>\n  <add key="Mail:Smtp Password" value="',
    f.chars(ALNUM, 18),
    '" />\n</appSettings>\n',
    'generic-secret-assignment',
  ],
  ['generic', 'app.ini', '[auth]\nclient_secret = ', f.chars(ALNUM, 32), '\n', 'generic-secret-assignment'],
  [
    'generic',
    'api.sh',
    'curl -H "Authorization: Bearer ',
    f.chars(ALNUM, 40),
    '" https://api.acme.io\n',
    'authorization-bearer-token',
  ],
];

describe('every rule family finds a generated credential at the right offset', () => {
  for (const [family, path, before, value, after, ruleId] of CASES) {
    test(`${family}: ${ruleId} in ${path}`, () => {
      const text = `# header line\n${before}${value}${after}`;
      const matches = findSecrets(text, path);
      const match = matches.find((m) => m.ruleId === ruleId);
      assert.ok(match, `expected ${ruleId}, got ${matches.map((m) => m.ruleId).join(', ') || 'nothing'}`);
      assert.equal(match.value, value);
      assert.equal(match.start, text.indexOf(value));
      assert.equal(match.end, text.indexOf(value) + value.length);
    });
  }
});

test('Kubernetes Secret: base64 data decoded and reported by the inner kind, stringData judged, usernames ignored', () => {
  const token = f.crcToken('ghp_');
  const password = Buffer.from(f.password(18)).toString('base64');
  const text = [
    'apiVersion: v1',
    'kind: Secret',
    'metadata:',
    '  name: api',
    'data:',
    `  username: ${Buffer.from('deployer').toString('base64')}`,
    `  password: ${password}`,
    `  gh: ${Buffer.from(token).toString('base64')}`,
    'stringData:',
    `  signing-key: ${f.chars(ALNUM, 30)}`,
    '---',
    'kind: ConfigMap',
    'data:',
    `  checksum: ${f.chars(BASE64, 40)}`,
  ].join('\n');
  const matches = findSecrets(text, 'k8s/secret.yaml');
  assert.deepEqual(
    matches.map((m) => m.ruleId),
    ['kubernetes-secret-value', 'github-pat', 'kubernetes-secret-value'],
  );
  assert.equal(matches[0]?.value, password);
  assert.match(matches[1]?.kind ?? '', /Kubernetes Secret/);
});

test('GCP service account JSON reports the private key once, as a service-account key', () => {
  const escaped = keys.pkcs8.replace(/\n/g, '\\n');
  const text = `{\n  "type": "service_account",\n  "private_key": "${escaped}",\n  "client_email": "a@p.iam.gserviceaccount.com"\n}\n`;
  const matches = findSecrets(text, 'sa.json');
  assert.deepEqual(
    matches.map((m) => m.ruleId),
    ['gcp-service-account-key'],
  );
  assert.equal(matches[0]?.value, escaped);
});

test('checksums: a GitHub or npm token whose CRC32 does not match is not reported by any rule', () => {
  const good = f.crcToken('ghp_');
  const bad = `${good.slice(0, -1)}${good.endsWith('A') ? 'B' : 'A'}`;
  assert.equal(findSecrets(`GITHUB_TOKEN=${good}`, '.env')[0]?.validated, true);
  assert.deepEqual(findSecrets(`GITHUB_TOKEN=${bad}\nNPM_TOKEN="npm_${f.chars(ALNUM, 36)}"`, '.env'), []);
});

const TRAPS: [string, string, string][] = [
  [
    'aws doc example',
    'README.md',
    'AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  ],
  [
    'placeholders',
    '.env.example',
    'API_KEY=your-api-key\nPASSWORD=changeme\nTOKEN=<your-key>\nSECRET=xxxxxxxxxxxxxxxx\nDB_PASSWORD=REDACTED\nPASS_WORD=***',
  ],
  [
    'templates',
    'values.yaml',
    'password: ${DB_PASSWORD}\ntoken: "{{ .Values.token }}"\nsecret: "%(secret)s"\napi_key: $API_KEY',
  ],
  [
    'env lookups (py)',
    'settings.py',
    'SECRET_KEY = os.environ["SECRET_KEY"]\nTOKEN = os.getenv("TOKEN")\npassword = get_password()\npassword = ""',
  ],
  [
    'env lookups (js)',
    'app.ts',
    'const apiKey = process.env.API_KEY;\nconst t = { token: someVar };\nconst password: string = input;\nlet secret = getenv("S");',
  ],
  ['env lookups (rb)', 'app.rb', 'token = ENV["API_TOKEN"]\napi_key = ENV.fetch("API_KEY")'],
  [
    'i18n and forms',
    'en.json',
    '{"password_label": "Password: ", "token_help": "Enter your API token", "password": "Password"}',
  ],
  ['form field', 'login.html', '<input type="password" name="password" autocomplete="current-password">'],
  [
    'uuid, hashes, commit',
    'meta.yaml',
    `id: ${f.uuid()}\nmd5: ${f.chars(HEX, 32)}\ncommit: ${f.chars(HEX, 40)}\nsha256: ${f.chars(HEX, 64)}`,
  ],
  [
    'lockfile',
    'package-lock.json',
    `{"integrity": "sha512-${f.chars(BASE64, 86)}==", "token": "${f.chars(ALNUM, 40)}"}`,
  ],
  [
    'public key and certificate',
    'certs.pem',
    `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${f.chars(BASE64, 43)} me@host\n-----BEGIN CERTIFICATE-----\nMIIB${f.chars(BASE64, 64)}\n-----END CERTIFICATE-----`,
  ],
  [
    'truncated private key',
    'docs/setup.md',
    '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA...\n-----END RSA PRIVATE KEY-----',
  ],
  [
    'base64 image',
    'style.css',
    `.logo { background: url("data:image/png;base64,iVBORw0KGgo${f.chars(BASE64, 200)}"); }`,
  ],
  [
    'uri placeholders',
    'docker-compose.yml',
    'DATABASE_URL: postgres://user:password@localhost/db\nAMQP: amqp://guest:guest@mq:5672\nURL: https://user:${PASS}@host.io\nDOC: https://abc:xyz123@example.com/x',
  ],
  [
    'descriptive names',
    'config.py',
    'TOKEN_URL = "https://auth.acme.io/oauth/token"\nSECRET_NAME = "billing-creds"\nPASSWORD_MIN_LENGTH = 12\nauthor = "Jane Doe"',
  ],
  [
    'jwt.io sample',
    'jwt.test.ts',
    [
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9',
      'eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ',
      'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
    ].join('.'),
  ],
  ['regex value', 'auth.js', 'const TOKEN_PATTERN = "[A-Za-z0-9._~+/-]+=*";'],
];

describe('false-positive traps are not reported', () => {
  for (const [name, path, text] of TRAPS) {
    test(name, () => {
      const matches = findSecrets(text, path);
      assert.deepEqual(
        matches.map((m) => `${m.ruleId}: ${m.value}`),
        [],
      );
    });
  }
});

test('minified bundles: only prefixed rules; long lines scanned near each hit only', () => {
  const token = f.crcToken('ghp_');
  const filler = 'var a=function(b){return b+1};'.repeat(200);
  const text = `${filler}var password="${f.password(14)}";var t="${token}";${filler}`;
  const matches = findSecrets(text, 'dist/app.min.js');
  assert.deepEqual(
    matches.map((m) => m.ruleId),
    ['github-pat'],
  );
  assert.equal(matches[0]?.start, text.indexOf(token));
  assert.deepEqual(
    findSecrets(text, 'src/app.js').map((m) => m.ruleId),
    ['github-pat'],
  );
});
