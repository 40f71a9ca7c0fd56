import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { parse as parseToml, stringify as stringifyToml } from 'smol-toml';
import { configError, errorMessage, usageError } from '../core/errors.js';
import { AGENT_NAMES, type AgentName } from './actions.js';

export interface InstallOptions {
  /** How to start Bulwark from the hook (default "bulwark"; e.g. "npx --no-install bulwark"). */
  command?: string;
  /** Codex only: write the project's .codex/config.toml (default) or the user's ~/.codex/config.toml. */
  scope?: 'project' | 'user';
  /** Home folder for scope "user" (tests). */
  home?: string;
}

export interface InstallResult {
  files: string[];
  notes: string[];
}

type Json = Record<string, unknown>;
type HookEntry = { matcher?: string; hooks?: unknown[]; command?: string; [key: string]: unknown };

/** The events each agent's hook configuration gets, with the tool matcher where the agent supports one. */
export const HOOK_EVENTS: Record<AgentName, readonly { event: string; matcher?: string }[]> = {
  claude: [
    { event: 'UserPromptSubmit' },
    { event: 'PreToolUse', matcher: 'Read|Edit|MultiEdit|Write|Bash' },
    { event: 'PostToolUse', matcher: '*' },
  ],
  cursor: [
    { event: 'beforeSubmitPrompt' },
    { event: 'beforeReadFile' },
    { event: 'beforeShellExecution' },
    { event: 'afterFileEdit' },
  ],
  gemini: [
    { event: 'BeforeAgent' },
    { event: 'BeforeTool', matcher: 'read_file|read_many_files|write_file|replace|run_shell_command' },
    { event: 'AfterTool', matcher: '.*' },
  ],
  codex: [
    { event: 'UserPromptSubmit' },
    { event: 'PreToolUse', matcher: 'Bash' },
    { event: 'PostToolUse', matcher: '.*' },
  ],
};

const MARKER = 'agent-hook --agent';

export function hookCommand(agent: AgentName, event: string, command = 'bulwark'): string {
  return `${command} agent-hook --agent ${agent} --event ${event}`;
}

function isOurs(entry: unknown): boolean {
  return JSON.stringify(entry ?? '').includes(MARKER) && JSON.stringify(entry ?? '').includes('bulwark');
}

function record(value: unknown): Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
}

/** Merge our entries into a hooks object: keep every other hook, replace earlier Bulwark entries (idempotent). */
export function mergeHooks(existing: unknown, agent: AgentName, command?: string): Json {
  const hooks: Json = { ...record(existing) };
  for (const { event, matcher } of HOOK_EVENTS[agent]) {
    const current = Array.isArray(hooks[event]) ? (hooks[event] as unknown[]) : [];
    const kept = current.filter((entry) => !isOurs(entry));
    const run = hookCommand(agent, event, command);
    const entry: HookEntry =
      agent === 'cursor'
        ? { command: run }
        : {
            ...(matcher ? { matcher } : {}),
            hooks: [
              {
                type: 'command',
                command: run,
                ...(agent === 'gemini' ? { name: 'bulwark' } : {}),
                ...(agent === 'claude' ? { timeout: 30 } : agent === 'gemini' ? { timeout: 30000 } : {}),
              },
            ],
          };
    hooks[event] = [...kept, entry];
  }
  return hooks;
}

async function readExisting(path: string, parse: (text: string) => unknown): Promise<Json> {
  if (!existsSync(path)) return {};
  const text = await readFile(path, 'utf8');
  if (text.trim() === '') return {};
  try {
    return record(parse(text));
  } catch (error) {
    throw configError(
      `cannot merge hooks into ${path}: ${errorMessage(error)}`,
      'fix the file or move it aside, then rerun',
    );
  }
}

async function write(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}

/** Write (merge) an AI coding agent's documented hook configuration so it calls `bulwark agent-hook`. */
export async function installAgentHooks(
  agent: string,
  root: string,
  options: InstallOptions = {},
): Promise<InstallResult> {
  if (!(AGENT_NAMES as readonly string[]).includes(agent)) {
    throw usageError(`unknown agent '${agent}'`, `use one of ${AGENT_NAMES.join(', ')}`);
  }
  const name = agent as AgentName;
  const notes: string[] = [];
  if (name === 'codex') {
    const base = options.scope === 'user' ? join(options.home ?? homedir(), '.codex') : join(root, '.codex');
    const path = join(base, 'config.toml');
    const config = await readExisting(path, (text) => parseToml(text));
    config.hooks = mergeHooks(config.hooks, name, options.command);
    await write(path, `${stringifyToml(config)}\n`);
    notes.push(
      'Codex runs project hooks only after you trust them; comments in config.toml are not preserved by the merge.',
    );
    return { files: [options.scope === 'user' ? path : relative(root, path)], notes };
  }
  const file = { claude: '.claude/settings.json', cursor: '.cursor/hooks.json', gemini: '.gemini/settings.json' }[name];
  const path = join(root, file);
  const config = await readExisting(path, (text) => JSON.parse(text));
  if (name === 'cursor') {
    config.version = typeof config.version === 'number' ? config.version : 1;
  }
  config.hooks = mergeHooks(config.hooks, name, options.command);
  await write(path, `${JSON.stringify(config, null, 2)}\n`);
  if (name === 'claude') notes.push('Claude Code reads .claude/settings.json at start; restart open sessions.');
  if (name === 'gemini')
    notes.push(
      'Gemini CLI versions where hooks are still experimental must have them enabled in settings (see its hooks documentation).',
    );
  return { files: [file], notes };
}
