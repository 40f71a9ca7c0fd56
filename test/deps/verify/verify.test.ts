import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  isBlocking,
  type VerifyOptions,
  verifyFindings,
  verifyPackages,
  verifyRules,
} from '../../../src/deps/verify/index.js';
import { type RegistryServer, startRegistry } from './registry-server.js';

let server: RegistryServer;
before(async () => {
  server = await startRegistry();
});
after(() => server.close());

function options(extra: VerifyOptions = {}): VerifyOptions {
  const endpoints = { npmRegistry: server.url, npmDownloads: server.url, pypi: server.url };
  return { endpoints, cacheDir: mkdtempSync(join(tmpdir(), 'bulwark-cache-')), ...extra };
}

const kinds = (result: { risks: { kind: string }[] } | undefined) => result?.risks.map((r) => r.kind).sort();

describe('verifyPackages against a local registry', () => {
  it('passes an established package', async () => {
    const [express, types, requests] = await verifyPackages(
      [
        { ecosystem: 'npm', name: 'express', version: '1.1.0' },
        { ecosystem: 'npm', name: '@types/node' },
        { ecosystem: 'PyPI', name: 'Requests', version: '2.31.0' },
      ],
      options(),
    );
    assert.equal(express?.verdict, 'ok', JSON.stringify(express?.risks));
    assert.equal(express?.lookup, 'online');
    assert.equal(express?.registry?.downloadsLastWeek, 30_000_000);
    assert.equal(express?.registry?.maintainers, 2);
    assert.match(express?.registry?.repository ?? '', /github\.com\/example\/express/);
    assert.equal(types?.verdict, 'ok', JSON.stringify(types));
    assert.equal(requests?.verdict, 'ok', JSON.stringify(requests?.risks));
    assert.equal(requests?.registry?.repository, 'https://github.com/psf/requests');
    assert.ok((requests?.registry?.createdAt ?? '') < (requests?.registry?.versionPublishedAt ?? ''));
  });

  it('flags a package that does not exist as critical (hallucinated name)', async () => {
    const [result] = await verifyPackages([{ ecosystem: 'npm', name: 'react-auth-helper-pro' }], options());
    assert.deepEqual(kinds(result), ['not-found']);
    assert.equal(result?.verdict, 'critical');
    assert.ok(result && isBlocking(result));
  });

  it('flags new, rarely downloaded packages with install scripts and no repository', async () => {
    const [result] = await verifyPackages([{ ecosystem: 'npm', name: 'fresh-helper' }], options());
    assert.deepEqual(kinds(result), ['install-script', 'low-downloads', 'new-package', 'no-repository']);
    assert.match(result?.risks.find((r) => r.kind === 'install-script')?.reason ?? '', /postinstall: node steal\.js/);
    assert.equal(result?.verdict, 'medium');
    assert.ok(result && !isBlocking(result));
  });

  it('flags deprecated versions and versions that do not exist', async () => {
    const [old, missing] = await verifyPackages(
      [
        { ecosystem: 'npm', name: 'old-thing', version: '1.1.0' },
        { ecosystem: 'npm', name: 'express', version: '9.9.9' },
      ],
      options(),
    );
    assert.deepEqual(kinds(old), ['deprecated']);
    assert.deepEqual(kinds(missing), ['unknown-version']);
  });

  it('flags a PyPI project that only ships an sdist (setup.py runs at install)', async () => {
    const [result] = await verifyPackages([{ ecosystem: 'PyPI', name: 'sdist_only' }], options());
    assert.ok(kinds(result)?.includes('install-script'));
    assert.ok(kinds(result)?.includes('new-package'));
  });

  it('flags typosquats online and offline, without looking them up offline', async () => {
    const before = server.requests.length;
    const results = await verifyPackages(
      [
        { ecosystem: 'npm', name: 'expresss' },
        { ecosystem: 'npm', name: '@typs/node' },
        { ecosystem: 'PyPI', name: 'reqeusts' },
        { ecosystem: 'npm', name: 'lodash' },
      ],
      options({ offline: true }),
    );
    assert.equal(server.requests.length, before);
    assert.deepEqual(
      results.map((r) => r.typosquat?.target),
      ['express', '@types/node', 'requests', undefined],
    );
    assert.ok(results.every((r) => r.lookup === 'offline'));
    const online = await verifyPackages([{ ecosystem: 'npm', name: 'expresss' }], options());
    assert.deepEqual(kinds(online[0]), ['not-found', 'typosquat']);
  });

  it('caches answers on disk for the TTL', async () => {
    const opts = options();
    await verifyPackages([{ ecosystem: 'npm', name: 'express' }], opts);
    const count = server.requests.length;
    await verifyPackages([{ ecosystem: 'npm', name: 'express' }], opts);
    assert.equal(server.requests.length, count);
    await verifyPackages([{ ecosystem: 'npm', name: 'express' }], { ...opts, ttlMs: 0 });
    assert.ok(server.requests.length > count);
  });

  it('reports registry errors in the result instead of throwing', async () => {
    const [result] = await verifyPackages([{ ecosystem: 'npm', name: 'express' }], {
      ...options(),
      endpoints: { npmRegistry: `${server.url}/npm-down`, npmDownloads: server.url, pypi: server.url },
    });
    assert.equal(result?.lookup, 'error');
    assert.match(result?.error ?? '', /HTTP 503/);
    const [unreachable] = await verifyPackages([{ ecosystem: 'npm', name: 'express' }], {
      endpoints: { npmRegistry: 'http://127.0.0.1:9', npmDownloads: 'http://127.0.0.1:9', pypi: server.url },
      timeoutMs: 2000,
    });
    assert.equal(unreachable?.lookup, 'error');
  });

  it('reads registry URLs from the environment', async () => {
    const [result] = await verifyPackages([{ ecosystem: 'npm', name: 'express' }], {
      env: { BULWARK_NPM_REGISTRY: server.url, BULWARK_NPM_DOWNLOADS: server.url },
    });
    assert.equal(result?.lookup, 'online');
    assert.equal(result?.registry?.url, `${server.url}/express`);
  });
});

describe('verifyFindings', () => {
  it('turns risks into deps findings at the declaring file', async () => {
    const results = await verifyPackages(
      [
        { ecosystem: 'npm', name: 'expresss', version: '1.0.0' },
        { ecosystem: 'npm', name: 'express' },
      ],
      options(),
    );
    const findings = verifyFindings(
      results,
      new Map([['expresss@1.0.0', { path: 'web/package-lock.json', line: 42 }]]),
    );
    assert.deepEqual(findings.map((f) => f.ruleId).sort(), ['deps-typosquat', 'deps-unknown-package']);
    for (const finding of findings) {
      assert.equal(finding.scanner, 'deps');
      assert.equal(finding.location.path, 'web/package-lock.json');
      assert.equal(finding.location.startLine, 42);
      assert.ok(verifyRules.some((rule) => rule.id === finding.ruleId));
    }
    assert.equal(findings.find((f) => f.ruleId === 'deps-unknown-package')?.severity, 'critical');
    assert.equal(findings.find((f) => f.ruleId === 'deps-typosquat')?.properties?.imitates, 'express');
  });
});
