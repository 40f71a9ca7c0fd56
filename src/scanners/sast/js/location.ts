import type { Location } from '../../../core/finding.js';
import { lineAt, locate } from '../../../core/location.js';
import type { Node } from './ast.js';
import type { FileInfo } from './values.js';

export function nodeLocation(file: FileInfo, node: Node): Location {
  return locate({ path: file.path, text: file.source }, file.starts, node.start, node.end);
}

export function nodeLine(file: FileInfo, node: Node): string {
  return lineAt(file.source, file.starts, node.start).trim();
}

/** Source text of a node with whitespace collapsed (stable across reformatting). */
export function nodeCode(file: FileInfo, node: Node, max = 200): string {
  const code = file.source.slice(node.start, node.end).replace(/\s+/g, ' ').trim();
  return code.length > max ? `${code.slice(0, max)}…` : code;
}
