import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cvss3BaseScore } from '../../src/deps/osv/cvss.js';
import { isAffected, matchPackage } from '../../src/deps/osv/match.js';
import { advisorySeverity } from '../../src/deps/osv/severity.js';
import type { OsvAffected, OsvRecord } from '../../src/deps/osv/types.js';
import type { Ecosystem, Package } from '../../src/deps/types.js';

function pkg(ecosystem: Ecosystem, name: string, version: string): Package {
  return { ecosystem, name, version, direct: true, dev: false, source: 'lock', path: [name] };
}

function affected(ecosystem: string, name: string, extra: Partial<OsvAffected>): OsvAffected {
  return { package: { ecosystem, name }, ...extra };
}

describe('OSV range boundaries', () => {
  const range = affected('PyPI', 'x', {
    ranges: [
      {
        type: 'ECOSYSTEM',
        events: [{ introduced: '1.0' }, { fixed: '1.4.2' }, { introduced: '2.0a1' }, { last_affected: '2.3' }],
      },
    ],
  });
  const cases: [string, boolean][] = [
    ['0.9', false],
    ['1.0', true], // introduced is inclusive
    ['1.0.0', true],
    ['1.4.1', true],
    ['1.4.2rc1', true],
    ['1.4.2', false], // fixed is exclusive
    ['1.9', false],
    ['2.0a1', true],
    ['2.3', true], // last_affected is inclusive
    ['2.3.post1', false],
    ['2.4', false],
  ];
  for (const [version, expected] of cases) {
    it(`${version} -> ${expected}`, () => assert.equal(isAffected('PyPI', version, range), expected));
  }
  it('treats introduced "0" as every version, limits cap the range', () => {
    const all = affected('npm', 'y', { ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }] }] });
    assert.ok(isAffected('npm', '0.0.1', all));
    assert.ok(isAffected('npm', '99.0.0', all));
    const limited = affected('npm', 'y', {
      ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { limit: '2.0.0' }] }],
    });
    assert.ok(isAffected('npm', '1.9.9', limited));
    assert.ok(!isAffected('npm', '2.0.0', limited));
  });
  it('matches explicit version lists and ignores GIT ranges', () => {
    const listed = affected('PyPI', 'z', {
      versions: ['1.0', '1.1'],
      ranges: [{ type: 'GIT', repo: 'https://example.invalid/r', events: [{ introduced: '0' }] }],
    });
    assert.ok(isAffected('PyPI', '1.1', listed));
    assert.ok(isAffected('PyPI', '1.1.0', listed));
    assert.ok(!isAffected('PyPI', '1.2', listed));
  });
  it('handles several ranges and Go pseudo-versions', () => {
    const go = affected('Go', 'example.com/m', {
      ranges: [
        { type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '0.0.0-20200601000000-abcdefabcdef' }] },
        { type: 'SEMVER', events: [{ introduced: '1.5.0' }, { fixed: '1.5.3' }] },
      ],
    });
    assert.ok(isAffected('Go', 'v0.0.0-20190101000000-aaaaaaaaaaaa', go));
    assert.ok(!isAffected('Go', 'v0.0.0-20210101000000-aaaaaaaaaaaa', go));
    assert.ok(isAffected('Go', 'v1.5.2', go));
    assert.ok(!isAffected('Go', 'v1.5.3', go));
    assert.ok(!isAffected('Go', 'v1.4.0', go));
  });
});

describe('matchPackage', () => {
  const base = (id: string, aliases: string[], extra: Partial<OsvRecord> = {}): OsvRecord => ({
    id,
    aliases,
    summary: `summary of ${id}`,
    affected: [
      affected('PyPI', 'Django', {
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '3.2.5' }] }],
      }),
    ],
    ...extra,
  });
  it('groups aliases into one vulnerability and lists fixed versions above the installed one', () => {
    const records = [
      base('PYSEC-2021-1', ['CVE-2021-0001']),
      base('GHSA-aaaa-bbbb-cccc', ['CVE-2021-0001'], {
        severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }],
      }),
      base('PYSEC-2021-2', []),
    ];
    const matches = matchPackage(pkg('PyPI', 'django', '3.2.4'), records);
    assert.equal(matches.length, 2);
    const grouped = matches.find((m) => m.ids.includes('CVE-2021-0001'));
    assert.deepEqual(grouped?.ids, ['CVE-2021-0001', 'GHSA-aaaa-bbbb-cccc', 'PYSEC-2021-1']);
    assert.equal(grouped?.primaryId, 'CVE-2021-0001');
    assert.equal(grouped?.severity, 'critical');
    assert.deepEqual(grouped?.fixed, ['3.2.5']);
    assert.equal(matchPackage(pkg('PyPI', 'django', '3.2.5'), records).length, 0);
  });
  it('ignores withdrawn records and other packages', () => {
    const records = [base('PYSEC-1', [], { withdrawn: '2023-01-01T00:00:00Z' }), base('PYSEC-2', [])];
    assert.deepEqual(
      matchPackage(pkg('PyPI', 'django', '1.0'), records).map((m) => m.primaryId),
      ['PYSEC-2'],
    );
    assert.equal(matchPackage(pkg('PyPI', 'flask', '1.0'), records).length, 0);
    assert.equal(matchPackage(pkg('npm', 'django', '1.0.0'), records).length, 0);
  });
});

describe('severity', () => {
  it('computes CVSS v3 base scores', () => {
    assert.equal(cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'), 9.8);
    assert.equal(cvss3BaseScore('CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:L/A:N'), 6.5);
    assert.equal(cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H'), 10);
    assert.equal(cvss3BaseScore('CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:N/A:N'), 5.5);
    assert.equal(cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:L/I:L/A:N'), 6.4);
    assert.equal(cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N'), 0);
    assert.equal(cvss3BaseScore('CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:U/A:U'), undefined);
    assert.equal(cvss3BaseScore('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N'), undefined);
  });
  it('falls back to database_specific, then medium', () => {
    const record: OsvRecord = { id: 'X', affected: [] };
    assert.equal(advisorySeverity(record).severity, 'medium');
    assert.equal(advisorySeverity({ ...record, database_specific: { severity: 'MODERATE' } }).severity, 'medium');
    assert.equal(advisorySeverity({ ...record, database_specific: { severity: 'HIGH' } }).severity, 'high');
    assert.equal(advisorySeverity({ ...record, database_specific: { cvss_score: 9.3 } }).severity, 'critical');
    const v4 = {
      ...record,
      severity: [{ type: 'CVSS_V4', score: 'CVSS:4.0/AV:N' }],
      database_specific: { severity: 'LOW' },
    };
    assert.equal(advisorySeverity(v4).severity, 'low');
  });
});
