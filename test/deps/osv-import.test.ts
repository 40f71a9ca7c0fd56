import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { importAdvisories } from '../../src/deps/osv/import.js';
import { AdvisoryDb, packageFileName } from '../../src/deps/osv/store.js';
import { listZipEntries } from '../../src/deps/osv/unzip.js';
import { runCli } from '../helpers/cli.js';
import { ADVISORY_FIXTURES, buildZip, startServer, tempDir } from './helpers.js';

describe('importAdvisories', () => {
  it('imports the attributed fixture subsets of all three sources', () => {
    const dbDir = tempDir();
    const summary = importAdvisories([ADVISORY_FIXTURES], dbDir);
    assert.equal(summary.invalid, 0, JSON.stringify(summary.invalidExamples));
    assert.equal(summary.ecosystems.npm?.advisories, 20);
    assert.equal(summary.ecosystems.PyPI?.advisories, 20); // 21 records, one withdrawn
    assert.equal(summary.skipped.withdrawn, 1);
    assert.equal(summary.skipped['informational (unmaintained)'], 2);
    assert.equal(summary.ecosystems['crates.io']?.advisories, 19); // 21 files, 2 unmaintained notices
    const db = new AdvisoryDb(dbDir);
    assert.ok(!db.isEmpty);
    const lodash = db.lookup('npm', 'lodash');
    assert.ok(lodash.some((r) => r.id === 'NSWG-ECO-516'));
    // PEP 503: any spelling finds the same file
    assert.deepEqual(
      db.lookup('PyPI', 'Py_YAML').map((r) => r.id),
      [],
    );
    assert.ok(db.lookup('PyPI', 'PyYAML').length >= 4);
    assert.equal(db.lookup('PyPI', 'pyyaml').length, db.lookup('PyPI', 'PyYAML').length);
    assert.ok(db.lookup('crates.io', 'tokio_rustls').some((r) => r.id === 'RUSTSEC-2020-0019'));
    assert.equal(db.lookup('PyPI', 'redis').length, 0, 'withdrawn record not stored');
  });

  it('counts invalid records without failing, and re-import replaces by id', () => {
    const dir = tempDir();
    const dbDir = tempDir();
    writeFileSync(
      join(dir, 'good.json'),
      JSON.stringify({
        id: 'OSV-1',
        modified: '2024-01-01T00:00:00Z',
        affected: [
          {
            package: { ecosystem: 'PyPI', name: 'Demo_Pkg' },
            ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '1.0' }] }],
          },
        ],
      }),
    );
    writeFileSync(join(dir, 'bad-json.json'), '{ not json');
    writeFileSync(join(dir, 'bad-shape.json'), JSON.stringify({ id: 5, affected: 'x' }));
    writeFileSync(
      join(dir, 'bad-range.json'),
      JSON.stringify({ id: 9, module_name: 'x', vulnerable_versions: '>>>nope' }),
    );
    const first = importAdvisories([dir], dbDir);
    assert.equal(first.invalid, 3);
    assert.equal(first.ecosystems.PyPI?.advisories, 1);
    assert.ok(first.invalidExamples.some((e) => e.file.endsWith('bad-range.json')));
    // The same id moved to another package: the old package no longer lists it.
    writeFileSync(
      join(dir, 'good.json'),
      JSON.stringify({ id: 'OSV-1', affected: [{ package: { ecosystem: 'PyPI', name: 'other' }, versions: ['1.0'] }] }),
    );
    importAdvisories([join(dir, 'good.json')], dbDir);
    const db = new AdvisoryDb(dbDir);
    assert.equal(db.lookup('PyPI', 'demo-pkg').length, 0);
    assert.equal(db.lookup('PyPI', 'other').length, 1);
    assert.equal(db.manifest?.ecosystems.PyPI?.advisories, 1);
  });

  it('never writes outside the database folder, whatever the package name', () => {
    assert.equal(packageFileName('npm', '../../etc/passwd').includes('/'), false);
    assert.equal(packageFileName('npm', '..').startsWith('.'), false);
  });
});

describe('zip reading and db update', () => {
  const recordA = {
    id: 'GHSA-test-0001',
    aliases: ['CVE-2099-0001'],
    summary: 'test flaw',
    affected: [
      {
        package: { ecosystem: 'npm', name: 'left-pad' },
        ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '1.3.1' }] }],
      },
    ],
  };
  const recordB = {
    id: 'PYSEC-2099-1',
    affected: [{ package: { ecosystem: 'PyPI', name: 'demo' }, versions: ['1.0'] }],
  };

  it('reads the entries of a deflated zip', () => {
    const entries = listZipEntries(buildZip({ 'a.json': 'hello', 'dir/b.json': 'world' }));
    assert.deepEqual(
      entries.map((e) => [e.name, e.read().toString()]),
      [
        ['a.json', 'hello'],
        ['dir/b.json', 'world'],
      ],
    );
    assert.throws(() => listZipEntries(Buffer.from('not a zip at all, definitely not')), /not a readable zip/);
  });

  it('bulwark db update downloads <base>/<ecosystem>/all.zip from a local server and imports it', async () => {
    const zips: Record<string, Buffer> = {
      '/npm/all.zip': buildZip({ 'GHSA-test-0001.json': JSON.stringify(recordA) }),
      '/PyPI/all.zip': buildZip({ 'PYSEC-2099-1.json': JSON.stringify(recordB), 'broken.json': '{' }),
    };
    const server = await startServer((req, _body, res) => {
      const zip = zips[req.url ?? ''];
      res.writeHead(zip ? 200 : 404).end(zip ?? 'missing');
    });
    try {
      const dbDir = tempDir();
      const result = await runCli(['db', 'update', '--url', server.url, '--db', dbDir, '--ecosystems', 'npm,pypi']);
      assert.equal(result.code, 0, result.stderr);
      assert.deepEqual(server.requests, ['GET /npm/all.zip', 'GET /PyPI/all.zip']);
      assert.match(result.stdout, /npm\s+1 advisories/);
      assert.match(result.stdout, /invalid records: 1/);
      assert.equal(new AdvisoryDb(dbDir).lookup('npm', 'left-pad')[0]?.id, 'GHSA-test-0001');
      const failed = await runCli(['db', 'update', '--url', server.url, '--db', dbDir, '--ecosystems', 'Go']);
      assert.equal(failed.code, 2);
      assert.match(failed.stderr, /HTTP 404/);
      const unknown = await runCli(['db', 'update', '--db', dbDir, '--ecosystems', 'Maven']);
      assert.equal(unknown.code, 2);
      assert.match(unknown.stderr, /unknown ecosystem 'Maven'/);
    } finally {
      await server.close();
    }
  });

  it('bulwark db import and db info print counts; $BULWARK_DB is the default folder', async () => {
    const dbDir = tempDir();
    const imported = await runCli(['db', 'import', join(ADVISORY_FIXTURES, 'nodejs-security-wg')], {
      env: { BULWARK_DB: dbDir },
    });
    assert.equal(imported.code, 0, imported.stderr);
    assert.match(imported.stdout, /npm\s+20 advisories/);
    assert.ok(readdirSync(join(dbDir, 'npm')).length > 0);
    const info = await runCli(['db', 'info', '--json'], { env: { BULWARK_DB: dbDir } });
    const parsed = JSON.parse(info.stdout) as { manifest: { ecosystems: { npm: { advisories: number } } } };
    assert.equal(parsed.manifest.ecosystems.npm.advisories, 20);
    const empty = await runCli(['db', 'info', '--db', tempDir()]);
    assert.match(empty.stdout, /No advisory database/);
    const missing = await runCli(['db', 'import', '--db', dbDir]);
    assert.equal(missing.code, 2);
    assert.ok(readFileSync(join(dbDir, 'manifest.json'), 'utf8').includes('"imports"'));
  });
});
