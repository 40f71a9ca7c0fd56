import { asciiSkeleton, HAS_CONFUSABLE_SCRIPT } from './confusables.js';
import type { Hit, ScanFacts } from './hit.js';

const WORD = /[\p{L}\p{Nd}_$]+/gu;
const LATIN_ASCII = /[A-Za-z]/;
const NON_ASCII_LETTER = /[^\x00-\x7f]/;
const MAX_HITS = 20;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Rough lexical position on one line: inside a string literal or after a line comment marker. */
function inStringOrComment(line: string, index: number): boolean {
  const before = line.slice(0, index);
  if (/(?:\/\/|^\s*#|^\s*\*|\/\*)/.test(before)) return true;
  for (const quote of ['"', "'", '`']) {
    if ((before.split(quote).length - 1) % 2 === 1) return true;
  }
  return false;
}

function lineBounds(text: string, index: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', index - 1) + 1;
  const newline = text.indexOf('\n', index);
  return { start, end: newline === -1 ? text.length : newline };
}

/**
 * Homoglyph identifiers: words mixing ASCII letters with Cyrillic/Greek/fullwidth look-alikes, and words written
 * wholly in look-alikes of an ASCII identifier that the same file uses. Only the lines that contain such letters
 * are tokenised.
 */
export function findHomoglyphs(facts: ScanFacts): Hit[] {
  const { text } = facts;
  if (!HAS_CONFUSABLE_SCRIPT.test(text)) return [];
  const hits: Hit[] = [];
  const seenLines = new Set<number>();
  const scriptChars = /[\u0370-\u03FF\u0400-\u052F\uFF10-\uFF5A]/g;
  for (const found of text.matchAll(scriptChars)) {
    const line = lineBounds(text, found.index);
    if (seenLines.has(line.start)) continue;
    seenLines.add(line.start);
    const lineText = text.slice(line.start, line.end);
    for (const word of lineText.matchAll(WORD)) {
      const token = word[0];
      if (!NON_ASCII_LETTER.test(token)) continue;
      const skeleton = asciiSkeleton(token);
      if (skeleton === undefined || skeleton === token || !/^[A-Za-z_$]/.test(skeleton)) continue;
      const start = line.start + word.index;
      const mixed = LATIN_ASCII.test(token);
      const literal = facts.kind === 'code' && inStringOrComment(lineText, word.index);
      if (mixed) {
        hits.push({
          rule: 'mixedScript',
          start,
          end: start + token.length,
          severity: facts.kind === 'code' ? (literal ? 'low' : 'high') : facts.agentInstructions ? 'medium' : 'low',
          message: `"${token}" mixes ASCII letters with look-alike letters from another script; it reads as "${skeleton}" but is a different name.`,
          evidence: `mixed:${token}`,
          properties: { lookalikeOf: skeleton },
        });
      } else if (skeleton.length >= 3 && facts.kind === 'code' && !literal) {
        if (!new RegExp(`(?<![\\p{L}\\p{Nd}_$])${escapeRegExp(skeleton)}(?![\\p{L}\\p{Nd}_$])`, 'u').test(text))
          continue;
        hits.push({
          rule: 'confusable',
          start,
          end: start + token.length,
          severity: 'high',
          message: `"${token}" is written in look-alike letters of "${skeleton}", which this file also uses: two names that look identical.`,
          evidence: `confusable:${token}`,
          properties: { lookalikeOf: skeleton },
        });
      }
      if (hits.length >= MAX_HITS) return hits;
    }
  }
  return hits;
}
