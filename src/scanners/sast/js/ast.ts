/** A loose, ESTree-shaped view of oxc-parser nodes: enough structure to walk them without `any`. */
export interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

export function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

export function child(node: Node, key: string): Node | undefined {
  const value = node[key];
  return isNode(value) ? value : undefined;
}

export function children(node: Node, key: string): Node[] {
  const value = node[key];
  return Array.isArray(value) ? value.filter(isNode) : [];
}

export function text(node: Node, key: string): string | undefined {
  const value = node[key];
  return typeof value === 'string' ? value : undefined;
}

const WRAPPERS = new Set([
  'TSAsExpression',
  'TSNonNullExpression',
  'TSSatisfiesExpression',
  'TSTypeAssertion',
  'TSInstantiationExpression',
  'ParenthesizedExpression',
  'ChainExpression',
]);

/** Strip type assertions, parentheses and optional-chain wrappers. */
export function unwrap(node: Node): Node {
  let current = node;
  while (WRAPPERS.has(current.type)) {
    const inner = child(current, 'expression');
    if (!inner) break;
    current = inner;
  }
  return current;
}

/** Call `visit` on every direct child node. */
export function forEachChild(node: Node, visit: (child: Node) => void): void {
  for (const key of Object.keys(node)) {
    if (key === 'typeAnnotation' || key === 'returnType' || key === 'typeArguments' || key === 'typeParameters')
      continue;
    const value = node[key];
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) visit(item);
    } else if (isNode(value)) visit(value);
  }
}

/** Depth-first walk; `visit` returning false skips the node's children. */
export function walk(node: Node, visit: (node: Node, parents: readonly Node[]) => boolean | undefined): void {
  const parents: Node[] = [];
  const step = (current: Node): void => {
    if (visit(current, parents) === false) return;
    parents.push(current);
    forEachChild(current, step);
    parents.pop();
  };
  step(node);
}

/** Name of a member expression's property when it is static (`a.b`, `a['b']`). */
export function propertyName(member: Node): string | undefined {
  const property = child(member, 'property');
  if (!property) return undefined;
  if (!member.computed) return property.type === 'Identifier' ? text(property, 'name') : undefined;
  if (property.type === 'Literal' && typeof property.value === 'string') return property.value;
  return undefined;
}

/** `a.b.c` for a static member chain (calls inside are shown as `()`), undefined otherwise. */
export function dottedName(input: Node): string | undefined {
  const node = unwrap(input);
  if (node.type === 'Identifier') return text(node, 'name');
  if (node.type === 'ThisExpression') return 'this';
  if (node.type === 'MemberExpression') {
    const object = child(node, 'object');
    const name = propertyName(node);
    const base = object ? dottedName(object) : undefined;
    return base !== undefined && name !== undefined ? `${base}.${name}` : undefined;
  }
  if (node.type === 'CallExpression') {
    const callee = child(node, 'callee');
    const base = callee ? dottedName(callee) : undefined;
    return base === undefined ? undefined : `${base}()`;
  }
  return undefined;
}

/** The leftmost identifier of a member/call chain: `res` for `res.status(200).send`. */
export function rootName(input: Node): string | undefined {
  let node = unwrap(input);
  for (;;) {
    if (node.type === 'Identifier') return text(node, 'name');
    if (node.type === 'ThisExpression') return 'this';
    const next =
      node.type === 'MemberExpression'
        ? child(node, 'object')
        : node.type === 'CallExpression'
          ? child(node, 'callee')
          : undefined;
    if (!next) return undefined;
    node = unwrap(next);
  }
}

export function isFunctionNode(node: Node): boolean {
  return (
    node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression'
  );
}

/** The constant string of a string literal or a template without expressions. */
export function stringLiteral(input: Node | undefined): string | undefined {
  if (!input) return undefined;
  const node = unwrap(input);
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && children(node, 'expressions').length === 0) {
    const quasi = children(node, 'quasis')[0];
    const value = quasi?.value as { cooked?: unknown } | undefined;
    return typeof value?.cooked === 'string' ? value.cooked : undefined;
  }
  return undefined;
}

/** Key of an object-literal property when static. */
export function keyName(property: Node): string | undefined {
  const key = child(property, 'key');
  if (!key) return undefined;
  if (!property.computed && key.type === 'Identifier') return text(key, 'name');
  if (key.type === 'Literal' && (typeof key.value === 'string' || typeof key.value === 'number'))
    return String(key.value);
  return undefined;
}
