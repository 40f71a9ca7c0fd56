import { createRequire } from 'node:module';
import { Language, type Node, Parser } from 'web-tree-sitter';

export type { Node } from 'web-tree-sitter';

let parser: Parser | undefined;
let loading: Promise<void> | undefined;

/** Load web-tree-sitter and the Python grammar once; later calls reuse the same parser. */
export function initPythonParser(): Promise<void> {
  loading ??= (async () => {
    await Parser.init();
    const wasm = createRequire(import.meta.url).resolve('tree-sitter-python/tree-sitter-python.wasm');
    const language = await Language.load(wasm);
    const instance = new Parser();
    instance.setLanguage(language);
    parser = instance;
  })();
  return loading;
}

/** Parse Python source; undefined when the parser was not initialised or the parse failed. */
export function parsePython(source: string): Node | undefined {
  if (!parser) return undefined;
  const tree = parser.parse(source);
  return tree?.rootNode ?? undefined;
}

/** Share of the source covered by ERROR nodes (0..1), counting only top-most error nodes. */
export function errorShare(root: Node): number {
  if (!root.hasError) return 0;
  let covered = 0;
  const visit = (node: Node): void => {
    if (node.isError) {
      covered += node.endIndex - node.startIndex;
      return;
    }
    if (!node.hasError) return;
    for (const child of node.children) if (child) visit(child);
  };
  visit(root);
  return root.endIndex === 0 ? 0 : covered / root.endIndex;
}

/** The text of a string literal without quotes and prefixes, when it has no interpolation. */
export function stringLiteralValue(node: Node): string | undefined {
  if (node.type === 'concatenated_string') {
    let out = '';
    for (const part of node.namedChildren) {
      const value = part ? stringLiteralValue(part) : undefined;
      if (value === undefined) return undefined;
      out += value;
    }
    return out;
  }
  if (node.type !== 'string') return undefined;
  let out = '';
  for (const child of node.namedChildren) {
    if (!child) continue;
    if (child.type === 'interpolation') return undefined;
    if (child.type === 'string_content' || child.type === 'escape_sequence') out += unescapeSequence(child.text);
  }
  return out;
}

function unescapeSequence(text: string): string {
  if (!text.startsWith('\\')) return text;
  const map: Record<string, string> = { n: '\n', r: '\r', t: '\t', '\\': '\\', "'": "'", '"': '"', '0': '\0' };
  return map[text.slice(1)] ?? text;
}
