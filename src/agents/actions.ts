/** What an agent is about to do or has done, whatever agent sent it: the pure decision functions read this. */

export const AGENT_NAMES = ['claude', 'cursor', 'gemini', 'codex'] as const;
export type AgentName = (typeof AGENT_NAMES)[number];

export type AgentAction =
  | { type: 'prompt'; text: string }
  | { type: 'read'; paths: string[]; content?: string }
  | { type: 'shell'; command: string }
  | { type: 'write'; phase: 'before' | 'after'; path: string; content: string }
  | { type: 'tool-output'; tool: string; text: string; mcp: boolean }
  | { type: 'other' };

type Payload = Record<string, unknown>;

const READ_TOOLS = /^(?:Read|read_file|read_many_files|NotebookRead|view|View)$/;
const WRITE_TOOLS = /^(?:Write|Edit|MultiEdit|NotebookEdit|write_file|replace|edit|apply_patch|create_file)$/;
const SHELL_TOOLS = /^(?:Bash|run_shell_command|shell|exec_command|local_shell)$/;

function record(value: unknown): Payload {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Payload) : {};
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Every string inside a value, joined: tool responses come as strings, objects or content-block arrays. */
export function textOf(value: unknown, depth = 0): string {
  if (typeof value === 'string') return value;
  if (depth > 6) return '';
  if (Array.isArray(value))
    return value
      .map((item) => textOf(item, depth + 1))
      .filter(Boolean)
      .join('\n');
  if (typeof value === 'object' && value !== null) {
    return Object.values(value)
      .map((item) => textOf(item, depth + 1))
      .filter(Boolean)
      .join('\n');
  }
  return '';
}

function pathsOf(input: Payload): string[] {
  const paths = [input.file_path, input.absolute_path, input.path, input.notebook_path, input.filePath].filter(
    (p): p is string => typeof p === 'string',
  );
  if (Array.isArray(input.paths)) paths.push(...input.paths.filter((p): p is string => typeof p === 'string'));
  return paths;
}

function writtenContent(input: Payload): string {
  const parts = [input.content, input.new_string, input.new_source, input.patch, input.input, input.command].filter(
    (p): p is string => typeof p === 'string',
  );
  for (const list of [input.edits]) {
    if (Array.isArray(list)) for (const edit of list) parts.push(str(record(edit).new_string) ?? '');
  }
  return parts.filter(Boolean).join('\n');
}

const PROMPT_EVENTS = new Set(['UserPromptSubmit', 'beforeSubmitPrompt', 'BeforeAgent']);
const BEFORE_TOOL_EVENTS = new Set(['PreToolUse', 'BeforeTool']);
const AFTER_TOOL_EVENTS = new Set(['PostToolUse', 'AfterTool']);

/** Normalise one agent's hook payload (its documented JSON on stdin) into an action. */
export function toAction(event: string, payload: Payload): AgentAction {
  if (PROMPT_EVENTS.has(event))
    return { type: 'prompt', text: str(payload.prompt) ?? textOf(payload.llm_request ?? '') };
  if (event === 'beforeReadFile') {
    const content = str(payload.content);
    return { type: 'read', paths: pathsOf(payload), ...(content === undefined ? {} : { content }) };
  }
  if (event === 'beforeShellExecution') return { type: 'shell', command: str(payload.command) ?? '' };
  if (event === 'afterFileEdit') {
    const path = str(payload.file_path) ?? '';
    return { type: 'write', phase: 'after', path, content: writtenContent(payload) };
  }
  const tool = str(payload.tool_name) ?? '';
  const input = record(payload.tool_input);
  if (BEFORE_TOOL_EVENTS.has(event)) {
    if (READ_TOOLS.test(tool)) return { type: 'read', paths: pathsOf(input) };
    if (SHELL_TOOLS.test(tool)) return { type: 'shell', command: str(input.command) ?? textOf(input.command) };
    if (WRITE_TOOLS.test(tool))
      return { type: 'write', phase: 'before', path: pathsOf(input)[0] ?? '', content: writtenContent(input) };
    return { type: 'other' };
  }
  if (AFTER_TOOL_EVENTS.has(event)) {
    if (WRITE_TOOLS.test(tool))
      return { type: 'write', phase: 'after', path: pathsOf(input)[0] ?? '', content: writtenContent(input) };
    const response = payload.tool_response ?? payload.tool_output ?? payload.tool_result;
    return {
      type: 'tool-output',
      tool,
      text: textOf(response),
      mcp: tool.startsWith('mcp__') || payload.mcp_context !== undefined,
    };
  }
  return { type: 'other' };
}
