import { parse as parseToml } from 'smol-toml';
import { maskSecret } from '../../core/mask.js';
import { assessCommand } from './command-risk.js';
import type { Hit, ScanFacts } from './hit.js';

interface CommandSite {
  /** Where it sits in the configuration, e.g. hooks.PreToolUse[0].hooks[0]. */
  where: string;
  command: string;
  /** A string to look for in the raw text to locate the finding. */
  anchor: string;
}

type Json = unknown;

function isRecord(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON with comments and trailing commas (VS Code's JSONC), parsed leniently. */
function parseJsonc(text: string): Json {
  const withoutComments = text.replace(
    /("(?:\\.|[^"\\])*")|\/\/[^\n]*|\/\*[\s\S]*?\*\//g,
    (_m, str: string | undefined) => str ?? '',
  );
  return JSON.parse(withoutComments.replace(/,(\s*[}\]])/g, '$1'));
}

function joinCommand(command: Json, args: Json): string {
  const head = typeof command === 'string' ? command : '';
  const tail = Array.isArray(args) ? args.filter((a): a is string => typeof a === 'string') : [];
  return [head, ...tail].join(' ').trim();
}

/** Every command a hook, MCP server, status line or task runs, wherever the agent's format puts it. */
function collectCommands(value: Json, where: string, out: CommandSite[]): void {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) collectCommands(item, `${where}[${index}]`, out);
    return;
  }
  if (!isRecord(value)) return;
  const command = value.command;
  if (typeof command === 'string' && command.trim().length > 0) {
    out.push({ where, command: joinCommand(command, value.args), anchor: command });
  } else if (Array.isArray(command) && command.every((c) => typeof c === 'string')) {
    out.push({ where, command: (command as string[]).join(' '), anchor: String(command[0] ?? '') });
  }
  for (const key of ['apiKeyHelper', 'awsAuthRefresh', 'awsCredentialExport'] as const) {
    const helper = value[key];
    if (typeof helper === 'string') out.push({ where: `${where}.${key}`, command: helper, anchor: helper });
  }
  for (const [key, child] of Object.entries(value)) {
    if (key === 'command' || key === 'args') continue;
    collectCommands(child, where ? `${where}.${key}` : key, out);
  }
}

/** VS Code tasks only matter when they run by themselves (runOn: folderOpen). */
function autoRunTasks(config: Json): CommandSite[] {
  if (!isRecord(config) || !Array.isArray(config.tasks)) return [];
  const sites: CommandSite[] = [];
  config.tasks.forEach((task, index) => {
    if (!isRecord(task)) return;
    const runOptions = task.runOptions;
    if (!isRecord(runOptions) || runOptions.runOn !== 'folderOpen') return;
    const command = joinCommand(task.command, task.args);
    if (command)
      sites.push({ where: `tasks[${index}] (runOn: folderOpen)`, command, anchor: String(task.command ?? '') });
  });
  return sites;
}

function parseConfig(path: string, text: string): Json | undefined {
  try {
    return path.endsWith('.toml') ? parseToml(text) : parseJsonc(text);
  } catch {
    return undefined;
  }
}

/** Hooks, MCP servers and auto-run tasks in agent configuration that download and run code, reach the network or read secrets. */
export function findAgentConfigCommands(facts: ScanFacts): Hit[] {
  const config = parseConfig(facts.path, facts.text);
  if (config === undefined) return [];
  const sites: CommandSite[] = [];
  if (facts.path.endsWith('tasks.json')) sites.push(...autoRunTasks(config));
  else collectCommands(config, '', sites);
  const hits: Hit[] = [];
  for (const site of sites) {
    const risk = assessCommand(site.command);
    if (!risk) continue;
    const escaped = JSON.stringify(site.anchor).slice(1, -1);
    let start = facts.text.indexOf(escaped);
    if (start === -1) start = facts.text.indexOf(site.anchor);
    if (start === -1) start = 0;
    const masked = site.command.replace(/[A-Za-z0-9_\-+/=]{24,}/g, (token) =>
      /^[\w.-]*\/[\w./-]*$/.test(token) ? token : maskSecret(token),
    );
    const shown = masked.length > 140 ? `${masked.slice(0, 140)}…` : masked;
    hits.push({
      rule: risk.rule,
      start,
      end: start + Math.max(1, Math.min(escaped.length, facts.text.length - start)),
      severity: risk.severity,
      message: `${site.where || 'command'} runs \`${shown}\`, which ${risk.reasons.join(' and ')}.`,
      evidence: `cmd:${site.where}:${site.command}`,
      properties: { command: masked, reasons: risk.reasons },
    });
  }
  return hits;
}
