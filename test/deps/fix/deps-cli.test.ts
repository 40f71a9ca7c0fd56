import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { importAdvisories } from '../../../src/deps/osv/import.js';
import { runCli } from '../../helpers/cli.js';
import { type RegistryServer, startRegistry } from '../verify/registry-server.js';

function osv(id: string, ecosystem: string, name: string, introduced: string, fixed: string) {
  return {
    schema_version: '1.6.0',
    id,
    modified: '2024-01-01T00:00:00Z',
    summary: `${name} is vulnerable`,
    affected: [
      {
        package: { ecosystem, name },
        ranges: [{ type: ecosystem === 'npm' ? 'SEMVER' : 'ECOSYSTEM', events: [{ introduced }, { fixed }] }],
      },
    ],
    database_specific: { severity: 'HIGH' },
  };
}

/** A fixture project (npm + requirements) and an advisory database with three advisories for it. */
function fixture(): { dir: string; db: string } {
  const dir = mkdtempSync(join(tmpdir(), 'bulwark-fix-'));
  const pkgJson = { name: 'shop', version: '1.0.0', dependencies: { express: '^4.17.0' } };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(pkgJson, null, 2)}\n`);
  const lock = {
    name: 'shop',
    version: '1.0.0',
    lockfileVersion: 3,
    packages: {
      '': pkgJson,
      'node_modules/express': { version: '4.17.1', dependencies: { qs: '6.7.0' } },
      'node_modules/qs': { version: '6.7.0' },
    },
  };
  writeFileSync(join(dir, 'package-lock.json'), JSON.stringify(lock, null, 2));
  writeFileSync(join(dir, 'requirements.txt'), 'requests==2.30.0\n');
  const advisories = join(dir, '..', `${dir.split('/').pop()}-advisories`);
  mkdirSync(advisories);
  writeFileSync(
    join(advisories, 'a.json'),
    JSON.stringify(osv('GHSA-test-expr-0001', 'npm', 'express', '0', '4.19.2')),
  );
  writeFileSync(join(advisories, 'b.json'), JSON.stringify(osv('GHSA-test-qsqs-0002', 'npm', 'qs', '6.7.0', '6.7.3')));
  writeFileSync(join(advisories, 'c.json'), JSON.stringify(osv('PYSEC-2099-1', 'PyPI', 'requests', '2.0.0', '2.31.0')));
  const db = join(advisories, 'db');
  importAdvisories([advisories], db);
  return { dir, db };
}

describe('bulwark deps fix', () => {
  it('prints the plan without touching files', async () => {
    const { dir, db } = fixture();
    const result = await runCli(['deps', 'fix', dir, '--db', db, '--format', 'json']);
    assert.equal(result.code, 0, result.stderr);
    const { fixes } = JSON.parse(result.stdout) as {
      fixes: { package: { name: string }; targetVersion: string; action: { kind: string } }[];
    };
    const summary = fixes.map((f) => `${f.package.name}->${f.targetVersion}:${f.action.kind}`).sort();
    assert.deepEqual(summary, [
      'express->4.19.2:upgrade-direct',
      'qs->6.7.3:override',
      'requests->2.31.0:upgrade-direct',
    ]);
    assert.equal(readFileSync(join(dir, 'requirements.txt'), 'utf8'), 'requests==2.30.0\n');
  });

  it('--apply edits the manifests and writes bulwark-fix.patch', async () => {
    const { dir, db } = fixture();
    const result = await runCli(['deps', 'fix', '--apply', '--db', db], { cwd: dir });
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /express@4\.17\.1 -> 4\.19\.2/);
    const pkg = readFileSync(join(dir, 'package.json'), 'utf8');
    assert.equal(
      pkg,
      `${JSON.stringify({ name: 'shop', version: '1.0.0', dependencies: { express: '^4.19.2' }, overrides: { qs: '^6.7.3' } }, null, 2)}\n`,
    );
    assert.equal(readFileSync(join(dir, 'requirements.txt'), 'utf8'), 'requests==2.31.0\n');
    const patch = readFileSync(join(dir, 'bulwark-fix.patch'), 'utf8');
    assert.match(patch, /^--- a\/package\.json\n\+\+\+ b\/package\.json\n/);
    assert.match(patch, /-requests==2\.30\.0\n\+requests==2\.31\.0\n/);
  });

  it('fails with exit 2 when the advisory database is empty', async () => {
    const { dir } = fixture();
    const result = await runCli(['deps', 'fix', dir, '--db', join(dir, 'no-db')]);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /advisory database/);
  });
});

describe('bulwark deps verify', () => {
  let server: RegistryServer;
  before(async () => {
    server = await startRegistry();
  });
  after(() => server.close());
  const env = () => ({
    BULWARK_NPM_DOWNLOADS: server.url,
    BULWARK_PYPI_URL: server.url,
    XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'bulwark-xdg-')),
  });

  it('exits 0 for real, established packages', async () => {
    const result = await runCli(['deps', 'verify', 'express', '@types/node', '--registry', server.url], { env: env() });
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /OK\s+npm:express/);
  });

  it('exits 1 for a hallucinated or typosquatted name and explains why', async () => {
    const result = await runCli(['deps', 'verify', 'expresss@1.0.0', 'fresh-helper', '--registry', server.url], {
      env: env(),
    });
    assert.equal(result.code, 1);
    assert.match(result.stdout, /CRITICAL npm:expresss@1\.0\.0/);
    assert.match(result.stdout, /typosquat: 'expresss' looks like 'express'/);
    assert.match(result.stdout, /install-script: runs code at install: postinstall/);
  });

  it('works offline with the typosquat check only, and says so', async () => {
    const before = server.requests.length;
    const result = await runCli(
      ['deps', 'verify', 'reqeusts', '--ecosystem', 'pypi', '--offline', '--format', 'json'],
      { env: env() },
    );
    assert.equal(result.code, 1);
    assert.equal(server.requests.length, before);
    const json = JSON.parse(result.stdout) as { offline: boolean; results: { typosquat?: { target: string } }[] };
    assert.equal(json.offline, true);
    assert.equal(json.results[0]?.typosquat?.target, 'requests');
    const clean = await runCli(['deps', 'verify', 'requests', '--ecosystem', 'pypi', '--offline'], { env: env() });
    assert.equal(clean.code, 0);
    assert.match(clean.stdout, /offline: registry look-ups skipped/);
  });

  it('rejects bad usage with exit 2', async () => {
    assert.equal((await runCli(['deps', 'verify'])).code, 2);
    assert.equal((await runCli(['deps', 'nope'])).code, 2);
    assert.equal((await runCli(['deps', 'verify', 'x', '--ecosystem', 'maven'])).code, 2);
  });
});
