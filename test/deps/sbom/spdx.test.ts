import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseIntegrity } from '../../../src/deps/sbom/hashes.js';
import { buildSpdx, purlOf } from '../../../src/deps/sbom/index.js';
import { classifyLicense, KNOWN_SPDX_IDS } from '../../../src/deps/sbom/licenses.js';
import { samplePackages } from './fixtures.js';

const root = { name: 'shop', version: '1.2.3', authors: ['Ada Lovelace'], purl: 'pkg:npm/shop@1.2.3' };

describe('buildSpdx', () => {
  it('writes the SPDX 2.3 document fields', () => {
    const doc = buildSpdx(root, samplePackages(), { reproducible: true });
    assert.equal(doc.spdxVersion, 'SPDX-2.3');
    assert.equal(doc.dataLicense, 'CC0-1.0');
    assert.equal(doc.SPDXID, 'SPDXRef-DOCUMENT');
    assert.match(doc.documentNamespace, /^https:\/\/spdx\.org\/spdxdocs\/bulwark\/shop-1\.2\.3-[0-9a-f-]{36}$/);
    assert.deepEqual(doc.creationInfo, { created: '1970-01-01T00:00:00Z', creators: ['Tool: bulwark-0.1.0'] });
    const ids = doc.packages.map((p) => p.SPDXID);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^SPDXRef-[A-Za-z0-9.-]+$/);
    // root + 7 unique packages (qs appears in two lockfiles)
    assert.equal(doc.packages.length, 8);
  });

  it('declares licenses, checksums and purls; NOASSERTION when unknown', () => {
    const doc = buildSpdx(root, samplePackages(), { reproducible: true });
    const byName = new Map(doc.packages.map((p) => [p.name, p]));
    assert.equal(byName.get('qs')?.licenseDeclared, 'BSD-3-Clause');
    assert.equal(byName.get('weird-license')?.licenseDeclared, 'NOASSERTION');
    assert.equal(byName.get('Requests')?.licenseDeclared, 'NOASSERTION');
    assert.equal(byName.get('dual')?.licenseDeclared, 'MIT OR Apache-2.0');
    assert.equal(byName.get('qs')?.checksums?.[0]?.algorithm, 'SHA512');
    assert.equal(byName.get('qs')?.checksums?.[0]?.checksumValue.length, 128);
    assert.equal(byName.get('@types/node')?.externalRefs?.[0]?.referenceLocator, 'pkg:npm/%40types/node@20.1.0');
    assert.equal(byName.get('@types/node')?.supplier, 'Organization: @types');
    assert.equal(byName.get('express')?.downloadLocation, 'NOASSERTION');
  });

  it('relates DESCRIBES and DEPENDS_ON', () => {
    const doc = buildSpdx(root, samplePackages(), { reproducible: true });
    const idOf = (name: string) => doc.packages.find((p) => p.name === name)?.SPDXID;
    const has = (from: string | undefined, type: string, to: string | undefined) =>
      doc.relationships.some(
        (r) => r.spdxElementId === from && r.relationshipType === type && r.relatedSpdxElement === to,
      );
    assert.ok(has('SPDXRef-DOCUMENT', 'DESCRIBES', 'SPDXRef-RootPackage'));
    assert.ok(has('SPDXRef-RootPackage', 'DEPENDS_ON', idOf('express')));
    assert.ok(has(idOf('express'), 'DEPENDS_ON', idOf('body-parser')));
    assert.ok(!has('SPDXRef-RootPackage', 'DEPENDS_ON', idOf('qs')));
  });

  it('is reproducible', () => {
    const a = JSON.stringify(buildSpdx(root, samplePackages(), { reproducible: true }));
    const b = JSON.stringify(buildSpdx(root, [...samplePackages()].reverse(), { reproducible: true }));
    assert.equal(a, b);
  });
});

describe('purl, hashes and licenses', () => {
  it('builds purls per ecosystem', () => {
    assert.equal(purlOf({ ecosystem: 'npm', name: '@babel/core', version: '7.0.0' }), 'pkg:npm/%40babel/core@7.0.0');
    assert.equal(
      purlOf({ ecosystem: 'PyPI', name: 'Django_REST.framework', version: '3.0' }),
      'pkg:pypi/django-rest-framework@3.0',
    );
    assert.equal(
      purlOf({ ecosystem: 'Go', name: 'github.com/gorilla/mux', version: 'v1.8.0' }),
      'pkg:golang/github.com/gorilla/mux@v1.8.0',
    );
    assert.equal(
      purlOf({ ecosystem: 'crates.io', name: 'serde', version: '1.0.0+build' }),
      'pkg:cargo/serde@1.0.0%2Bbuild',
    );
  });

  it('converts integrity values and ignores what is not a hash', () => {
    assert.equal(parseIntegrity('sha1-AAAAAAAAAAAAAAAAAAAAAAAAAAA=')?.content, '0'.repeat(40));
    assert.equal(parseIntegrity(`sha256:${'ab'.repeat(32)}`)?.alg, 'SHA-256');
    assert.equal(parseIntegrity('h1:abc='), undefined);
    assert.equal(parseIntegrity('sha512-tooshort'), undefined);
  });

  it('classifies licenses; every shipped SPDX id is in the SPDX list', () => {
    const schema = JSON.parse(readFileSync(new URL('./schemas/spdx.schema.json', import.meta.url), 'utf8')) as {
      enum: string[];
    };
    const official = new Set(schema.enum);
    for (const id of KNOWN_SPDX_IDS) assert.ok(official.has(id), id);
    assert.deepEqual(classifyLicense('mit'), { kind: 'id', value: 'MIT' });
    assert.deepEqual(classifyLicense('GPL-3.0'), { kind: 'id', value: 'GPL-3.0-only' });
    assert.deepEqual(classifyLicense('Apache-2.0 AND MIT'), { kind: 'expression', value: 'Apache-2.0 AND MIT' });
    assert.deepEqual(classifyLicense('Proprietary'), { kind: 'name', value: 'Proprietary' });
    assert.equal(classifyLicense('UNKNOWN'), undefined);
  });
});
