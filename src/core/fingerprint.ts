import { createHash } from 'node:crypto';

/** Collapse whitespace so re-indenting or re-wrapping does not change a fingerprint. */
export function normaliseContent(content: string): string {
  return content.replace(/\s+/g, ' ').trim();
}

/**
 * A stable id for a finding: the rule, the path and the normalised matched content. Never line numbers or
 * commit ids, so it survives edits above the finding, rebases and squashes.
 */
export function fingerprint(ruleId: string, path: string, content: string): string {
  return createHash('sha256')
    .update(`${ruleId}\0${path}\0${normaliseContent(content)}`)
    .digest('hex')
    .slice(0, 32);
}
