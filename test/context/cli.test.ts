import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { runCli } from '../helpers/cli.js';
import { awsAccessKeyId, awsSecretKey, cardNumber, iban, password, privateKeyPem, spaced } from './fixtures.js';

interface Fixture {
  name: string;
  text: string;
  planted: string[];
  benign: string[];
  parse?: (text: string) => unknown;
}

function fixtures(): Fixture[] {
  const accessKey = awsAccessKeyId();
  const secretKey = awsSecretKey();
  const b64 = (value: string) => Buffer.from(value).toString('base64');
  const arn = 'arn:aws:kms:eu-west-1:210987654321:key/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
  const card = cardNumber('4', 16);
  const amex = cardNumber('34', 15);
  const account = iban('DE', 22);
  const dbPassword = password();
  const apiToken = password();
  const key = privateKeyPem(10);
  return [
    {
      name: 'secret.yaml',
      text: [
        'apiVersion: v1',
        'kind: Secret',
        'metadata:',
        '  name: payments-aws',
        '  annotations:',
        `    kms-key: ${arn}`,
        'type: Opaque',
        'data:',
        `  AWS_ACCESS_KEY_ID: ${b64(accessKey)}`,
        `  AWS_SECRET_ACCESS_KEY: "${b64(secretKey)}"`,
        '',
      ].join('\n'),
      planted: [b64(accessKey), b64(secretKey), arn, '210987654321'],
      benign: ['payments-aws', 'type: Opaque'],
      parse: parseYaml,
    },
    {
      name: 'app.log',
      text: [
        '2024-05-01T10:00:00Z INFO starting version 2.3.1 build 1.2.3.4',
        '2024-05-01T10:00:01Z INFO login ok user=jane.doe@example.com ip=10.20.0.15',
        `2024-05-01T10:00:02Z WARN payment card=${card} amount=12.50 EUR`,
        `2024-05-01T10:00:03Z INFO refund iban=${spaced(account)} to=ops@example.org`,
        `2024-05-01T10:00:04Z INFO sms sent to +44 20 7946 0958 (amex ${amex})`,
        '2024-05-01T10:00:05Z ERROR upstream 192.168.10.4 timed out after 3000 ms',
        '',
      ].join('\n'),
      planted: [
        'jane.doe@example.com',
        '10.20.0.15',
        card,
        spaced(account),
        'ops@example.org',
        '+44 20 7946 0958',
        amex,
        '192.168.10.4',
      ],
      benign: ['version 2.3.1 build 1.2.3.4', 'amount=12.50 EUR', 'timed out after 3000 ms'],
    },
    {
      name: 'settings.json',
      text: `${JSON.stringify(
        {
          service: 'billing',
          database: `postgres://billing:${dbPassword}@db-prod-01.example.com:5432/billing`,
          admins: ['kim@example.com', 'lee@example.com'],
          aws: { account_id: 123456789012, region: 'eu-west-1' },
          retries: 3,
        },
        null,
        2,
      )}\n`,
      planted: [dbPassword, 'db-prod-01.example.com', 'kim@example.com', 'lee@example.com', '123456789012'],
      benign: ['"service": "billing"', '"retries": 3', 'eu-west-1'],
      parse: JSON.parse,
    },
    {
      name: '.env',
      text: `NODE_ENV=production\nAPI_TOKEN=${apiToken}\nDATABASE_URL=mysql://app:${dbPassword}@mysql.internal:3306/app\nADMIN_EMAIL=root@example.net\nAWS_ACCESS_KEY_ID=${accessKey}\n`,
      planted: [apiToken, dbPassword, 'mysql.internal', 'root@example.net', accessKey],
      benign: ['NODE_ENV=production'],
    },
    {
      name: 'RUNBOOK.md',
      text: `# Runbook\n\nRestore access with this key:\n\n\`\`\`\n${key}\n\`\`\`\n\nAsk on-call at +1 415 555 0100.\n`,
      planted: key.split('\n').slice(1, -1).concat('+1 415 555 0100'),
      benign: ['# Runbook', 'Restore access with this key:', '-----BEGIN RSA PRIVATE KEY-----'],
    },
  ];
}

describe('bulwark sanitize / restore / classify (CLI)', () => {
  let dir = '';
  let env: NodeJS.ProcessEnv = {};
  const cases = fixtures();

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bulwark-context-'));
    env = { BULWARK_VAULT_KEY: randomBytes(32).toString('base64'), BULWARK_VAULT_KEY_FILE: join(dir, 'no-key-file') };
    for (const fixture of cases) await writeFile(join(dir, fixture.name), fixture.text);
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  for (const fixture of cases) {
    it(`${fixture.name}: default mode leaves no planted value, keeps lines and structure`, async () => {
      const result = await runCli(['sanitize', fixture.name], { cwd: dir, env });
      assert.equal(result.code, 0, result.stderr);
      for (const value of fixture.planted)
        assert.ok(!result.stdout.includes(value), `survived: ${value}\n${result.stdout}`);
      for (const value of fixture.benign) assert.ok(result.stdout.includes(value), `benign text lost: ${value}`);
      assert.equal(result.stdout.split('\n').length, fixture.text.split('\n').length);
      assert.match(result.stderr, /replacement/);
      if (fixture.parse) fixture.parse(result.stdout);
    });

    it(`${fixture.name}: tokenize then restore is byte-exact`, async () => {
      const vault = `${fixture.name}.vault`;
      const sanitized = await runCli(
        ['sanitize', fixture.name, '--mode', 'tokenize', '--vault', vault, '--output', `${fixture.name}.out`],
        { cwd: dir, env },
      );
      assert.equal(sanitized.code, 0, sanitized.stderr);
      const tokenized = await readFile(join(dir, `${fixture.name}.out`), 'utf8');
      for (const value of fixture.planted) assert.ok(!tokenized.includes(value), `survived: ${value}`);
      if (fixture.parse) fixture.parse(tokenized);
      const vaultText = await readFile(join(dir, vault), 'utf8');
      for (const value of fixture.planted) assert.ok(!vaultText.includes(value), 'vault must be encrypted');
      const restored = await runCli(['restore', '--vault', vault], { cwd: dir, env, stdin: tokenized });
      assert.equal(restored.code, 0, restored.stderr);
      assert.equal(restored.stdout, fixture.text);
    });
  }

  it('classify prints the level and each reason; json format parses', async () => {
    const text = await runCli(['classify', 'app.log'], { cwd: dir, env });
    assert.equal(text.code, 0);
    assert.match(text.stdout, /^app\.log: never-include\n/);
    assert.match(text.stdout, /line 2: email \(requires-sanitisation\)/);
    const json = await runCli(['classify', '-', '--format', 'json'], { cwd: dir, env, stdin: 'nothing sensitive\n' });
    assert.deepEqual(JSON.parse(json.stdout), { path: '-', level: 'safe', reasons: [] });
  });

  it('reads ai_context from security-policy.yaml', async () => {
    const root = await mkdtemp(join(tmpdir(), 'bulwark-context-policy-'));
    try {
      await writeFile(
        join(root, 'security-policy.yaml'),
        'ai_context:\n  internal_domains: [acme.net]\n  default_mode: mask\n',
      );
      const result = await runCli(['sanitize', '-'], { cwd: root, env, stdin: 'see build01.acme.net now\n' });
      assert.equal(result.code, 0, result.stderr);
      assert.equal(result.stdout, `see bu${'*'.repeat(12)}et now\n`);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('creates the key file with mode 0600 when no key is in the environment', async () => {
    const keyFile = join(dir, 'keys', 'vault.key');
    const keyEnv = { BULWARK_VAULT_KEY: '', BULWARK_VAULT_KEY_FILE: keyFile };
    const out = await runCli(['sanitize', '-', '--mode', 'tokenize', '--vault', 'k.vault'], {
      cwd: dir,
      env: keyEnv,
      stdin: 'a@example.com\n',
    });
    assert.equal(out.code, 0, out.stderr);
    assert.equal((await stat(keyFile)).mode & 0o777, 0o600);
    const back = await runCli(['restore', '-', '--vault', 'k.vault'], { cwd: dir, env: keyEnv, stdin: out.stdout });
    assert.equal(back.stdout, 'a@example.com\n');
    const wrongKey = await runCli(['restore', '-', '--vault', 'k.vault'], { cwd: dir, env, stdin: out.stdout });
    assert.equal(wrongKey.code, 2);
    assert.match(wrongKey.stderr, /cannot be decrypted/);
  });

  it('usage errors exit 2', async () => {
    assert.equal((await runCli(['sanitize', '-', '--mode', 'tokenize'], { cwd: dir, env, stdin: 'x' })).code, 2);
    assert.equal((await runCli(['sanitize', '-', '--mode', 'shred'], { cwd: dir, env, stdin: 'x' })).code, 2);
    assert.equal((await runCli(['restore', '-'], { cwd: dir, env, stdin: 'x' })).code, 2);
    assert.equal((await runCli(['classify', '-', '--format', 'xml'], { cwd: dir, env, stdin: 'x' })).code, 2);
  });
});
