import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { parse as parseToml } from 'smol-toml';
import { installAgentHooks } from '../../src/agents/install.js';
import { BulwarkError } from '../../src/core/errors.js';
import { scanTextForInjection } from '../../src/scanners/injection/index.js';

const dirs: string[] = [];
async function tempRoot(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'bulwark-agents-'));
  dirs.push(dir);
  return dir;
}
after(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

type Json = Record<string, unknown>;
const readJson = async (path: string) => JSON.parse(await readFile(path, 'utf8')) as Json;

test('claude: merges into existing settings, keeps other hooks and settings, is idempotent', async () => {
  const root = await tempRoot();
  await mkdir(join(root, '.claude'));
  const mine = { matcher: 'Bash', hooks: [{ type: 'command', command: 'echo mine' }] };
  await writeFile(
    join(root, '.claude/settings.json'),
    JSON.stringify({ permissions: { deny: ['Read(./.env)'] }, hooks: { PreToolUse: [mine] } }),
  );
  const first = await installAgentHooks('claude', root);
  assert.deepEqual(first.files, ['.claude/settings.json']);
  await installAgentHooks('claude', root);
  const settings = await readJson(join(root, '.claude/settings.json'));
  assert.deepEqual(settings.permissions, { deny: ['Read(./.env)'] });
  const hooks = settings.hooks as Record<string, Json[]>;
  assert.equal(hooks.PreToolUse?.length, 2, 'own hook kept, ours added once');
  assert.deepEqual(hooks.PreToolUse?.[0], mine);
  assert.equal(hooks.PreToolUse?.[1]?.matcher, 'Read|Edit|MultiEdit|Write|Bash');
  const promptHooks = (hooks.UserPromptSubmit?.[0]?.hooks ?? []) as Json[];
  const command = promptHooks[0]?.command;
  assert.equal(command, 'bulwark agent-hook --agent claude --event UserPromptSubmit');
  assert.ok(hooks.PostToolUse?.length === 1);
});

test('cursor: writes version 1 hooks.json with the four events', async () => {
  const root = await tempRoot();
  await installAgentHooks('cursor', root, { command: 'npx --no-install bulwark' });
  const config = await readJson(join(root, '.cursor/hooks.json'));
  assert.equal(config.version, 1);
  const hooks = config.hooks as Record<string, Json[]>;
  assert.deepEqual(Object.keys(hooks).sort(), [
    'afterFileEdit',
    'beforeReadFile',
    'beforeShellExecution',
    'beforeSubmitPrompt',
  ]);
  assert.equal(
    hooks.beforeReadFile?.[0]?.command,
    'npx --no-install bulwark agent-hook --agent cursor --event beforeReadFile',
  );
});

test('gemini: hooks with matchers in .gemini/settings.json, other settings kept', async () => {
  const root = await tempRoot();
  await mkdir(join(root, '.gemini'));
  await writeFile(join(root, '.gemini/settings.json'), JSON.stringify({ theme: 'dark' }));
  await installAgentHooks('gemini', root);
  const settings = await readJson(join(root, '.gemini/settings.json'));
  assert.equal(settings.theme, 'dark');
  const hooks = settings.hooks as Record<string, Json[]>;
  assert.match(String(hooks.BeforeTool?.[0]?.matcher), /read_file/);
  assert.ok(hooks.BeforeAgent && hooks.AfterTool);
});

test('codex: [hooks] tables in project .codex/config.toml or the user config, other keys kept', async () => {
  const root = await tempRoot();
  await mkdir(join(root, '.codex'));
  await writeFile(join(root, '.codex/config.toml'), 'model = "o3"\n');
  await installAgentHooks('codex', root);
  const config = parseToml(await readFile(join(root, '.codex/config.toml'), 'utf8')) as Json;
  assert.equal(config.model, 'o3');
  const hooks = config.hooks as Record<string, Json[]>;
  assert.equal(hooks.PreToolUse?.[0]?.matcher, 'Bash');
  const home = await tempRoot();
  const user = await installAgentHooks('codex', root, { scope: 'user', home });
  assert.deepEqual(user.files, [join(home, '.codex/config.toml')]);
});

test('refuses to clobber a configuration file it cannot parse, and unknown agents', async () => {
  const root = await tempRoot();
  await mkdir(join(root, '.claude'));
  await writeFile(join(root, '.claude/settings.json'), '{ not json');
  await assert.rejects(
    installAgentHooks('claude', root),
    (error: unknown) => error instanceof BulwarkError && error.code === 'config',
  );
  await assert.rejects(
    installAgentHooks('vim', root),
    (error: unknown) => error instanceof BulwarkError && error.code === 'usage',
  );
  assert.equal(await readFile(join(root, '.claude/settings.json'), 'utf8'), '{ not json');
});

test('the installed configuration passes the injection scanner', async () => {
  const root = await tempRoot();
  for (const agent of ['claude', 'cursor', 'gemini', 'codex']) {
    const { files } = await installAgentHooks(agent, root);
    for (const file of files) {
      const findings = scanTextForInjection(await readFile(join(root, file), 'utf8'), file);
      assert.deepEqual(
        findings.map((f) => f.ruleId),
        [],
        file,
      );
    }
  }
});
