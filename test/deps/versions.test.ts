import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cargoRequirementToRange, compareCargo } from '../../src/deps/versions/cargo.js';
import { compareGo } from '../../src/deps/versions/go.js';
import { compareVersions } from '../../src/deps/versions/index.js';
import { compareNpm, lowerBounds, satisfiesNpmRange } from '../../src/deps/versions/npm.js';
import { comparePep440, normalizePypiName } from '../../src/deps/versions/pep440.js';

/** Each row is strictly ascending; every pair is checked both ways. */
function assertAscending(compare: (a: string, b: string) => number, rows: string[][]): void {
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) {
      for (let j = i + 1; j < row.length; j++) {
        const a = row[i] as string;
        const b = row[j] as string;
        assert.ok(compare(a, b) < 0, `${a} < ${b}`);
        assert.ok(compare(b, a) > 0, `${b} > ${a}`);
      }
      assert.equal(compare(row[i] as string, row[i] as string), 0);
    }
  }
}

describe('npm ordering', () => {
  it('orders prereleases before releases and numerically', () => {
    assertAscending(compareNpm, [
      ['1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-beta', '1.0.0-rc.1', '1.0.0', '1.0.1', '1.2.0', '1.10.0', '2.0.0'],
      ['0.0.9', '0.1.0', '4.17.4', '4.17.11', '4.17.19', '4.17.21'],
    ]);
  });
  it('satisfies ranges with prereleases included', () => {
    assert.ok(satisfiesNpmRange('2.0.0-rc.1', '<2.0.0'));
    assert.ok(satisfiesNpmRange('3.10.9', '<3.11 || >= 4 <4.5'));
    assert.ok(!satisfiesNpmRange('3.11.0', '<3.11 || >= 4 <4.5'));
    assert.ok(satisfiesNpmRange('4.4.9', '<3.11 || >= 4 <4.5'));
    assert.ok(!satisfiesNpmRange('not-a-version', '*'));
    assert.deepEqual(lowerBounds('>=3.11 <4 || >=4.5'), ['3.11.0', '4.5.0']);
  });
});

describe('PEP 440 ordering', () => {
  it('handles epochs, pre, post, dev and local versions', () => {
    assertAscending(comparePep440, [
      ['1.0.dev0', '1.0a1', '1.0a2.dev1', '1.0a2', '1.0b1', '1.0rc1', '1.0', '1.0+local.1', '1.0.post1', '1.1'],
      ['2.0', '1!0.5'],
      ['0.9', '1.0.0rc1', '1.0.0', '1.0.1', '1.10'],
    ]);
    assert.equal(comparePep440('1.0', '1.0.0'), 0);
    assert.equal(comparePep440('1.0RC1', '1.0rc1'), 0);
  });
  it('normalises names per PEP 503', () => {
    assert.equal(normalizePypiName('Django_REST.framework'), 'django-rest-framework');
    assert.equal(normalizePypiName('PyYAML'), 'pyyaml');
    assert.equal(normalizePypiName('zope__interface'), 'zope-interface');
  });
});

describe('Go ordering', () => {
  it('handles the leading v, pseudo-versions and +incompatible', () => {
    assertAscending(compareGo, [
      [
        'v0.0.0-20190101000000-aaaaaaaaaaaa',
        'v0.0.0-20200101000000-bbbbbbbbbbbb',
        'v0.1.0',
        'v1.2.3',
        'v1.2.4-0.20191109021931-daa7c04131f5',
        'v1.2.4',
        'v2.0.0+incompatible',
        'v2.1.0+incompatible',
        'v10.0.0',
      ],
    ]);
    assert.equal(compareGo('v2.0.0+incompatible', '2.0.0'), 0);
  });
});

describe('Cargo ordering', () => {
  it('is semver', () => {
    assertAscending(compareCargo, [['0.9.0', '0.12.2', '0.12.3', '0.13.0-alpha.1', '0.13.0', '1.0.0']]);
    assert.equal(compareVersions('crates.io', '1.0.0+build', '1.0.0'), 0);
  });
  it('reads Cargo requirements as caret ranges', () => {
    assert.equal(cargoRequirementToRange('>= 0.12.3, < 0.13.0'), '>=0.12.3 <0.13.0');
    assert.equal(cargoRequirementToRange('0.4'), '^0.4');
    assert.ok(satisfiesNpmRange('0.4.9', cargoRequirementToRange('0.4')));
    assert.ok(!satisfiesNpmRange('0.5.0', cargoRequirementToRange('0.4')));
  });
});
