import { type Document, isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { configError } from '../core/errors.js';
import { POLICY_FILE } from './defaults.js';
import { policySchema } from './schema.js';
import type { Policy } from './types.js';

/** Line (1-based) of the YAML node at `path`, or of the nearest ancestor that exists. */
function lineOf(document: Document, counter: LineCounter, path: readonly PropertyKey[]): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = document.getIn(path.slice(0, depth) as unknown[], true);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range) return counter.linePos(range[0]).line;
    // A key whose value is null has no value node; find the key itself.
    const parent = depth > 0 ? document.getIn(path.slice(0, depth - 1) as unknown[], true) : document.contents;
    if (isMap(parent)) {
      const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === path[depth - 1]);
      const keyRange = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
      if (keyRange) return counter.linePos(keyRange[0]).line;
    }
  }
  return undefined;
}

/** Line of the key `key` in the mapping at `parentPath`. */
function keyLine(
  document: Document,
  counter: LineCounter,
  parentPath: readonly PropertyKey[],
  key: string,
): number | undefined {
  const parent = parentPath.length === 0 ? document.contents : document.getIn(parentPath as unknown[], true);
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === key);
  const range = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
  return range ? counter.linePos(range[0]).line : undefined;
}

function describeIssue(issue: z.core.$ZodIssue, document: Document, counter: LineCounter, file: string): string {
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys
      .map((key) => {
        const full = [...issue.path, key];
        const line = keyLine(document, counter, issue.path, key) ?? lineOf(document, counter, full);
        return `${file}${line ? `:${line}` : ''}: unknown key '${full.map(String).join('.')}'`;
      })
      .join('\n');
  }
  const line = lineOf(document, counter, issue.path);
  const where = path.length > 0 ? ` (at ${path.join('.')})` : '';
  return `${file}${line ? `:${line}` : ''}: ${issue.message}${where}`;
}

/** Parse and validate policy text; errors name the key and its line. */
export function parsePolicy(text: string, file = POLICY_FILE): Policy {
  const counter = new LineCounter();
  const document = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  if (document.errors.length > 0) {
    const first = document.errors[0];
    const line = first?.linePos?.[0]?.line;
    throw configError(
      `${file}${line ? `:${line}` : ''}: invalid YAML: ${first?.message.split('\n')[0] ?? 'parse error'}`,
    );
  }
  const raw = document.toJS() ?? {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw configError(`${file}: the policy must be a mapping of sections (sast, dependency_scan, secrets, ...)`);
  }
  const result = policySchema.safeParse(raw);
  if (!result.success) {
    const messages = result.error.issues.map((issue) => describeIssue(issue, document, counter, file));
    throw configError(`invalid policy:\n  ${messages.join('\n  ')}`, 'see `bulwark policy --schema` for every field');
  }
  return result.data;
}
