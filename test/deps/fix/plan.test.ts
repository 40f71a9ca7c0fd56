import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  applyPlan,
  clears,
  lowestClearingVersion,
  planFixes,
  unifiedDiff,
  type VulnerabilityInput,
} from '../../../src/deps/fix/index.js';
import { npmRange, pipSpec } from '../../../src/deps/fix/ranges.js';
import type { Package } from '../../../src/deps/types.js';

function pkg(partial: Partial<Package> & Pick<Package, 'name' | 'version'>): Package {
  return { ecosystem: 'npm', direct: false, dev: false, source: 'package-lock.json', path: [partial.name], ...partial };
}

describe('target versions', () => {
  it('picks the lowest fixed version that clears every advisory', () => {
    assert.equal(lowestClearingVersion('npm', '1.1.0', [{ fixed: ['1.2.3', '2.1.1'] }]), '1.2.3');
    assert.equal(lowestClearingVersion('npm', '1.1.0', [{ fixed: ['1.2.3', '2.1.1'] }, { fixed: ['1.4.0'] }]), '1.4.0');
    // 2.0.1 fixes B but is still in A's 2.x range: the answer is A's 2.x fix.
    assert.equal(lowestClearingVersion('npm', '1.1.0', [{ fixed: ['1.2.3', '2.1.1'] }, { fixed: ['2.0.1'] }]), '2.1.1');
    assert.equal(lowestClearingVersion('npm', '1.1.0', [{ fixed: [] }]), undefined);
    assert.ok(!clears('npm', '2.0.5', ['1.2.3', '2.1.1']));
    assert.ok(clears('PyPI', '2.31.0', ['2.31.0']));
  });

  it('uses the exact affected test when the matcher gives one', () => {
    const affects = (v: string) => v !== '3.0.0';
    assert.equal(lowestClearingVersion('npm', '1.0.0', [{ fixed: ['2.0.0', '3.0.0'], affects }]), '3.0.0');
  });

  it('keeps the range style', () => {
    assert.equal(npmRange('^4.17.0', '4.17.21'), '^4.17.21');
    assert.equal(npmRange('~1.2.0', '1.2.5'), '~1.2.5');
    assert.equal(npmRange('1.2.0', '1.2.5'), '1.2.5');
    assert.equal(npmRange('>=1.0.0', '1.2.5'), '>=1.2.5');
    assert.equal(npmRange('*', '1.2.5'), '^1.2.5');
    assert.equal(pipSpec('==2.30.0', '2.31.0'), '==2.31.0');
    assert.equal(pipSpec('>=2.0,<3', '2.31.0'), '>=2.31.0');
  });
});

const PACKAGE_JSON = `{
    "name": "shop",
    "dependencies": {
        "express": "^4.17.0",
        "lodash": "~4.17.10"
    },
    "devDependencies": {
        "mocha": "10.0.0"
    }
}
`;

function vuln(
  p: Package,
  fixed: string[],
  id: string,
  severity: VulnerabilityInput['severity'] = 'high',
): VulnerabilityInput {
  return { package: p, ids: [id], fixed, severity };
}

describe('planFixes and applyPlan', () => {
  const express = pkg({ name: 'express', version: '4.17.1', direct: true });
  const lodash = pkg({ name: 'lodash', version: '4.17.11', direct: true });
  const qs = pkg({ name: 'qs', version: '6.5.2', path: ['express', 'body-parser', 'qs'] });
  const qsOld = pkg({ name: 'qs', version: '6.2.0', path: ['other', 'qs'] });
  const requests = pkg({
    ecosystem: 'PyPI',
    name: 'requests',
    version: '2.30.0',
    direct: true,
    source: 'api/requirements.txt',
  });
  const urllib3 = pkg({
    ecosystem: 'PyPI',
    name: 'urllib3',
    version: '1.26.5',
    source: 'api/requirements.txt',
    path: ['requests', 'urllib3'],
  });
  const files: Record<string, string> = {
    'package.json': PACKAGE_JSON,
    'api/requirements.txt': '# api\nRequests[socks]==2.30.0 ; python_version >= "3.8"  # http\nflask>=2.0\n',
  };
  const readFile = (p: string) => files[p];
  const packages = [express, lodash, qs, qsOld, requests, urllib3, pkg({ name: 'safe', version: '1.0.0' })];
  const vulns = [
    vuln(express, ['4.19.2'], 'GHSA-express-1'),
    vuln(lodash, ['4.17.12'], 'GHSA-lodash-1', 'critical'),
    vuln(lodash, ['4.17.21'], 'GHSA-lodash-2', 'high'),
    vuln(qs, ['6.5.3', '6.10.3'], 'GHSA-qs-1'),
    vuln(qsOld, ['6.2.4'], 'GHSA-qs-2'),
    vuln(requests, ['2.31.0'], 'PYSEC-requests'),
    vuln(urllib3, ['1.26.18', '2.0.7'], 'PYSEC-urllib3'),
    vuln(pkg({ name: 'nofix', version: '1.0.0', direct: true }), [], 'GHSA-nofix'),
  ];
  packages.push(vulns[7]?.package as Package);
  const plan = planFixes(packages, vulns, { readFile });
  const fixFor = (name: string, version?: string) =>
    plan.fixes.find((f) => f.package.name === name && (!version || f.package.version === version));

  it('upgrades direct dependencies in their own range style, clearing every advisory', () => {
    assert.deepEqual(fixFor('express')?.action, {
      kind: 'upgrade-direct',
      manifest: 'package.json',
      section: 'dependencies',
      fromRange: '^4.17.0',
      toRange: '^4.19.2',
    });
    assert.equal(fixFor('lodash')?.targetVersion, '4.17.21');
    assert.deepEqual(fixFor('lodash')?.ids, ['GHSA-lodash-1', 'GHSA-lodash-2']);
    assert.equal(fixFor('lodash')?.severity, 'critical');
    assert.equal(plan.fixes[0]?.package.name, 'lodash');
  });

  it('overrides transitive dependencies, one entry per package', () => {
    assert.deepEqual(fixFor('qs', '6.5.2')?.action, {
      kind: 'override',
      manifest: 'package.json',
      field: 'overrides',
      toRange: '^6.5.3',
      via: 'express > body-parser',
    });
    assert.equal(fixFor('qs', '6.2.0')?.action.kind, 'manual');
  });

  it('pins Python packages in requirements files', () => {
    assert.deepEqual(fixFor('requests')?.action, {
      kind: 'upgrade-direct',
      manifest: 'api/requirements.txt',
      fromRange: '==2.30.0',
      toRange: '==2.31.0',
    });
    assert.deepEqual(fixFor('urllib3')?.action, {
      kind: 'pin',
      manifest: 'api/requirements.txt',
      line: 'urllib3==1.26.18',
      via: 'requests',
    });
    assert.equal(fixFor('nofix')?.action.kind, 'manual');
    assert.equal(fixFor('safe'), undefined);
  });

  it('uses resolutions for yarn and pnpm.overrides for pnpm', () => {
    const yarnQs = { ...qs, source: 'web/yarn.lock' };
    const pnpmQs = { ...qs, source: 'pnpm-lock.yaml' };
    const p = planFixes([yarnQs, pnpmQs], [vuln(yarnQs, ['6.5.3'], 'A'), vuln(pnpmQs, ['6.5.3'], 'A')], {
      readFile: (f) => (f === 'web/package.json' || f === 'package.json' ? '{}\n' : undefined),
    });
    assert.deepEqual(
      p.fixes
        .map((f) => (f.action.kind === 'override' ? `${f.action.manifest}:${f.action.field}` : f.action.kind))
        .sort(),
      ['package.json:pnpm.overrides', 'web/package.json:resolutions'],
    );
  });

  it('applies edits keeping formatting and writes a patch git can apply', () => {
    const applied = applyPlan(plan, readFile);
    const pj = applied.changes.find((c) => c.path === 'package.json')?.after ?? '';
    assert.match(pj, /^ {4}"dependencies": \{\n {8}"express": "\^4\.19\.2",\n {8}"lodash": "~4\.17\.21"/m);
    assert.match(pj, /"overrides": \{\n {8}"qs": "\^6\.5\.3"\n {4}\}\n\}\n$/);
    assert.match(pj, /"mocha": "10\.0\.0"/);
    const req = applied.changes.find((c) => c.path === 'api/requirements.txt')?.after ?? '';
    assert.equal(
      req,
      '# api\nRequests[socks]==2.31.0 ; python_version >= "3.8"  # http\nflask>=2.0\nurllib3==1.26.18  # bulwark: fixes PYSEC-urllib3 (via requests)\n',
    );
    assert.ok(applied.skipped.some((s) => s.fix.package.name === 'nofix'));

    const dir = mkdtempSync(join(tmpdir(), 'bulwark-patch-'));
    execFileSync('mkdir', ['-p', join(dir, 'api')]);
    for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
    writeFileSync(join(dir, 'fix.patch'), applied.patch);
    execFileSync('git', ['apply', '--check', 'fix.patch'], { cwd: dir });
  });

  it('diffs files without a final newline and leaves equal files alone', () => {
    assert.equal(unifiedDiff('a.txt', 'x\n', 'x\n'), '');
    const patch = unifiedDiff('a.txt', 'one\ntwo', 'one\nthree');
    assert.match(patch, /-two\n\\ No newline at end of file\n\+three\n\\ No newline at end of file\n$/);
  });
});
