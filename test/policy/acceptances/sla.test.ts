import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { Finding, Severity } from '../../../src/core/finding.js';
import { computeSla, FIRST_SEEN_FILE, updateFirstSeen } from '../../../src/policy/acceptances/index.js';
import { acceptancesSection } from '../../../src/policy/sections/acceptances.js';

const policy = acceptancesSection.parse({});
const f = (fingerprint: string, severity: Severity) =>
  ({
    fingerprint,
    severity,
    ruleId: 'r',
    location: { path: 'a', startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
  }) as Finding;

test('SLA due dates per severity and breach flags', () => {
  const seen = new Map([
    ['crit', '2026-01-01'],
    ['high', '2026-01-01'],
    ['low', '2026-01-01'],
  ]);
  const now = new Date('2026-01-10T12:00:00Z');
  const [crit, high, low, fresh, info] = computeSla(
    [f('crit', 'critical'), f('high', 'high'), f('low', 'low'), f('new', 'medium'), f('info', 'info')],
    seen,
    policy,
    now,
  );
  assert.deepEqual([crit?.due, crit?.breached, crit?.daysLeft], ['2026-01-08', true, -2]);
  assert.deepEqual([high?.due, high?.breached], ['2026-01-31', false]);
  assert.equal(low?.due, '2026-05-01');
  assert.deepEqual([fresh?.firstSeen, fresh?.due, fresh?.breached], ['2026-01-10', '2026-04-10', false]);
  assert.deepEqual([info?.due, info?.breached], [undefined, false]);
  const onDue = computeSla([f('crit', 'critical')], seen, policy, new Date('2026-01-08T23:00:00Z'))[0];
  assert.equal(onDue?.breached, false);
});

const dirs: string[] = [];
after(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

test('updateFirstSeen keeps existing dates and adds new fingerprints', async () => {
  const root = mkdtempSync(join(tmpdir(), 'bulwark-sla-'));
  dirs.push(root);
  await updateFirstSeen(root, [f('a', 'high')], new Date('2026-01-01T00:00:00Z'));
  const map = await updateFirstSeen(root, [f('a', 'high'), f('b', 'low')], new Date('2026-02-01T00:00:00Z'));
  assert.deepEqual(Object.fromEntries(map), { a: '2026-01-01', b: '2026-02-01' });
  assert.deepEqual(JSON.parse(readFileSync(join(root, FIRST_SEEN_FILE), 'utf8')), { a: '2026-01-01', b: '2026-02-01' });
});
