import assert from 'node:assert/strict';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Finding } from '../../src/core/finding.js';
import type { ScanContext } from '../../src/core/scanner.js';
import { importAdvisories } from '../../src/deps/osv/import.js';
import { policySchema } from '../../src/policy/schema.js';
import { depsScanner } from '../../src/scanners/deps/index.js';
import {
  buildLockfiles,
  expectedPairs,
  pep503,
  type RawAdvisory,
  readNswg,
  readPypa,
  selectPackages,
} from './accuracy-helpers.js';
import { ADVISORY_FIXTURES, tempDir } from './helpers.js';

const DATA = '/work/shared/data/advisories';
const DECOYS = ['django_rest_framework==3.9.0', 'not-a-real-package-bulwark==1.0'];

async function score(advisories: RawAdvisory[], sources: string[], count: number) {
  const dbDir = tempDir();
  importAdvisories(sources, dbDir);
  const selected = selectPackages(advisories, count);
  const expected = expectedPairs(selected, advisories);
  const root = tempDir('bulwark-accuracy-');
  const files = buildLockfiles(selected, DECOYS);
  for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text);
  mkdirSync(root, { recursive: true });
  const context: ScanContext = {
    root,
    policy: policySchema.parse({}),
    options: { online: false, dbDir },
    skip: (s) => assert.fail(`unexpected skip ${JSON.stringify(s)}`),
    note: () => {},
  };
  const target = {
    root,
    files: Object.keys(files).map((path) => ({
      path,
      absolutePath: join(root, path),
      size: statSync(join(root, path)).size,
    })),
  };
  const findings: Finding[] = await (depsScanner.scanProject?.(target, context) ?? Promise.resolve([]));
  const foundIds = new Map<string, Set<string>>();
  for (const finding of findings) {
    const pkg = finding.properties?.package as { ecosystem: string; name: string; version: string };
    const name = pkg.ecosystem === 'PyPI' ? pep503(pkg.name) : pkg.name;
    const key = `${pkg.ecosystem}:${name}@${pkg.version}`;
    const ids = foundIds.get(key) ?? new Set<string>();
    for (const id of (finding.properties?.advisories ?? []) as string[]) ids.add(id);
    foundIds.set(key, ids);
  }
  const missed = [...expected].filter((pair) => {
    const [pkg = '', id = ''] = pair.split('|');
    return !foundIds.get(pkg)?.has(id);
  });
  const expectedByPkg = new Map<string, Set<string>>();
  for (const pair of expected) {
    const [pkg = '', id = ''] = pair.split('|');
    expectedByPkg.set(pkg, (expectedByPkg.get(pkg) ?? new Set()).add(id));
  }
  const falseFlags = findings.filter((finding) => {
    const pkg = finding.properties?.package as { ecosystem: string; name: string; version: string };
    const name = pkg.ecosystem === 'PyPI' ? pep503(pkg.name) : pkg.name;
    const wanted = expectedByPkg.get(`${pkg.ecosystem}:${name}@${pkg.version}`) ?? new Set<string>();
    return !((finding.properties?.advisories ?? []) as string[]).some((id) => wanted.has(id));
  });
  return { selected, expected, missed, falseFlags, recall: 1 - missed.length / Math.max(1, expected.size) };
}

describe('matching accuracy against an independent reference', () => {
  it('fixture advisories: ~100 packages on and around range boundaries', async () => {
    const advisories = [
      ...readNswg(join(ADVISORY_FIXTURES, 'nodejs-security-wg')),
      ...readPypa(join(ADVISORY_FIXTURES, 'pypa')),
    ];
    const result = await score(
      advisories,
      [join(ADVISORY_FIXTURES, 'nodejs-security-wg'), join(ADVISORY_FIXTURES, 'pypa')],
      100,
    );
    assert.ok(result.selected.length >= 90, `selected ${result.selected.length}`);
    assert.ok(result.expected.size >= 30, `expected pairs ${result.expected.size}`);
    assert.ok(result.recall >= 0.99, `recall ${result.recall}, missed ${result.missed.join(', ')}`);
    assert.ok(result.falseFlags.length <= 1, `false flags: ${result.falseFlags.map((f) => f.title).join('; ')}`);
  });

  it('held-out: ~300 packages after importing all of pypa and the security-wg npm records', async () => {
    const sources = [join(DATA, 'pypa', 'vulns'), join(DATA, 'nodejs-security-wg', 'vuln', 'npm')];
    const advisories = [...readNswg(sources[1] as string), ...readPypa(sources[0] as string)];
    const result = await score(advisories, sources, 300);
    assert.ok(result.selected.length >= 280, `selected ${result.selected.length}`);
    assert.ok(result.recall >= 0.99, `recall ${result.recall}, missed ${result.missed.slice(0, 10).join(', ')}`);
    assert.ok(result.falseFlags.length <= 1, `false flags: ${result.falseFlags.map((f) => f.title).join('; ')}`);
    process.stdout.write(
      `# held-out: ${result.selected.length} packages, ${result.expected.size} expected pairs, recall ${result.recall.toFixed(4)}, false flags ${result.falseFlags.length}\n`,
    );
  });
});
