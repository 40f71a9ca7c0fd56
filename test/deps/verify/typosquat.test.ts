import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { popularList } from '../../../src/deps/verify/popular.js';
import { checkTyposquat, keysAdjacent } from '../../../src/deps/verify/typosquat.js';

describe('checkTyposquat', () => {
  const flagged: [string, 'npm' | 'PyPI', string, string][] = [
    ['expresss', 'npm', 'express', 'repetition'],
    ['lodahs', 'npm', 'lodash', 'transposition'],
    ['expres', 'npm', 'express', 'omission'],
    ['exprwss', 'npm', 'express', 'keyboard-adjacent'],
    ['l0dash', 'npm', 'lodash', 'homoglyph'],
    ['react_dom', 'npm', 'react-dom', 'separator'],
    ['reactdom', 'npm', 'react-dom', 'separator'],
    ['@typs/node', 'npm', '@types/node', 'omission'],
    ['@types-node', 'npm', '@types/node', 'scope-confusion'],
    ['@evil/lodash', 'npm', 'lodash', 'scope-confusion'],
    ['reqeusts', 'PyPI', 'requests', 'transposition'],
    ['djang0', 'PyPI', 'django', 'homoglyph'],
    ['pythondateutil', 'PyPI', 'python-dateutil', 'separator'],
  ];
  for (const [name, ecosystem, target, kind] of flagged) {
    it(`flags ${name} as ${kind} of ${target}`, () => {
      const match = checkTyposquat(ecosystem, name);
      assert.equal(match?.target, target);
      assert.equal(match?.kind, kind);
    });
  }

  const clean: [string, 'npm' | 'PyPI'][] = [
    ['express', 'npm'],
    ['lodash', 'npm'],
    ['react-dom', 'npm'],
    ['left-pad', 'npm'],
    ['@types/express', 'npm'],
    ['@babel/lodash', 'npm'],
    ['my-company-internal-utils', 'npm'],
    ['requests', 'PyPI'],
    ['python_dateutil', 'PyPI'],
    ['Django', 'PyPI'],
  ];
  for (const [name, ecosystem] of clean) {
    it(`does not flag ${name}`, () => assert.equal(checkTyposquat(ecosystem, name), undefined));
  }

  it('has no list (and no verdict) for ecosystems without one', () => {
    assert.equal(checkTyposquat('Go', 'github.com/gorila/mux'), undefined);
  });

  it('knows the QWERTY neighbours', () => {
    assert.ok(keysAdjacent('s', 'w') && keysAdjacent('g', 'h') && keysAdjacent('n', 'm'));
    assert.ok(!keysAdjacent('a', 'p') && !keysAdjacent('q', 'm'));
  });

  it('flags few of the less popular but real npm packages as imitations of the top 2000', () => {
    const list = popularList('npm');
    assert.ok(list);
    const top = {
      ...list,
      names: list.names.slice(0, 2000),
      rank: new Map([...list.rank].filter(([, r]) => r <= 2000)),
    };
    const others = list.names.slice(5000, 7000);
    const falsePositives = others.filter((name) => checkTyposquat('npm', name, top));
    assert.ok(
      falsePositives.length / others.length < 0.05,
      `${falsePositives.length}: ${falsePositives.slice(0, 20).join(', ')}`,
    );
  });
});
