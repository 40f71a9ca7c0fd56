import type { Node } from './parser.js';

/** Local name -> qualified name, from `import a.b as c` and `from a import b as c`. */
export type ImportMap = Map<string, string>;

/** Relative and plain `from X import y` statements, for resolving local modules. */
export interface FromImport {
  module: string;
  /** Leading dots of a relative import. */
  level: number;
  name: string;
  alias: string;
}

export function collectImports(root: Node): { imports: ImportMap; fromImports: FromImport[] } {
  const imports: ImportMap = new Map();
  const fromImports: FromImport[] = [];
  const visit = (node: Node): void => {
    if (node.type === 'import_statement') {
      for (const child of node.namedChildren) {
        if (!child) continue;
        if (child.type === 'dotted_name') {
          const first = child.text.split('.')[0] ?? child.text;
          imports.set(first, first);
          imports.set(child.text, child.text);
        } else if (child.type === 'aliased_import') {
          const name = child.childForFieldName('name')?.text;
          const alias = child.childForFieldName('alias')?.text;
          if (name && alias) imports.set(alias, name);
        }
      }
      return;
    }
    if (node.type === 'import_from_statement') {
      const moduleNode = node.childForFieldName('module_name');
      if (!moduleNode) return;
      const raw = moduleNode.text;
      const level = raw.length - raw.replace(/^\.+/, '').length;
      const module = raw.slice(level);
      for (const child of node.childrenForFieldName('name')) {
        const name = child.type === 'aliased_import' ? child.childForFieldName('name')?.text : child.text;
        const alias = child.type === 'aliased_import' ? child.childForFieldName('alias')?.text : child.text;
        if (!name || !alias) continue;
        imports.set(alias, module ? `${module}.${name}` : name);
        fromImports.push({ module, level, name, alias });
      }
      return;
    }
    if (node.type === 'function_definition' || node.type === 'class_definition') {
      // imports inside functions still count: visit the body
    }
    for (const child of node.namedChildren) if (child) visit(child);
  };
  visit(root);
  return { imports, fromImports };
}

/** Dotted text of a name/attribute chain (`a.b.c`), or undefined for anything else. */
export function dottedName(node: Node): string | undefined {
  if (node.type === 'identifier') return node.text;
  if (node.type === 'attribute') {
    const object = node.childForFieldName('object');
    const attribute = node.childForFieldName('attribute');
    if (!object || !attribute) return undefined;
    const base = dottedName(object);
    return base === undefined ? undefined : `${base}.${attribute.text}`;
  }
  return undefined;
}

/** Resolve the first segment of a dotted name through the imports: `sp.run` -> `subprocess.run`. */
export function qualify(dotted: string, imports: ImportMap): string {
  const direct = imports.get(dotted);
  if (direct) return direct;
  const dot = dotted.indexOf('.');
  const head = dot === -1 ? dotted : dotted.slice(0, dot);
  const mapped = imports.get(head);
  if (!mapped) return dotted;
  return dot === -1 ? mapped : mapped + dotted.slice(dot);
}

/** Whether the head of a dotted name is an imported module or symbol. */
export function isImported(dotted: string, imports: ImportMap): boolean {
  const head = dotted.split('.')[0] ?? dotted;
  return imports.has(head);
}

/** Strip common aliases so tables can use canonical names (flask.request.args, django ...). */
export function canonical(name: string): string {
  return name
    .replace(/^cPickle\./, 'pickle.')
    .replace(/^_pickle\./, 'pickle.')
    .replace(/^xml\.etree\.cElementTree\./, 'xml.etree.ElementTree.')
    .replace(/^flask\.helpers\./, 'flask.')
    .replace(/^werkzeug\.utils\.redirect$/, 'flask.redirect')
    .replace(/^starlette\.responses\./, 'fastapi.responses.')
    .replace(/^django\.http\.response\./, 'django.http.')
    .replace(/^markupsafe\.Markup$/, 'flask.Markup')
    .replace(/^jinja2\.Markup$/, 'flask.Markup')
    .replace(/^ldap3?\.utils\.conv\./, 'ldap.filter.');
}
