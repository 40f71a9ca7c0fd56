import { child, children, type Node, propertyName, stringLiteral, text, unwrap } from './ast.js';
import type { Clearing } from './sanitizers.js';
import type { Value } from './values.js';

/** "After this test is true/false, variable `name` is safe for these kinds (or equals this constant)." */
export interface Refinement {
  name: string;
  clearing?: Clearing;
  constant?: string | number | boolean;
  /** Only meaningful when the value went through path.resolve/join (prefix checks). */
  needsNormalizedPath?: boolean;
}

export interface Refinements {
  whenTrue: Refinement[];
  whenFalse: Refinement[];
}

const NONE: Refinements = { whenTrue: [], whenFalse: [] };

type Evaluate = (node: Node) => Value;

function variableOf(input: Node | undefined): { name: string; member?: string } | undefined {
  if (!input) return undefined;
  const node = unwrap(input);
  if (node.type === 'Identifier') return { name: String(node.name) };
  if (node.type === 'MemberExpression') {
    const object = unwrap(child(node, 'object') ?? node);
    const member = propertyName(node);
    if (object.type === 'Identifier' && member) return { name: String(object.name), member };
  }
  return undefined;
}

function allowListed(target: Node | undefined): Refinement[] {
  const variable = variableOf(target);
  if (!variable) return [];
  if (variable.member && /^(hostname|host|origin|protocol)$/.test(variable.member)) {
    return [{ name: variable.name, clearing: ['ssrf', 'redirect'] }];
  }
  return variable.member ? [] : [{ name: variable.name, clearing: 'all' }];
}

function anchoredRegex(value: Value): Clearing | undefined {
  const regex = value.regex;
  if (!regex?.pattern.startsWith('^') || !regex.pattern.endsWith('$')) return undefined;
  const body = regex.pattern.slice(1, -1);
  if (/(^|[^\\])\.[*+]/.test(body)) return undefined;
  return /\/|\\\\|\\W|\\S/.test(body)
    ? ['sql', 'cmd', 'xss', 'code', 'nosql', 'ldap', 'xpath', 'redos', 'log', 'ssrf']
    : 'all';
}

function fromCall(node: Node, evaluate: Evaluate): Refinements {
  const callee = unwrap(child(node, 'callee') ?? node);
  const args = children(node, 'arguments');
  const method =
    callee.type === 'MemberExpression'
      ? propertyName(callee)
      : callee.type === 'Identifier'
        ? text(callee, 'name')
        : undefined;
  if (!method) return NONE;
  const receiver = callee.type === 'MemberExpression' ? child(callee, 'object') : undefined;
  const receiverValue = receiver ? evaluate(receiver) : {};
  if ((method === 'includes' || method === 'has' || method === 'indexOf') && receiver) {
    if (!receiverValue.taint) return { whenTrue: allowListed(args[0]), whenFalse: [] };
    const needle = stringLiteral(args[0]);
    const variable = variableOf(receiver);
    if (variable && !variable.member && needle?.includes('..'))
      return { whenTrue: [], whenFalse: [{ name: variable.name, clearing: ['path'] }] };
    return NONE;
  }
  if (method === 'test' && receiver) {
    const clearing = anchoredRegex(receiverValue);
    const variable = variableOf(args[0]);
    return clearing && variable && !variable.member
      ? { whenTrue: [{ name: variable.name, clearing }], whenFalse: [] }
      : NONE;
  }
  if (method === 'match' && receiver && args[0]) {
    const clearing = anchoredRegex(evaluate(args[0]));
    const variable = variableOf(receiver);
    return clearing && variable && !variable.member
      ? { whenTrue: [{ name: variable.name, clearing }], whenFalse: [] }
      : NONE;
  }
  if (method === 'startsWith' && receiver) {
    const variable = variableOf(receiver);
    if (!variable || variable.member) return NONE;
    const prefix = stringLiteral(args[0]);
    if (prefix !== undefined && /^https?:\/\/[^/]+\//i.test(prefix))
      return { whenTrue: [{ name: variable.name, clearing: ['ssrf', 'redirect'] }], whenFalse: [] };
    if (prefix !== undefined && prefix.length <= 1) return NONE;
    return { whenTrue: [{ name: variable.name, clearing: ['path'], needsNormalizedPath: true }], whenFalse: [] };
  }
  if (method === 'isNaN') {
    const variable = variableOf(args[0]);
    return variable && !variable.member
      ? { whenTrue: [], whenFalse: [{ name: variable.name, clearing: 'all' }] }
      : NONE;
  }
  const guardName =
    /^(is(Integer|SafeInteger|Finite|Int|Numeric|Number|UUID|Uuid|Alphanumeric|Alpha|MongoId|Hexadecimal|Email|Boolean|Date|ObjectId)|is(Valid|Safe|Allowed|Whitelisted|Permitted|Trusted)\w*|(valid|safe|allowed)\w*)$/i;
  if (guardName.test(method) && !/ur[li]|path|redirect|host/i.test(method.replace(/^is/, ''))) {
    const variable = variableOf(args[0]);
    return variable && !variable.member
      ? { whenTrue: [{ name: variable.name, clearing: 'all' }], whenFalse: [] }
      : NONE;
  }
  if (/^is(Valid|Safe|Allowed)\w*(Url|Uri|Host|Redirect)$/i.test(method)) {
    const variable = variableOf(args[0]);
    return variable && !variable.member
      ? { whenTrue: [{ name: variable.name, clearing: ['ssrf', 'redirect'] }], whenFalse: [] }
      : NONE;
  }
  return NONE;
}

function fromTypeof(node: Node, negate: boolean): Refinements {
  const left = unwrap(child(node, 'left') ?? node);
  const right = stringLiteral(child(node, 'right'));
  if (left.type !== 'UnaryExpression' || left.operator !== 'typeof' || !right) return NONE;
  const variable = variableOf(child(left, 'argument'));
  if (!variable || variable.member) return NONE;
  const clearing: Clearing = right === 'number' || right === 'boolean' ? 'all' : right === 'string' ? ['nosql'] : [];
  const refinement = [{ name: variable.name, clearing }];
  return negate ? { whenTrue: [], whenFalse: refinement } : { whenTrue: refinement, whenFalse: [] };
}

/** What a branch condition proves about variables in each branch. */
export function refinementsOf(input: Node, evaluate: Evaluate): Refinements {
  const node = unwrap(input);
  if (node.type === 'UnaryExpression' && node.operator === '!') {
    const inner = refinementsOf(child(node, 'argument') ?? node, evaluate);
    return { whenTrue: inner.whenFalse, whenFalse: inner.whenTrue };
  }
  if (node.type === 'LogicalExpression') {
    const left = refinementsOf(child(node, 'left') ?? node, evaluate);
    const right = refinementsOf(child(node, 'right') ?? node, evaluate);
    if (node.operator === '&&') return { whenTrue: [...left.whenTrue, ...right.whenTrue], whenFalse: [] };
    if (node.operator === '||') return { whenTrue: [], whenFalse: [...left.whenFalse, ...right.whenFalse] };
    return NONE;
  }
  if (node.type === 'CallExpression') return fromCall(node, evaluate);
  if (node.type === 'BinaryExpression') {
    const op = String(node.operator);
    const negate = op === '!==' || op === '!=';
    if (op === '===' || op === '==' || negate) {
      const typeofRefinement = fromTypeof(node, negate);
      if (typeofRefinement !== NONE) return typeofRefinement;
      const left = child(node, 'left');
      const right = child(node, 'right');
      const variable = variableOf(left);
      const constant = right ? evaluate(right).constant?.value : undefined;
      if (variable?.member && /^(hostname|host|origin)$/.test(variable.member) && typeof constant === 'string') {
        const hostRefinement: Refinement[] = [{ name: variable.name, clearing: ['ssrf', 'redirect'] }];
        return negate ? { whenTrue: [], whenFalse: hostRefinement } : { whenTrue: hostRefinement, whenFalse: [] };
      }
      if (
        variable &&
        !variable.member &&
        (typeof constant === 'string' || typeof constant === 'number' || typeof constant === 'boolean')
      ) {
        const refinement = [{ name: variable.name, constant }];
        return negate ? { whenTrue: [], whenFalse: refinement } : { whenTrue: refinement, whenFalse: [] };
      }
      const call = left ? unwrap(left) : undefined;
      if (call?.type === 'CallExpression' && right && evaluate(right).constant?.value === -1) {
        const inner = fromCall(call, evaluate);
        return negate ? inner : { whenTrue: inner.whenFalse, whenFalse: inner.whenTrue };
      }
    }
    if ((op === '>=' || op === '>') && unwrap(child(node, 'left') ?? node).type === 'CallExpression') {
      return fromCall(unwrap(child(node, 'left') ?? node), evaluate);
    }
  }
  return NONE;
}
