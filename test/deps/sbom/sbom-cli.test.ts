import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../../helpers/cli.js';
import { sri } from './fixtures.js';

/** A project with an npm v3 lockfile, a requirements file, a broken yarn.lock and a node_modules to skip. */
function fixtureProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bulwark-sbom-cli-'));
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify(
      {
        name: 'demo-app',
        version: '0.1.0',
        author: 'Demo Team',
        dependencies: { express: '^4.18.0' },
        devDependencies: { mocha: '^10.0.0' },
      },
      null,
      2,
    ),
  );
  const lock = {
    name: 'demo-app',
    version: '0.1.0',
    lockfileVersion: 3,
    packages: {
      '': {
        name: 'demo-app',
        version: '0.1.0',
        dependencies: { express: '^4.18.0' },
        devDependencies: { mocha: '^10.0.0' },
      },
      'node_modules/express': {
        version: '4.18.2',
        resolved: 'https://npm.corp.example/express/-/express-4.18.2.tgz',
        integrity: sri('express'),
        license: 'MIT',
        dependencies: { qs: '6.11.0' },
      },
      'node_modules/qs': { version: '6.11.0', integrity: sri('qs'), license: 'BSD-3-Clause' },
      'node_modules/mocha': { version: '10.2.0', dev: true, integrity: sri('mocha'), license: 'MIT' },
    },
  };
  writeFileSync(join(dir, 'package-lock.json'), JSON.stringify(lock, null, 2));
  mkdirSync(join(dir, 'api'));
  writeFileSync(join(dir, 'api', 'requirements.txt'), 'requests==2.31.0\nflask==3.0.0\n');
  mkdirSync(join(dir, 'web'));
  writeFileSync(join(dir, 'web', 'yarn.lock'), 'this is {{ not a yarn lockfile\n  "unterminated\n');
  mkdirSync(join(dir, 'node_modules', 'x'), { recursive: true });
  writeFileSync(join(dir, 'node_modules', 'x', 'requirements.txt'), 'should-not-appear==1.0\n');
  return dir;
}

describe('bulwark sbom', () => {
  it('prints a CycloneDX BOM of every lockfile to stdout', async () => {
    const dir = fixtureProject();
    const result = await runCli(['sbom', dir, '--reproducible']);
    assert.equal(result.code, 0, result.stderr);
    const bom = JSON.parse(result.stdout) as {
      components: { purl: string; scope: string }[];
      metadata: { component: { name: string }; timestamp: string };
    };
    const purls = bom.components.map((c) => c.purl).sort();
    assert.ok(purls.includes('pkg:npm/express@4.18.2'));
    assert.ok(purls.includes('pkg:npm/qs@6.11.0'));
    assert.ok(purls.includes('pkg:pypi/requests@2.31.0'));
    assert.ok(!purls.some((p) => p.includes('should-not-appear')));
    assert.equal(bom.components.find((c) => c.purl.includes('mocha'))?.scope, 'optional');
    assert.equal(bom.metadata.component.name, 'demo-app');
    assert.equal(bom.metadata.timestamp, '1970-01-01T00:00:00Z');
    // yarn.lock either parses to nothing or is reported; it never stops the SBOM.
    const again = await runCli(['sbom', dir, '--reproducible']);
    assert.equal(again.stdout, result.stdout);
  });

  it('reports a broken lockfile on stderr and still writes the SBOM from the rest', async () => {
    const dir = fixtureProject();
    writeFileSync(join(dir, 'api', 'Pipfile.lock'), '{ "default": ');
    const result = await runCli(['sbom', '--exclude-dev', '--output', 'bom.json'], { cwd: dir });
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /skipped api\/Pipfile\.lock/);
    const bom = JSON.parse(readFileSync(join(dir, 'bom.json'), 'utf8')) as { components: { purl: string }[] };
    assert.ok(bom.components.some((c) => c.purl === 'pkg:npm/express@4.18.2'));
    assert.ok(!bom.components.some((c) => c.purl.includes('mocha')));
  });

  it('writes SPDX with --format spdx', async () => {
    const dir = fixtureProject();
    const result = await runCli(['sbom', dir, '--format', 'spdx'], { env: { SOURCE_DATE_EPOCH: '1700000000' } });
    assert.equal(result.code, 0, result.stderr);
    const doc = JSON.parse(result.stdout) as {
      spdxVersion: string;
      creationInfo: { created: string };
      packages: { name: string }[];
    };
    assert.equal(doc.spdxVersion, 'SPDX-2.3');
    assert.equal(doc.creationInfo.created, '2023-11-14T22:13:20Z');
    assert.ok(doc.packages.some((p) => p.name === 'qs'));
  });

  it('rejects unknown formats and conflicting options with exit 2', async () => {
    assert.equal((await runCli(['sbom', '--format', 'xml'])).code, 2);
    assert.equal((await runCli(['sbom', '--include-dev', '--exclude-dev'])).code, 2);
  });
});
