import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { type Document, isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { configError } from '../../core/errors.js';
import { ACCEPTANCES_FILE, type Acceptance, acceptancesFileSchema } from './model.js';

const HEADER = ` Risk acceptances (bulwark accept). Reviewed in pull requests like code: each entry names who asked,
 who approved, why, and when it expires. Expired entries no longer silence findings.`;

function lineOf(document: Document, counter: LineCounter, path: readonly PropertyKey[]): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = document.getIn(path.slice(0, depth) as unknown[], true) as
      | { range?: [number, number, number] }
      | undefined;
    if (node?.range) return counter.linePos(node.range[0]).line;
  }
  return undefined;
}

function parseAcceptancesText(text: string, file: string): { document: Document; acceptances: Acceptance[] } {
  const counter = new LineCounter();
  const document = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const first = document.errors[0];
  if (first) {
    const line = first.linePos?.[0]?.line;
    throw configError(
      `${file}${line ? `:${line}` : ''}: invalid YAML: ${first.message.split('\n')[0] ?? 'parse error'}`,
    );
  }
  const result = acceptancesFileSchema.safeParse(document.toJS() ?? {});
  if (!result.success) {
    const messages = result.error.issues.map((issue) => {
      const line = lineOf(document, counter, issue.path);
      const where = issue.path.length > 0 ? ` (at ${issue.path.map(String).join('.')})` : '';
      return `${file}${line ? `:${line}` : ''}: ${issue.message}${where}`;
    });
    throw configError(`invalid acceptances file:\n  ${messages.join('\n  ')}`);
  }
  const acceptances = result.data.acceptances ?? [];
  const seen = new Set<string>();
  for (const [index, entry] of acceptances.entries()) {
    if (seen.has(entry.id)) {
      const line = lineOf(document, counter, ['acceptances', index, 'id']);
      throw configError(`${file}${line ? `:${line}` : ''}: duplicate acceptance id ${entry.id}`);
    }
    seen.add(entry.id);
  }
  return { document, acceptances };
}

/** Parse acceptances YAML text (errors name the file and line). */
export function parseAcceptances(text: string, file = ACCEPTANCES_FILE): Acceptance[] {
  return parseAcceptancesText(text, file).acceptances;
}

/** Every acceptance in `root`/.bulwark/acceptances.yaml; none when the file does not exist. */
export async function loadAcceptances(root: string, file = join(root, ACCEPTANCES_FILE)): Promise<Acceptance[]> {
  if (!existsSync(file)) return [];
  return parseAcceptances(
    await readFile(file, 'utf8'),
    file === join(root, ACCEPTANCES_FILE) ? ACCEPTANCES_FILE : file,
  );
}

/** The next free id: one more than the highest ACC-nnnn. */
export function nextAcceptanceId(existing: readonly Acceptance[]): string {
  const highest = existing.reduce((max, entry) => Math.max(max, Number(entry.id.slice(4))), 0);
  return `ACC-${String(highest + 1).padStart(4, '0')}`;
}

/** Append one acceptance to the file, keeping its comments and layout. Returns the path written. */
export async function appendAcceptance(
  root: string,
  entry: Acceptance,
  file = join(root, ACCEPTANCES_FILE),
): Promise<string> {
  let document: Document;
  if (existsSync(file)) {
    document = parseAcceptancesText(await readFile(file, 'utf8'), file).document;
  } else {
    document = parseDocument('version: 1\nacceptances: []\n');
    document.commentBefore = HEADER;
  }
  if (!isMap(document.contents)) throw configError(`${file}: expected a mapping with an 'acceptances' list`);
  const list = document.get('acceptances', true);
  const clean = Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== undefined));
  if (isSeq(list)) {
    list.flow = false;
    list.add(document.createNode(clean));
  } else {
    document.set('acceptances', document.createNode([clean]));
  }
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, document.toString({ lineWidth: 0 }));
  return file;
}
