import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectCards } from '../../src/context/detectors/card.js';
import { detectCloudIds } from '../../src/context/detectors/cloud.js';
import { detectConnectionStrings } from '../../src/context/detectors/connection-string.js';
import { detectEmails } from '../../src/context/detectors/email.js';
import { detectInternalHosts } from '../../src/context/detectors/hosts.js';
import { detectIbans } from '../../src/context/detectors/iban.js';
import { detectIps, detectMacs } from '../../src/context/detectors/network.js';
import { detectPhones } from '../../src/context/detectors/phone.js';
import { detectSsns } from '../../src/context/detectors/ssn.js';
import type { Detection } from '../../src/context/types.js';
import { cardNumber, iban, spaced } from './fixtures.js';

type DetectorFn = (text: string) => Detection[];

/** Every `found` case yields exactly that value (and kind); no `clean` case yields anything. */
function check(detector: DetectorFn, found: Array<[string, string, string?]>, clean: string[]): void {
  for (const [text, value, kind] of found) {
    const hits = detector(text);
    assert.ok(
      hits.some(
        (hit) =>
          hit.value === value && (kind === undefined || hit.kind === kind) && text.slice(hit.start, hit.end) === value,
      ),
      `expected ${kind ?? 'a hit'} "${value}" in: ${text}\n got ${JSON.stringify(hits)}`,
    );
  }
  for (const text of clean) {
    assert.deepEqual(
      detector(text).map((hit) => hit.value),
      [],
      `expected nothing in: ${text}`,
    );
  }
}

describe('context detectors', () => {
  it('emails', () => {
    check(
      detectEmails,
      [
        ['contact: alice.smith+news@example.co.uk.', 'alice.smith+news@example.co.uk', 'email'],
        ['"owner":"bob@acme.io"', 'bob@acme.io'],
      ],
      ['logo@2x.png', 'git@github.com:org/repo.git', 'npm i lodash@4.17.21', 'import x from "@scope/pkg"', 'a @ b.com'],
    );
  });

  it('phone numbers', () => {
    check(
      detectPhones,
      [
        ['call +44 20 7946 0958 today', '+44 20 7946 0958', 'phone'],
        ['Tel: +49 30 123456', '+49 30 123456'],
        ['phone: (555) 123-4567', '(555) 123-4567'],
        ['mobile 555-123-4567', '555-123-4567'],
        ['"tel":"+14155550100"', '+14155550100'],
      ],
      ['version 1.2.3', 'released 2024-01-15', 'order 555-123-4567 shipped', '+1.2.3', 'x = 3 + 4', 'id 12345678'],
    );
  });

  it('payment cards: Luhn and IIN', () => {
    const visa = cardNumber('4', 16);
    const amex = cardNumber('37', 15);
    const mastercard = cardNumber('5412', 16);
    const wrongLuhn = `${visa.slice(0, 15)}${(Number(visa[15]) + 1) % 10}`;
    check(
      detectCards,
      [
        [`card ${visa}`, visa, 'card'],
        [`card ${spaced(visa)}`, spaced(visa)],
        [
          `amex ${amex.slice(0, 4)}-${amex.slice(4, 10)}-${amex.slice(10)}`,
          `${amex.slice(0, 4)}-${amex.slice(4, 10)}-${amex.slice(10)}`,
        ],
        [`mc ${mastercard.match(/.{4}/g)?.join('-')}`, mastercard.match(/.{4}/g)?.join('-') ?? ''],
      ],
      [
        `card ${wrongLuhn}`,
        'id 1234567890123456',
        'ts 1700000000000',
        `unknown prefix ${cardNumber('9', 16)}`,
        `mixed ${visa.slice(0, 4)} ${visa.slice(4, 8)}-${visa.slice(8, 12)} ${visa.slice(12)}`,
      ],
    );
  });

  it('IBANs: country length and mod-97', () => {
    const german = iban('DE', 22);
    const wrong = `${german.slice(0, 2)}${String((Number(german.slice(2, 4)) % 97) + 1).padStart(2, '0')}${german.slice(4)}`;
    check(
      detectIbans,
      [
        [`pay to ${german}`, german, 'iban'],
        [`IBAN: ${spaced(german)}`, spaced(german)],
        ['GB82 WEST 1234 5698 7654 32', 'GB82 WEST 1234 5698 7654 32'],
      ],
      [`pay to ${wrong}`, 'DE00123', 'ZZ82WEST12345698765432', 'ABCD1234'],
    );
  });

  it('US SSNs', () => {
    check(
      detectSsns,
      [
        ['ssn 123-45-6789', '123-45-6789', 'ssn'],
        ['SSN: 123456789', '123456789'],
        ['social security 123 45 6789', '123 45 6789'],
      ],
      ['000-12-3456', '666-12-3456', '912-34-5678', '123-00-4567', '123-45-0000', 'order 123456789', '2024-01-15'],
    );
  });

  it('IP addresses: internal and public, not versions or masks', () => {
    check(
      detectIps,
      [
        ['from 10.0.12.7 port', '10.0.12.7', 'internal-ip'],
        ['host=192.168.1.20', '192.168.1.20', 'internal-ip'],
        ['peer 172.20.3.4', '172.20.3.4', 'internal-ip'],
        ['dns 8.8.8.8', '8.8.8.8', 'ip-address'],
        ['addr:10.9.8.7', '10.9.8.7', 'internal-ip'],
        ['mapped ::ffff:10.1.1.1 ok', '::ffff:10.1.1.1', 'internal-ip'],
        ['listen [fe80::1ff:fe23:4567:890a]:80', 'fe80::1ff:fe23:4567:890a', 'internal-ip'],
        ['v6 2001:4860:4860::8888', '2001:4860:4860::8888', 'ip-address'],
        ['lo ::1 up', '::1', 'internal-ip'],
      ],
      [
        'version 1.2.3.4',
        'v1.2.3.4',
        'mask 255.255.255.0',
        'bind 0.0.0.0',
        '999.1.1.1',
        'at 12:30:45',
        'std::vector',
        'oid 1.3.6.1.4.1',
      ],
    );
  });

  it('MAC addresses', () => {
    check(
      detectMacs,
      [
        ['ether 00:1a:2b:3c:4d:5e', '00:1a:2b:3c:4d:5e', 'mac-address'],
        ['hw 00-1A-2B-3C-4D-5E', '00-1A-2B-3C-4D-5E'],
        ['mac address 001a.2b3c.4d5e', '001a.2b3c.4d5e'],
      ],
      ['00:00:00:00:00:00', 'time 12:30:45', 'sha 00:1a:2b:3c:4d:5e:6f', 'build 1234.5678.9abc'],
    );
  });

  it('internal hosts, bare and in URLs, plus configured domains', () => {
    const withPolicy = (text: string) => detectInternalHosts(text, ['acme.net']);
    check(
      withPolicy,
      [
        ['connect to db.internal:5432', 'db.internal', 'internal-host'],
        ['https://jenkins.corp.example.com/job/x', 'jenkins.corp.example.com'],
        ['printer.local is down', 'printer.local'],
        ['db-prod-01.example.com', 'db-prod-01.example.com'],
        ['ldap://dc1.acme.net:389', 'dc1.acme.net'],
        ['nas.lan', 'nas.lan'],
      ],
      [
        'this.config.internal',
        'settings.local()',
        '~/.local/bin',
        'config.local.json',
        'www.example.com',
        'version 1.2.3',
      ],
    );
  });

  it('cloud identifiers in context, not bare UUIDs or numbers', () => {
    check(
      detectCloudIds,
      [
        [
          'arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab',
          'arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab',
          'aws-arn',
        ],
        ['aws_account_id = 123456789012', '123456789012', 'aws-account-id'],
        [
          'deployer@acme-prod-123.iam.gserviceaccount.com',
          'deployer@acme-prod-123.iam.gserviceaccount.com',
          'gcp-service-account',
        ],
        ['"project_id": "acme-prod-123"', 'acme-prod-123', 'gcp-project-id'],
        ['gcloud config set project acme-prod-123 --project=acme-data-42', 'acme-data-42'],
        [
          '/subscriptions/6b2f4c1e-8d3a-4f2b-9c7e-1a2b3c4d5e6f/resourceGroups',
          '6b2f4c1e-8d3a-4f2b-9c7e-1a2b3c4d5e6f',
          'azure-subscription-id',
        ],
        [
          'AZURE_TENANT_ID=0f1e2d3c-4b5a-6978-8695-a4b3c2d1e0f9',
          '0f1e2d3c-4b5a-6978-8695-a4b3c2d1e0f9',
          'azure-tenant-id',
        ],
      ],
      [
        'request_id: 6b2f4c1e-8d3a-4f2b-9c7e-1a2b3c4d5e6f',
        'order 123456789012 shipped',
        'project: website',
        '"project_id": "my-project"',
        'uuid 550e8400-e29b-41d4-a716-446655440000',
      ],
    );
  });

  it('connection strings handled whole, with the level set by the password', () => {
    const pass = ['s3', 'cr3t', 'Pw'].join('');
    const uri = `postgres://app:${pass}@db.internal:5432/orders`;
    const [withPassword] = detectConnectionStrings(`DATABASE_URL=${uri}`);
    assert.equal(withPassword?.value, uri);
    assert.equal(withPassword?.level, 'never-include');
    const [withoutPassword] = detectConnectionStrings('url: redis://cache.internal:6379/0');
    assert.equal(withoutPassword?.value, 'redis://cache.internal:6379/0');
    assert.equal(withoutPassword?.level, undefined);
    const ado = `Server=sql01.corp;Database=app;User Id=sa;Password=${pass};`;
    assert.equal(detectConnectionStrings(`"conn": "${ado}"`)[0]?.value, ado);
    assert.deepEqual(detectConnectionStrings('see https://example.com/docs and postgres:// docs'), []);
    assert.equal(detectConnectionStrings(['postgres://app:$', '{DB_PASSWORD}@db/x'].join(''))[0]?.level, undefined);
  });
});
