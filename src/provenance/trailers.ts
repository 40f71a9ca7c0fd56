/** Trailer-like "Key: value" lines of a commit message, with the keys that matter for AI provenance. */

export interface Trailer {
  key: string;
  /** Lowercased key, for comparisons. */
  token: string;
  value: string;
}

/** Trailers whose value is a person "Name <email>"; AI only when the person is a known AI identity. */
export const PERSON_TRAILERS = new Set(['co-authored-by', 'co-developed-by']);

/** Trailers whose value names a helper; AI only when it names a known AI tool or a model. */
export const ASSIST_TRAILERS = new Set(['assisted-by', 'generated-by', 'generated-with', 'made-with', 'written-with']);

/** Trailers whose key itself declares AI involvement; any value but an explicit "none" counts. */
export const AI_TRAILERS = new Set([
  'ai-model',
  'x-ai-model',
  'ai-tool',
  'x-ai-tool',
  'ai-agent',
  'x-ai-agent',
  'ai-assisted',
  'ai-assisted-by',
  'x-ai-assisted',
  'ai-generated-by',
]);

/** Values of an AI_TRAILERS trailer that deny AI involvement. */
export const NEGATIVE_VALUES = /^(?:none|no|false|n\/a|na|human|-)$/i;

const TRAILER_LINE = /^([A-Za-z][A-Za-z0-9-]*)[ \t]*:[ \t]*(\S.*)$/;

function isRelevant(token: string): boolean {
  return PERSON_TRAILERS.has(token) || ASSIST_TRAILERS.has(token) || AI_TRAILERS.has(token);
}

/**
 * Every relevant trailer line anywhere in the message (squash merges put Co-authored-by lines mid-body, so the
 * search is not limited to the last paragraph). Other keys (Reviewed-by, Signed-off-by...) are ignored.
 */
export function parseTrailers(message: string): Trailer[] {
  const trailers: Trailer[] = [];
  for (const line of message.split('\n')) {
    const match = TRAILER_LINE.exec(line.trim());
    if (!match) continue;
    const key = match[1] ?? '';
    const token = key.toLowerCase();
    if (isRelevant(token)) trailers.push({ key, token, value: (match[2] ?? '').trim() });
  }
  return trailers;
}

export interface PersonValue {
  name: string;
  email: string;
}

/** "Name <email>" -> parts; undefined when the value carries no <email>. */
export function parsePerson(value: string): PersonValue | undefined {
  const match = /^(.*?)\s*<([^>]*)>\s*$/.exec(value);
  if (!match) return undefined;
  return { name: (match[1] ?? '').trim(), email: (match[2] ?? '').trim() };
}

export interface ToolValue {
  tool: string;
  model?: string;
}

/**
 * A helper named in a trailer value: "Claude:claude-3-opus [tool]" (the Linux kernel's AGENT:MODEL form),
 * "aider (gpt-4o)", "Cursor", "GitHub Copilot v1.2".
 */
export function parseToolValue(value: string): ToolValue {
  const colon = /^([^:(]+):\s*([^\s[\]]+)/.exec(value);
  if (colon) return { tool: (colon[1] ?? '').trim(), model: colon[2] };
  const paren = /^([^(]+)\(([^)]+)\)/.exec(value);
  if (paren) return { tool: (paren[1] ?? '').trim(), model: (paren[2] ?? '').trim() };
  return { tool: value.replace(/\s+v?\d[\w.-]*$/, '').trim() };
}
