import assert from 'node:assert/strict';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { Finding } from '../../src/core/finding.js';
import type { ProjectTarget, ScanContext, ScanOptions, Skipped } from '../../src/core/scanner.js';
import { importAdvisories } from '../../src/deps/osv/import.js';
import { policySchema } from '../../src/policy/schema.js';
import { decideDependency, depsScanner } from '../../src/scanners/deps/index.js';
import { ADVISORY_FIXTURES, startServer, tempDir } from './helpers.js';

const policy = policySchema.parse({});

function project(files: Record<string, string>): ProjectTarget {
  const root = tempDir('bulwark-deps-project-');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return {
    root,
    files: Object.keys(files).map((path) => ({
      path,
      absolutePath: join(root, path),
      size: statSync(join(root, path)).size,
    })),
  };
}

async function scan(target: ProjectTarget, options: ScanOptions) {
  const skipped: Skipped[] = [];
  const notes: string[] = [];
  const context: ScanContext = {
    root: target.root,
    policy,
    options,
    skip: (s) => skipped.push(s),
    note: (n) => notes.push(n),
  };
  const findings = await (depsScanner.scanProject?.(target, context) ?? Promise.resolve([]));
  return { findings, skipped, notes };
}

const PACKAGE_LOCK = JSON.stringify(
  {
    name: 'app',
    lockfileVersion: 3,
    packages: {
      '': { name: 'app', dependencies: { express: '^4.0.0', lodash: '^4.17.0' } },
      'node_modules/express': { version: '4.4.0', dependencies: { qs: '^0.6.0' } },
      'node_modules/qs': { version: '0.6.6' },
      'node_modules/lodash': { version: '4.17.15' },
      'node_modules/marked': { version: '0.3.6', dev: true },
    },
  },
  null,
  2,
);

function byPackage(findings: Finding[]): Map<string, Finding[]> {
  const map = new Map<string, Finding[]>();
  for (const finding of findings) {
    const pkg = finding.properties?.package as { name: string; version: string } | undefined;
    const key = pkg ? `${pkg.name}@${pkg.version}` : finding.ruleId;
    map.set(key, [...(map.get(key) ?? []), finding]);
  }
  return map;
}

describe('deps scanner (offline database)', () => {
  let dbDir = '';
  before(() => {
    dbDir = tempDir();
    importAdvisories([ADVISORY_FIXTURES], dbDir);
  });

  it('finds vulnerable packages across lockfiles with ids, fixed versions and paths', async () => {
    const target = project({
      'package-lock.json': PACKAGE_LOCK,
      'py/requirements.txt': 'PyYAML==5.3.1\njinja2==2.10\nDjango==1.1.1\n',
      'rs/Cargo.lock':
        'version = 3\n\n[[package]]\nname = "tokio-rustls"\nversion = "0.13.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\n',
    });
    const { findings, skipped, notes } = await scan(target, { online: false, dbDir });
    assert.deepEqual(skipped, []);
    assert.deepEqual(notes, []);
    const found = byPackage(findings);
    assert.deepEqual([...found.keys()].sort(), [
      'express@4.4.0',
      'jinja2@2.10',
      'lodash@4.17.15',
      'pyyaml@5.3.1',
      'qs@0.6.6',
      'tokio-rustls@0.13.0',
    ]);
    const lodash = found.get('lodash@4.17.15')?.[0];
    assert.equal(
      lodash?.title,
      'lodash@4.17.15 is vulnerable: Allocation of Resources Without Limits or Throttling (NSWG-ECO-516)',
    );
    assert.deepEqual(lodash?.properties?.fixed, ['4.17.19']);
    assert.equal(lodash?.properties?.direct, true);
    assert.equal(lodash?.location.path, 'package-lock.json');
    assert.equal(
      lodash?.location.startLine,
      PACKAGE_LOCK.split('\n').findIndex((l) => l.includes('"node_modules/lodash"')) + 1,
    );
    assert.equal(lodash?.cwe[0], 'CWE-1395');
    const qs = found.get('qs@0.6.6') ?? [];
    assert.ok(qs.every((f) => ((f.properties?.path ?? []) as string[]).join('>') === 'express>qs'));
    assert.ok(qs.every((f) => f.message.includes('Pulled in by express > qs')));
    const pyyaml = found.get('pyyaml@5.3.1') ?? [];
    assert.deepEqual(
      pyyaml.map((f) => f.properties?.advisories),
      [['CVE-2020-14343', 'GHSA-8q59-q68h-6hv4', 'PYSEC-2021-142']],
    );
    assert.equal(pyyaml[0]?.location.path, 'py/requirements.txt');
    assert.equal(pyyaml[0]?.severity, 'medium'); // no CVSS vector, no database severity: the default
    const rust = found.get('tokio-rustls@0.13.0')?.[0];
    assert.deepEqual(rust?.properties?.fixed, ['0.13.1']);
    assert.equal(rust?.severity, 'high');
    // the fingerprint hashes ecosystem:name@version:primaryId, not the line
    const moved = project({ 'package-lock.json': PACKAGE_LOCK.replace('"name": "app",', '"name": "app",\n\n\n') });
    const again = byPackage((await scan(moved, { online: false, dbDir })).findings).get('lodash@4.17.15')?.[0];
    assert.equal(again?.fingerprint, lodash?.fingerprint);
    assert.notEqual(again?.location.startLine, lodash?.location.startLine);
  });

  it('does not flag fixed or unaffected versions (boundary traps)', async () => {
    const target = project({
      'package-lock.json': JSON.stringify({
        lockfileVersion: 3,
        packages: {
          '': { dependencies: { lodash: '*', express: '*', marked: '*' } },
          'node_modules/lodash': { version: '4.17.19' },
          'node_modules/express': { version: '4.5.0' },
          'node_modules/marked': { version: '0.7.0' },
        },
      }),
      'requirements.txt': 'PyYAML==5.4\njinja2==2.11.3\nnot-in-db==1.0\n',
      'Cargo.lock':
        'version = 3\n\n[[package]]\nname = "tokio-rustls"\nversion = "0.11.0"\nsource = "registry+x"\n\n[[package]]\nname = "tokio-rustls"\nversion = "0.12.3"\nsource = "registry+x"\n',
    });
    const { findings } = await scan(target, { online: false, dbDir });
    assert.deepEqual(
      findings.map((f) => f.title),
      [],
    );
  });

  it('skips a broken lockfile with a reason and keeps scanning the others', async () => {
    const target = project({
      'a/package-lock.json': '{ "lockfileVersion": 3, ',
      'b/requirements.txt': 'pyyaml==5.3.1\n',
    });
    const { findings, skipped } = await scan(target, { online: false, dbDir });
    assert.equal(skipped.length, 1);
    assert.equal(skipped[0]?.path, 'a/package-lock.json');
    assert.equal(skipped[0]?.reason, 'parse-error');
    assert.match(skipped[0]?.detail ?? '', /cannot parse lockfile/);
    assert.deepEqual(findings.map((f) => f.ruleId).sort(), ['deps-lockfile-unparsable', 'deps-vulnerable-package']);
  });

  it('notes an empty database instead of silently passing', async () => {
    const target = project({ 'requirements.txt': 'pyyaml==5.3.1\n' });
    const { findings, notes } = await scan(target, { online: false, dbDir: tempDir() });
    assert.deepEqual(findings, []);
    assert.match(notes[0] ?? '', /database .* is empty.*bulwark db update/);
  });

  it('decideDependency follows block/review thresholds', async () => {
    const target = project({ 'requirements.txt': 'pyyaml==5.3.1\njinja2==2.10\n' });
    const { findings } = await scan(target, { online: false, dbDir });
    assert.ok(findings[0]);
    const critical = { ...findings[0], severity: 'critical' as const };
    assert.equal(decideDependency(critical, policy.dependency_scan).decision, 'block');
    assert.equal(decideDependency({ ...critical, severity: 'high' }, policy.dependency_scan).decision, 'review');
    assert.equal(decideDependency({ ...critical, severity: 'medium' }, policy.dependency_scan).decision, 'inform');
    const strict = { ...policy.dependency_scan, block_on_cve_severity: ['critical' as const, 'high' as const] };
    assert.equal(decideDependency({ ...critical, severity: 'high' }, strict).decision, 'block');
  });
});

describe('deps scanner (online OSV API on 127.0.0.1)', () => {
  it('queries /v1/querybatch, fetches /v1/vulns/{id} and matches locally', async () => {
    const record = {
      id: 'GHSA-aaaa-bbbb-cccc',
      aliases: ['CVE-2099-1234'],
      summary: 'Prototype Pollution',
      affected: [
        {
          package: { ecosystem: 'npm', name: 'minimist' },
          ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '1.2.6' }] }],
        },
      ],
      database_specific: { severity: 'HIGH' },
    };
    const queries: unknown[] = [];
    const server = await startServer((req, body, res) => {
      if (req.method === 'POST' && req.url === '/v1/querybatch') {
        const parsed = JSON.parse(body) as { queries: { package: { name: string } }[] };
        queries.push(...parsed.queries);
        const results = parsed.queries.map((q) =>
          q.package.name === 'minimist' ? { vulns: [{ id: record.id }] } : {},
        );
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ results }));
      } else if (req.url === `/v1/vulns/${record.id}`) {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(record));
      } else res.writeHead(404).end();
    });
    try {
      const target = project({
        'yarn.lock': 'minimist@^1.2.0:\n  version "1.2.5"\n\nleft-pad@^1.0.0:\n  version "1.3.0"\n',
      });
      const { findings, notes } = await scan(target, {
        online: true,
        dbDir: tempDir(),
        endpoints: { osv: server.url },
      });
      assert.deepEqual(notes, []);
      assert.equal(queries.length, 2);
      assert.deepEqual(server.requests.sort(), ['GET /v1/vulns/GHSA-aaaa-bbbb-cccc', 'POST /v1/querybatch']);
      assert.equal(findings.length, 1);
      assert.equal(findings[0]?.title, 'minimist@1.2.5 is vulnerable: Prototype Pollution (CVE-2099-1234)');
      assert.equal(findings[0]?.severity, 'high');
      assert.equal(findings[0]?.location.startLine, 1);
    } finally {
      await server.close();
    }
  });

  it('falls back to the offline database with a note when the API fails', async () => {
    const server = await startServer((_req, _body, res) => res.writeHead(500).end());
    try {
      const target = project({ 'requirements.txt': 'pyyaml==5.3.1\n' });
      const dbDir = tempDir();
      importAdvisories([join(ADVISORY_FIXTURES, 'pypa')], dbDir);
      const { findings, notes } = await scan(target, { online: true, dbDir, endpoints: { osv: server.url } });
      assert.match(notes[0] ?? '', /OSV API look-up failed/);
      assert.equal(findings.length, 1);
    } finally {
      await server.close();
    }
  });
});
