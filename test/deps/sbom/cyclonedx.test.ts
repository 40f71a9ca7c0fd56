import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildCycloneDx } from '../../../src/deps/sbom/index.js';
import { pkg, samplePackages, sri } from './fixtures.js';

const require = createRequire(import.meta.url);
const Ajv = require('ajv') as typeof import('ajv').default;
const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;

function loadSchema(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`./schemas/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;
}

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
// ajv-formats has no IRI/IDN formats; the BOM fields we write that use them are plain URLs and e-mail addresses.
ajv.addFormat('iri-reference', true);
ajv.addFormat('idn-email', true);
ajv.addSchema(loadSchema('spdx.schema.json'), 'spdx.schema.json');
ajv.addSchema(loadSchema('jsf-0.82.schema.json'), 'jsf-0.82.schema.json');
const validate = ajv.compile(loadSchema('bom-1.6.schema.json'));

function assertValid(bom: unknown): void {
  const ok = validate(bom);
  assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 2));
}

const root = { name: 'shop', version: '1.2.3', authors: ['Ada Lovelace'], purl: 'pkg:npm/shop@1.2.3', license: 'MIT' };

describe('buildCycloneDx', () => {
  it('produces a BOM valid against the CycloneDX 1.6 schema', () => {
    assertValid(buildCycloneDx(root, samplePackages(), { reproducible: true }));
  });

  it('rejects an invalid BOM (the validator is real)', () => {
    const bom = buildCycloneDx(root, samplePackages()) as unknown as Record<string, unknown>;
    assert.equal(validate({ ...bom, serialNumber: 'not-a-urn' }), false);
  });

  it('writes purls, hashes, licenses, scope and deduplicates across lockfiles', () => {
    const bom = buildCycloneDx(root, samplePackages(), { reproducible: true });
    const purls = bom.components.map((c) => c.purl);
    assert.equal(purls.filter((p) => p === 'pkg:npm/qs@6.11.0').length, 1);
    assert.ok(purls.includes('pkg:npm/%40types/node@20.1.0'));
    assert.ok(purls.includes('pkg:pypi/requests@2.31.0'));
    const qs = bom.components.find((c) => c.name === 'qs');
    assert.equal(qs?.['bom-ref'], 'pkg:npm/qs@6.11.0');
    assert.deepEqual(qs?.hashes, [{ alg: 'SHA-512', content: createHash('sha512').update('qs').digest('hex') }]);
    assert.deepEqual(qs?.licenses, [{ license: { id: 'BSD-3-Clause' } }]);
    const sources = qs?.properties?.filter((p) => p.name === 'bulwark:source').map((p) => p.value);
    assert.deepEqual(sources, ['package-lock.json', 'packages/web/package-lock.json']);
    const types = bom.components.find((c) => c.purl?.includes('types'));
    assert.equal(types?.group, '@types');
    assert.equal(types?.name, 'node');
    assert.equal(types?.scope, 'optional');
    assert.deepEqual(types?.supplier, { name: '@types' });
    assert.equal(qs?.scope, 'required');
    assert.deepEqual(bom.components.find((c) => c.name === 'weird-license')?.licenses, [
      { license: { name: 'SEE LICENSE IN LICENSE.md' } },
    ]);
    assert.deepEqual(bom.components.find((c) => c.name === 'dual')?.licenses, [{ expression: 'MIT OR Apache-2.0' }]);
    assert.equal(bom.components.find((c) => c.name === 'Requests')?.hashes?.[0]?.alg, 'SHA-256');
  });

  it('records the dependency graph: root -> direct, package -> its dependencies', () => {
    const bom = buildCycloneDx(root, samplePackages(), { reproducible: true });
    const graph = new Map(bom.dependencies.map((d) => [d.ref, d.dependsOn]));
    assert.deepEqual(graph.get('pkg:npm/shop@1.2.3'), [
      'pkg:npm/%40types/node@20.1.0',
      'pkg:npm/dual@2.0.0',
      'pkg:npm/express@4.18.2',
      'pkg:npm/weird-license@1.0.0',
      'pkg:pypi/requests@2.31.0',
    ]);
    assert.deepEqual(graph.get('pkg:npm/express@4.18.2'), ['pkg:npm/body-parser@1.20.1']);
    assert.deepEqual(graph.get('pkg:npm/body-parser@1.20.1'), ['pkg:npm/qs@6.11.0']);
    assert.deepEqual(graph.get('pkg:npm/qs@6.11.0'), []);
    for (const ref of graph.keys()) assert.equal(bom.dependencies.filter((d) => d.ref === ref).length, 1);
  });

  it('carries the NTIA minimum elements', () => {
    const bom = buildCycloneDx(root, samplePackages());
    assert.match(bom.serialNumber, /^urn:uuid:[0-9a-f-]{36}$/);
    assert.match(bom.metadata.timestamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    assert.deepEqual(bom.metadata.authors, [{ name: 'Ada Lovelace' }]);
    assert.equal(bom.metadata.tools.components[0]?.name, 'bulwark');
    assert.equal(bom.metadata.component.name, 'shop');
    assert.equal(bom.metadata.component.version, '1.2.3');
    for (const c of bom.components) assert.ok(c.name && c.version && c['bom-ref'] && c.purl);
  });

  it('is byte-identical when reproducible, and honours SOURCE_DATE_EPOCH', () => {
    const a = JSON.stringify(buildCycloneDx(root, samplePackages(), { reproducible: true }));
    const b = JSON.stringify(buildCycloneDx(root, [...samplePackages()].reverse(), { reproducible: true }));
    assert.equal(a, b);
    assert.match(a, /"timestamp":"1970-01-01T00:00:00Z"/);
    const withEpoch = buildCycloneDx(root, samplePackages(), {
      reproducible: true,
      env: { SOURCE_DATE_EPOCH: '1700000000' },
    });
    assert.equal(withEpoch.metadata.timestamp, '2023-11-14T22:13:20Z');
    const other = buildCycloneDx(root, [...samplePackages(), pkg({ name: 'extra', version: '1.0.0' })], {
      reproducible: true,
    });
    assert.notEqual(other.serialNumber, JSON.parse(a).serialNumber);
    const random1 = buildCycloneDx(root, samplePackages());
    const random2 = buildCycloneDx(root, samplePackages());
    assert.notEqual(random1.serialNumber, random2.serialNumber);
  });

  it('leaves dev packages out when asked, and still validates', () => {
    const bom = buildCycloneDx(root, samplePackages(), { includeDev: false });
    assert.ok(!bom.components.some((c) => c.name === 'node'));
    assertValid(bom);
  });

  it('reads the root component from package.json or pyproject.toml', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bulwark-sbom-'));
    writeFileSync(
      join(dir, 'pyproject.toml'),
      '[project]\nname = "My_App"\nversion = "0.3.0"\nauthors = [{ name = "Grace Hopper", email = "g@example.com" }]\n',
    );
    const bom = buildCycloneDx(dir, [pkg({ name: 'left-pad', version: '1.3.0', integrity: [sri('lp')] })]);
    assert.equal(bom.metadata.component.name, 'My_App');
    assert.equal(bom.metadata.component.purl, 'pkg:pypi/my-app@0.3.0');
    assert.deepEqual(bom.metadata.authors, [{ name: 'Grace Hopper' }]);
    assertValid(bom);
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ name: '@acme/web', version: '2.0.0', author: 'Acme <x@example.com>' }),
    );
    const npmBom = buildCycloneDx(dir, []);
    assert.equal(npmBom.metadata.component.purl, 'pkg:npm/%40acme/web@2.0.0');
    assert.deepEqual(npmBom.metadata.authors, [{ name: 'Acme' }]);
    assertValid(npmBom);
  });
});
