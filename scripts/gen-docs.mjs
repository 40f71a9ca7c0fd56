// Generates docs/commands.md (every command's help) and docs/policy.md (every policy field) from the code, so
// the docs cannot drift: test/docs.test.ts fails when they are out of date. Run after `npm run build`.
import { writeFileSync } from 'node:fs';
import { COMMANDS, loadCommand } from '../dist/cli/registry.js';
import { policyJsonSchema } from '../dist/policy/json-schema.js';
import { policySchema } from '../dist/policy/schema.js';

export async function commandsMarkdown() {
  const parts = [
    '# Commands',
    '',
    "Generated from each command's `--help` by `node scripts/gen-docs.mjs`; do not edit by hand.",
    '',
  ];
  parts.push('| command | what it does |', '|---|---|');
  for (const [name, { summary }] of Object.entries(COMMANDS))
    parts.push(`| [\`bulwark ${name}\`](#bulwark-${name}) | ${summary} |`);
  parts.push(
    '',
    'Exit codes everywhere: 0 nothing blocks (or success), 1 something blocks (or a check failed), 2 usage, configuration or internal error.',
    '',
  );
  for (const name of Object.keys(COMMANDS)) {
    const command = await loadCommand(name);
    parts.push(`## bulwark ${name}`, '', '```text', command.usage.trimEnd(), '```', '');
  }
  return parts.join('\n');
}

function describe(name, schema, depth, rows) {
  const properties = schema.properties ?? {};
  for (const [key, value] of Object.entries(properties)) {
    const path = name ? `${name}.${key}` : key;
    const type =
      value.type === 'array'
        ? `list of ${value.items?.enum ? value.items.enum.join(' / ') : (value.items?.type ?? 'values')}`
        : (value.type ?? (value.enum ? value.enum.join(' / ') : 'see schema'));
    const fallback =
      value.default === undefined || (typeof value.default === 'object' && !Array.isArray(value.default))
        ? ''
        : `\`${JSON.stringify(value.default)}\``;
    rows.push(`| \`${path}\` | ${type} | ${fallback} | ${(value.description ?? '').replace(/\|/g, '\\|')} |`);
    if (value.type === 'object' && depth < 3) describe(path, value, depth + 1, rows);
  }
}

export function policyMarkdown() {
  const schema = policyJsonSchema();
  const rows = [];
  describe('', schema, 0, rows);
  return [
    '# security-policy.yaml',
    '',
    'Generated from the policy schema by `node scripts/gen-docs.mjs`; do not edit by hand. Every key is optional;',
    'an unknown key or a wrong type is an error that names the key and its line (exit code 2). Editors can validate',
    'with the JSON Schema: `bulwark policy --schema > security-policy.schema.json` and the first line',
    '`# yaml-language-server: $schema=./security-policy.schema.json`.',
    '',
    '| field | type | default | meaning |',
    '|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

/** The defaults the CLI reads when there is no policy file (so a scan need not load the schema library). */
export function defaultPolicyJson() {
  return `${JSON.stringify(policySchema.parse({}), null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync('docs/commands.md', await commandsMarkdown());
  writeFileSync('docs/policy.md', policyMarkdown());
  writeFileSync('schema/security-policy.schema.json', `${JSON.stringify(policyJsonSchema(), null, 2)}\n`);
  writeFileSync('schema/default-policy.json', defaultPolicyJson());
  console.log('wrote docs/commands.md, docs/policy.md, schema/security-policy.schema.json, schema/default-policy.json');
}
