import { classifyCommit } from './detect.js';
import { defaultIdentities, type IdentityTable } from './identities.js';
import { canonicalTag, findTags, hasUnclosedTag, isValidModel, normaliseModel } from './tag.js';

export interface CommitMessageOptions {
  /** Policy ai_assisted.require_disclosure: AI trailers/footers must come with the tag. */
  requireDisclosure?: boolean;
  /**
   * With requireDisclosure, add the missing tag from the trailer/footer (default) instead of rejecting the message.
   * The tag gets the models the trailers name, or the tool ids when they name none.
   */
  autoTag?: boolean;
  identities?: IdentityTable;
}

export interface CommitMessageCheck {
  ok: boolean;
  /** The message to write back (normalised tag, added tag). Equal to the input when nothing changed. */
  message: string;
  changed: boolean;
  errors: string[];
  /** What was changed, for the user. */
  notes: string[];
}

const SCISSORS = /^# -+ >8 -+$/;
const TRAILER = /^[A-Za-z][A-Za-z0-9-]*\s*:\s*\S/;

const isComment = (line: string) => line.startsWith('#');

/** Index just past the message proper: before the scissors line and the trailing block of comments/blank lines. */
function messageEnd(lines: string[]): number {
  const scissors = lines.findIndex((line) => SCISSORS.test(line));
  let end = scissors >= 0 ? scissors : lines.length;
  while (end > 0 && (isComment(lines[end - 1] ?? '') || (lines[end - 1] ?? '').trim() === '')) end--;
  return end;
}

/** Insert the tag as its own paragraph, before the trailer block when the message ends with one. */
function insertTag(lines: string[], end: number, tag: string): string[] {
  let start = end;
  while (start > 0 && (lines[start - 1] ?? '').trim() !== '') start--;
  const lastParagraph = lines.slice(start, end).filter((line) => !isComment(line));
  const isTrailerBlock = start > 0 && lastParagraph.length > 0 && lastParagraph.every((line) => TRAILER.test(line));
  const at = isTrailerBlock ? start : end;
  const insert = isTrailerBlock ? [tag, ''] : ['', tag];
  return [...lines.slice(0, at), ...insert, ...lines.slice(at)];
}

/**
 * Validate and normalise the [ai-assisted: model] tag of a commit message (the commit-msg hook):
 * `[AI-Assisted:Claude Sonnet 4]` -> `[ai-assisted: claude-sonnet-4]`. Rejects a tag without a model, with an
 * invalid model name, left unclosed, or given twice. With requireDisclosure, AI trailers/footers without a tag
 * either get the tag added (autoTag, the default) or are rejected. Comment lines (#) are left alone.
 */
export function checkCommitMessage(text: string, options: CommitMessageOptions = {}): CommitMessageCheck {
  const errors: string[] = [];
  const notes: string[] = [];
  let lines = text.split('\n');
  const end = messageEnd(lines);
  const content = lines
    .slice(0, end)
    .filter((line) => !isComment(line))
    .join('\n');

  if (hasUnclosedTag(content))
    errors.push("the [ai-assisted: ...] tag is not closed: end it with ']' on the same line");
  const tags = findTags(content);
  if (tags.length > 1) {
    errors.push(`${tags.length} AI-assistance tags found; keep one and list several models in it: [ai-assisted: a, b]`);
  }
  for (const tag of tags) {
    if (tag.models.length === 0) {
      errors.push(`${tag.raw} names no model: write [ai-assisted: <model>], e.g. [ai-assisted: claude-sonnet-4]`);
      continue;
    }
    const models = tag.models.map(normaliseModel);
    const invalid = models.filter((model) => !isValidModel(model));
    if (invalid.length > 0) {
      errors.push(
        `${tag.raw}: invalid model name ${invalid.map((m) => `'${m}'`).join(', ')} (use letters, digits, . _ : / @ + -)`,
      );
      continue;
    }
    const canonical = canonicalTag(models);
    if (canonical !== tag.raw) {
      lines = lines.map((line, i) => (i < end && !isComment(line) ? line.split(tag.raw).join(canonical) : line));
      notes.push(`normalised ${tag.raw} to ${canonical}`);
    }
  }

  if (options.requireDisclosure && tags.length === 0) {
    const identities = options.identities ?? defaultIdentities();
    const found = classifyCommit(
      { sha: '', message: content, authorName: '', authorEmail: '', committerName: '', committerEmail: '' },
      identities,
    );
    if (found.aiAssisted) {
      const names = found.models.length > 0 ? found.models : found.tools;
      const evidence = found.evidence.join('; ');
      if (options.autoTag === false || names.length === 0) {
        errors.push(`AI assistance is disclosed (${evidence}) but the message has no [ai-assisted: <model>] tag`);
      } else {
        const tag = canonicalTag(names.map(normaliseModel));
        lines = insertTag(lines, end, tag);
        notes.push(`added ${tag} (from ${evidence})`);
      }
    }
  }

  const message = lines.join('\n');
  return { ok: errors.length === 0, message, changed: message !== text, errors, notes };
}
