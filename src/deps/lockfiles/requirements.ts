import type { LockfileParseResult, Package } from '../types.js';
import { normalizePypiName } from '../versions/pep440.js';
import { basePackage, parseError } from './common.js';
import type { ParseOptions } from './options.js';

const REQUIREMENT =
  /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(===|==)\s*([^\s;,]+)\s*(?:;\s*([^-][\s\S]*?))?\s*$/;
const DEV_FILE = /(^|[-_./])(dev|test|tests|testing|lint|docs?|ci)([-_.]|$)/i;

/** Joins continuation lines and drops comments; each logical line keeps the number of its first line. */
function logicalLines(content: string): { text: string; line: number }[] {
  const result: { text: string; line: number }[] = [];
  let pending = '';
  let start = 0;
  content.split(/\r?\n/).forEach((raw, index) => {
    if (pending === '') start = index + 1;
    const withoutComment = raw.replace(/(^|\s)#.*$/, '');
    if (withoutComment.endsWith('\\')) {
      pending += `${withoutComment.slice(0, -1)} `;
      return;
    }
    const text = (pending + withoutComment).trim();
    pending = '';
    if (text) result.push({ text, line: start });
  });
  if (pending.trim()) result.push({ text: pending.trim(), line: start });
  return result;
}

function joinPath(fromFile: string, relative: string): string {
  const parts = fromFile.split('/').slice(0, -1);
  for (const part of relative.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

function parseFile(
  source: string,
  content: string,
  options: ParseOptions,
  seen: Set<string>,
  out: LockfileParseResult,
): void {
  seen.add(source);
  const dev = DEV_FILE.test(source.split('/').pop() ?? '');
  for (const { text, line } of logicalLines(content)) {
    const include = /^(?:-r|--requirement)(?:\s+|=)(\S+)/.exec(text);
    if (include) {
      const target = joinPath(source, include[1] ?? '');
      if (seen.has(target)) continue;
      const included = options.readFile?.(target);
      if (included === undefined) out.warnings.push(`${source}:${line}: included file ${target} not found`);
      else parseFile(target, included, options, seen, out);
      continue;
    }
    if (text.startsWith('-') || /^[a-z+]+:\/\//i.test(text)) continue;
    const hashes = [...text.matchAll(/--hash[=\s]+(\S+)/g)].map((m) => m[1] ?? '');
    const requirement = text.replace(/\s--\S+(?:[=\s]+\S+)?/g, '').trim();
    const match = REQUIREMENT.exec(requirement);
    if (!match) {
      if (/^[A-Za-z0-9]/.test(requirement) && !requirement.includes(' @ ')) {
        out.warnings.push(`${source}:${line}: "${requirement}" is not pinned with == or ===, not checked`);
      } else if (!/^[A-Za-z0-9./~]/.test(requirement)) {
        throw parseError(source, `line ${line}: cannot read "${requirement}"`);
      }
      continue;
    }
    const pkg: Package = basePackage('PyPI', source, normalizePypiName(match[1] ?? ''), match[4] ?? '');
    pkg.direct = true;
    pkg.dev = dev;
    pkg.line = line;
    if (hashes.length > 0) pkg.integrity = hashes;
    out.packages.push(pkg);
  }
}

/**
 * requirements.txt: pins (== and ===), extras, environment markers, --hash options, continuations, comments
 * and `-r other.txt` includes read through `options.readFile`, relative to the including file.
 */
export function parseRequirements(source: string, content: string, options: ParseOptions = {}): LockfileParseResult {
  const out: LockfileParseResult = { source, packages: [], warnings: [] };
  parseFile(source, content, options, new Set(), out);
  return out;
}
