import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const built = existsSync(new URL('../dist/cli/registry.js', import.meta.url));

test('docs/commands.md, docs/policy.md and schema/default-policy.json match the code (regenerate with node scripts/gen-docs.mjs)', {
  skip: !built && 'run `npm run build` first',
}, async () => {
  // @ts-expect-error: plain ESM script without types
  const { commandsMarkdown, policyMarkdown, defaultPolicyJson } = await import('../scripts/gen-docs.mjs');
  assert.equal(readFileSync('docs/commands.md', 'utf8'), await commandsMarkdown());
  assert.equal(readFileSync('docs/policy.md', 'utf8'), policyMarkdown());
  assert.equal(readFileSync('schema/default-policy.json', 'utf8'), defaultPolicyJson());
});

test('every command in the registry loads and has usage text', async () => {
  const { COMMANDS, loadCommand } = await import('../src/cli/registry.js');
  for (const name of Object.keys(COMMANDS)) {
    const command = await loadCommand(name);
    assert.ok(command, name);
    assert.match(command.usage, /Usage|bulwark/i, name);
  }
});

test('every rule of every scanner has metadata the reports need, and ids are unique', async () => {
  const { SCANNERS } = await import('../src/scanners/registry.js');
  const seen = new Set<string>();
  for (const entry of SCANNERS) {
    const scanner = await entry.load();
    assert.equal(scanner.id, entry.id);
    for (const rule of scanner.rules) {
      assert.ok(!seen.has(rule.id), `duplicate rule id ${rule.id}`);
      seen.add(rule.id);
      assert.ok(rule.title && rule.description && rule.remediation, rule.id);
      assert.ok(
        rule.cwe.every((cwe) => /^CWE-\d+$/.test(cwe)),
        `${rule.id}: ${rule.cwe.join(',')}`,
      );
    }
  }
  assert.ok(seen.size > 150);
});
