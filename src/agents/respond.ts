import { type AgentAction, type AgentName, toAction } from './actions.js';
import { type DecideOptions, evaluateAction, type Verdict } from './decide.js';

/** What the hook process prints and exits with, in the agent's documented protocol. */
export interface HookResponse {
  exitCode: number;
  stdout: string;
  stderr: string;
}

const json = (value: unknown) => `${JSON.stringify(value)}\n`;
const allow: HookResponse = { exitCode: 0, stdout: '', stderr: '' };

/** Claude Code: exit 2 + stderr blocks a prompt; PreToolUse answers permissionDecision; PostToolUse decision:block. */
function renderClaude(event: string, action: AgentAction, verdict: Verdict): HookResponse {
  const reason = verdict.reason ?? '';
  if (verdict.decision === 'allow') return allow;
  if (event === 'UserPromptSubmit') return { exitCode: 2, stdout: '', stderr: `${reason}\n` };
  if (event === 'PreToolUse') {
    const permissionDecision = verdict.decision === 'ask' ? 'ask' : verdict.decision === 'deny' ? 'deny' : 'allow';
    return {
      exitCode: 0,
      stdout: json({
        hookSpecificOutput: { hookEventName: 'PreToolUse', permissionDecision, permissionDecisionReason: reason },
      }),
      stderr: '',
    };
  }
  const output: Record<string, unknown> = { decision: 'block', reason };
  if (action.type === 'tool-output' && action.mcp && verdict.redacted !== undefined) {
    output.hookSpecificOutput = { hookEventName: 'PostToolUse', updatedMCPToolOutput: verdict.redacted };
  }
  return { exitCode: 0, stdout: json(output), stderr: '' };
}

/** Codex: same events and payloads as Claude Code; exit 2 + stderr blocks (its PreToolUse cannot ask). */
function renderCodex(event: string, verdict: Verdict): HookResponse {
  const reason = verdict.reason ?? '';
  if (verdict.decision === 'allow') return allow;
  if (event === 'UserPromptSubmit' || event === 'PreToolUse') return { exitCode: 2, stdout: '', stderr: `${reason}\n` };
  return { exitCode: 0, stdout: json({ decision: 'block', reason }), stderr: '' };
}

/** Cursor: JSON on stdout: {continue} for prompts, {permission} for reads and shell commands. */
function renderCursor(event: string, verdict: Verdict): HookResponse {
  const reason = verdict.reason ?? '';
  if (event === 'beforeSubmitPrompt') {
    return {
      exitCode: 0,
      stdout: json(verdict.decision === 'deny' ? { continue: false, user_message: reason } : { continue: true }),
      stderr: '',
    };
  }
  if (event === 'beforeReadFile' || event === 'beforeShellExecution' || event === 'beforeMCPExecution') {
    if (verdict.decision === 'allow' || verdict.decision === 'report')
      return { exitCode: 0, stdout: json({ permission: 'allow' }), stderr: '' };
    return {
      exitCode: 0,
      stdout: json({
        permission: verdict.decision === 'ask' ? 'ask' : 'deny',
        user_message: reason,
        agent_message: reason,
      }),
      stderr: '',
    };
  }
  return { exitCode: 0, stdout: json({}), stderr: verdict.decision === 'allow' ? '' : `${reason}\n` };
}

/** Gemini CLI: JSON {decision: deny, reason}; AfterTool can withhold output (deny) or add context for the model. */
function renderGemini(event: string, verdict: Verdict): HookResponse {
  const reason = verdict.reason ?? '';
  if (verdict.decision === 'allow') return { exitCode: 0, stdout: json({}), stderr: '' };
  if (event === 'AfterTool') {
    if (verdict.redacted !== undefined) return { exitCode: 0, stdout: json({ decision: 'deny', reason }), stderr: '' };
    return {
      exitCode: 0,
      stdout: json({ hookSpecificOutput: { hookEventName: 'AfterTool', additionalContext: reason } }),
      stderr: '',
    };
  }
  if (verdict.decision === 'report') return { exitCode: 0, stdout: json({ systemMessage: reason }), stderr: '' };
  return { exitCode: 0, stdout: json({ decision: 'deny', reason }), stderr: '' };
}

export function renderResponse(agent: AgentName, event: string, action: AgentAction, verdict: Verdict): HookResponse {
  switch (agent) {
    case 'claude':
      return renderClaude(event, action, verdict);
    case 'codex':
      return renderCodex(event, verdict);
    case 'cursor':
      return renderCursor(event, verdict);
    case 'gemini':
      return renderGemini(event, verdict);
  }
}

/** One hook call end to end, without I/O: payload in, the agent's documented answer out. */
export function decideHook(
  agent: AgentName,
  event: string | undefined,
  payload: Record<string, unknown>,
  options: DecideOptions = {},
): HookResponse {
  const eventName = event ?? (typeof payload.hook_event_name === 'string' ? payload.hook_event_name : '');
  const cwd = options.cwd ?? (typeof payload.cwd === 'string' ? payload.cwd : undefined);
  const action = toAction(eventName, payload);
  const verdict = evaluateAction(action, { ...options, ...(cwd ? { cwd } : {}) });
  return renderResponse(agent, eventName, action, verdict);
}
