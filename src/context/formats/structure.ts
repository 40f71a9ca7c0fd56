import { isCollection, isScalar, parseAllDocuments, visit } from 'yaml';

export type TextFormat = 'json' | 'yaml' | 'text';

/**
 * A region whose replaced text must still be a valid scalar on its own: a YAML plain scalar (where a token may
 * not start with '[' or, in a flow collection, contain ',[]{}') or a bare JSON value (number, literal).
 */
export interface ScalarSlot {
  start: number;
  end: number;
  style: 'yaml-plain' | 'yaml-plain-flow' | 'json-bare';
}

export interface TextStructure {
  format: TextFormat;
  /** Sorted by start, non-overlapping. */
  slots: ScalarSlot[];
}

const SNIFF_LIMIT = 2 * 1024 * 1024;

function jsonBareValues(text: string): ScalarSlot[] {
  const slots: ScalarSlot[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (char === '"') {
      i++;
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      i++;
    } else if (char !== undefined && /[-0-9tfn]/.test(char)) {
      const start = i;
      while (i < text.length && /[-+0-9.eEa-z]/.test(text[i] ?? '')) i++;
      slots.push({ start, end: i, style: 'json-bare' });
    } else {
      i++;
    }
  }
  return slots;
}

function yamlPlainScalars(text: string): ScalarSlot[] | undefined {
  const documents = parseAllDocuments(text);
  if (!Array.isArray(documents) || documents.some((document) => document.errors.length > 0)) return undefined;
  const slots: ScalarSlot[] = [];
  for (const document of documents) {
    visit(document, {
      Scalar(_key, node, path) {
        if (!isScalar(node) || node.type !== 'PLAIN' || !node.range) return;
        const flow = path.some((ancestor) => isCollection(ancestor) && ancestor.flow === true);
        slots.push({ start: node.range[0], end: node.range[1], style: flow ? 'yaml-plain-flow' : 'yaml-plain' });
      },
    });
  }
  return slots.sort((a, b) => a.start - b.start);
}

function looksLikeJson(text: string): boolean {
  const first = text.trimStart()[0];
  if (first !== '{' && first !== '[') return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** The format of a text (from its path, or sniffed when there is none) and its scalar slots. */
export function textStructure(text: string, path?: string): TextStructure {
  const name = (path ?? '').toLowerCase();
  const known = name !== '' && name !== '-';
  if (name.endsWith('.json') || (!known && text.length < SNIFF_LIMIT && looksLikeJson(text))) {
    return { format: 'json', slots: jsonBareValues(text) };
  }
  const yamlPath = /\.ya?ml$/.test(name);
  if (yamlPath || (!known && text.length < SNIFF_LIMIT && /^[A-Za-z_][\w.-]*:(?:\s|$)/m.test(text))) {
    try {
      const slots = yamlPlainScalars(text);
      if (slots) return { format: 'yaml', slots };
    } catch {
      // not YAML after all: plain text
    }
  }
  return { format: 'text', slots: [] };
}

/** Whether `scalar` can stand as a YAML plain scalar in that style without changing meaning or breaking parsing. */
export function safeYamlPlain(scalar: string, style: ScalarSlot['style']): boolean {
  if (scalar.length === 0) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`\s]/.test(scalar) || /\s$/.test(scalar)) return false;
  if (/: |:$| #|\t/.test(scalar)) return false;
  if (style === 'yaml-plain-flow' && /[,[\]{}]/.test(scalar)) return false;
  return !/^(?:true|false|yes|no|on|off|null|~|[-+]?[0-9.][0-9._eE+-]*)$/i.test(scalar);
}

/** A YAML double-quoted (also JSON) string literal. */
export function doubleQuoted(value: string): string {
  return JSON.stringify(value);
}

/** Move a span's edges so it never splits a JSON escape sequence (\n, \", \uXXXX). */
export function alignToJsonEscapes(text: string, start: number, end: number): [number, number] {
  let from = start;
  let to = end;
  const backslashesBefore = (offset: number) => {
    let count = 0;
    while (offset - count - 1 >= 0 && text[offset - count - 1] === '\\') count++;
    return count;
  };
  if (backslashesBefore(from) % 2 === 1) from--;
  if (backslashesBefore(to) % 2 === 1) to = text[to] === 'u' ? Math.min(text.length, to + 5) : to + 1;
  return [from, to];
}
