/**
 * The team's disclosure tag: `[ai-assisted: <model>]`, anywhere in a commit message, optionally followed by
 * "Sub-tasks:" and "Human contributions:" sections, each a list (one "- item" per line, or comma-separated on the
 * header line).
 *
 *   feat: parse invoices [ai-assisted: claude-sonnet-4]
 *
 *   Sub-tasks:
 *   - generate the parser
 *   Human contributions:
 *   - reviewed the edge cases
 */

/** The canonical form. Model: lowercase letters, digits and . _ : / @ + -; several models separated by ", ". */
export const CANONICAL_TAG = /\[ai-assisted: ([a-z0-9][a-z0-9._:/@+-]*(?:, [a-z0-9][a-z0-9._:/@+-]*)*)\]/;

/** Any spelling people actually type: [AI-Assisted:x], [ai assisted: X], [ai_assisted x], [AI-assisted]... */
const LOOSE_TAG = /\[\s*ai[\s_-]*assisted\b\s*:?\s*([^\]\n]*)\]/giu;
/** An opening of a tag that is never closed on its line. */
const UNCLOSED_TAG = /\[\s*ai[\s_-]*assisted\b[^\]\n]*$/imu;

const MODEL_CHARS = /^[a-z0-9][a-z0-9._:/@+-]*$/;

export interface TagMatch {
  /** Exactly as written. */
  raw: string;
  /** Models as written (trimmed), empty when the tag names none. */
  models: string[];
  index: number;
}

export interface ParsedDisclosure {
  tags: TagMatch[];
  subTasks?: string[];
  humanContributions?: string[];
}

/** Lowercase, runs of spaces to '-': "Claude Sonnet 4" -> "claude-sonnet-4". */
export function normaliseModel(model: string): string {
  return model.trim().toLowerCase().replace(/\s+/g, '-');
}

export function isValidModel(model: string): boolean {
  return MODEL_CHARS.test(model);
}

export function findTags(message: string): TagMatch[] {
  return [...message.matchAll(LOOSE_TAG)].map((match) => ({
    raw: match[0],
    models: (match[1] ?? '')
      .split(/[,;]/)
      .map((model) => model.trim())
      .filter((model) => model.length > 0),
    index: match.index,
  }));
}

export function hasUnclosedTag(message: string): boolean {
  return message.split('\n').some((line) => UNCLOSED_TAG.test(line));
}

const SECTION_HEADERS: Record<'subTasks' | 'humanContributions', RegExp> = {
  subTasks: /^\s*sub[\s-]?tasks\s*:\s*(.*)$/i,
  humanContributions: /^\s*human[\s-]contributions?\s*:\s*(.*)$/i,
};
const LIST_ITEM = /^\s*(?:[-*•+]|\d+[.)])\s+(.*)$/u;

function splitInline(text: string): string[] {
  return text
    .split(/[,;]/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

function parseSection(lines: string[], header: RegExp): string[] | undefined {
  const start = lines.findIndex((line) => header.test(line));
  if (start < 0) return undefined;
  const items = splitInline(header.exec(lines[start] ?? '')?.[1] ?? '');
  for (const line of lines.slice(start + 1)) {
    const item = LIST_ITEM.exec(line);
    if (!item) break;
    const text = (item[1] ?? '').trim();
    if (text) items.push(text);
  }
  return items;
}

/** The tags of a message and the sections that describe the split of work. */
export function parseDisclosure(message: string): ParsedDisclosure {
  const lines = message.split('\n');
  const subTasks = parseSection(lines, SECTION_HEADERS.subTasks);
  const humanContributions = parseSection(lines, SECTION_HEADERS.humanContributions);
  return {
    tags: findTags(message),
    ...(subTasks ? { subTasks } : {}),
    ...(humanContributions ? { humanContributions } : {}),
  };
}

export function canonicalTag(models: string[]): string {
  return `[ai-assisted: ${models.join(', ')}]`;
}
