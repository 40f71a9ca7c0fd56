/** What kind of file a path is, for the injection rules: code, prose, configuration or an AI agent's own files. */

export type FileKind = 'code' | 'docs' | 'config' | 'other';

const CODE_EXT =
  /\.(?:[cm]?[jt]sx?|py|pyw|rb|go|rs|java|kt|kts|scala|c|cc|cpp|cxx|h|hh|hpp|cs|php|sh|bash|zsh|fish|ps1|psm1|swift|lua|pl|pm|r|sql|vue|svelte|astro|dart|ex|exs|erl|hs|ml|clj|groovy|gradle|m|mm)$/i;
const DOCS_EXT = /\.(?:md|markdown|mdx|mdc|txt|rst|adoc|asciidoc|org|html?|textile)$/i;
const CONFIG_EXT = /\.(?:json|jsonc|json5|ya?ml|toml|ini|cfg|conf|xml|properties|env)$/i;

/** Files an AI coding agent reads as instructions: extra scrutiny (hidden Unicode high, dangerous asks critical). */
const AGENT_INSTRUCTION_FILES: readonly RegExp[] = [
  /(?:^|\/)\.cursorrules$/,
  /(?:^|\/)\.cursor\/rules\/[^/]+$/,
  /(?:^|\/)(?:CLAUDE|AGENTS|GEMINI)(?:\.local)?\.md$/i,
  /(?:^|\/)\.github\/copilot-instructions\.md$/,
  /(?:^|\/)\.github\/instructions\/[^/]+\.instructions\.md$/,
  /(?:^|\/)\.github\/prompts\/[^/]+\.prompt\.md$/,
  /(?:^|\/)\.windsurfrules$/,
  /(?:^|\/)\.windsurf\/rules\/[^/]+$/,
  /(?:^|\/)\.clinerules(?:\/[^/]+)?$/,
  /(?:^|\/)\.claude\/(?:commands|agents|skills)\/.+\.md$/,
  /(?:^|\/)SKILL\.md$/,
];

/** Agent configuration that runs commands: hooks, MCP servers, auto-run tasks. */
const AGENT_CONFIG_FILES: readonly RegExp[] = [
  /(?:^|\/)\.claude\/settings(?:\.local)?\.json$/,
  /(?:^|\/)\.cursor\/(?:hooks|mcp)\.json$/,
  /(?:^|\/)\.gemini\/settings\.json$/,
  /(?:^|\/)\.codex\/(?:config\.toml|hooks\.json)$/,
  /(?:^|\/)\.?mcp\.json$/,
  /(?:^|\/)\.vscode\/(?:mcp|tasks)\.json$/,
  /(?:^|\/)claude_desktop_config\.json$/,
];

export function fileKind(path: string): FileKind {
  if (CODE_EXT.test(path)) return 'code';
  if (DOCS_EXT.test(path)) return 'docs';
  if (CONFIG_EXT.test(path)) return 'config';
  return 'other';
}

export function isAgentInstructionFile(path: string): boolean {
  return AGENT_INSTRUCTION_FILES.some((pattern) => pattern.test(path));
}

export function isAgentConfigFile(path: string): boolean {
  return AGENT_CONFIG_FILES.some((pattern) => pattern.test(path));
}

export function isMarkdown(path: string): boolean {
  return /\.(?:md|markdown|mdx|mdc)$/i.test(path) || isAgentInstructionFile(path);
}
