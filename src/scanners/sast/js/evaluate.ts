import { child, children, dottedName, keyName, type Node, propertyName, text, unwrap } from './ast.js';
import { bindPattern, memberValue, stepped } from './bind.js';
import { evaluateCall } from './calls.js';
import { assign, type Frame, lookup } from './frame.js';
import { type Refinement, refinementsOf } from './guards.js';
import { globalSource } from './sources.js';
import {
  anyTaint,
  arrayValue,
  clearKinds,
  constantValue,
  derived,
  join,
  type SinkKind,
  taintFor,
  type Value,
} from './values.js';

type Primitive = string | number | boolean | null | undefined;

function fold(op: string, a: Primitive, b: Primitive): Primitive | typeof NO_FOLD {
  const x = a as never;
  const y = b as never;
  switch (op) {
    case '+':
      return (x as number) + (y as number);
    case '-':
      return (x as number) - (y as number);
    case '*':
      return (x as number) * (y as number);
    case '/':
      return (x as number) / (y as number);
    case '%':
      return (x as number) % (y as number);
    case '**':
      return (x as number) ** (y as number);
    case '>':
      return x > y;
    case '<':
      return x < y;
    case '>=':
      return x >= y;
    case '<=':
      return x <= y;
    case '===':
      return x === y;
    case '!==':
      return x !== y;
    case '==':
      return looseEqual(x, y);
    case '!=':
      return !looseEqual(x, y);
    default:
      return NO_FOLD;
  }
}
const NO_FOLD = Symbol('no-fold');

function looseEqual(a: Primitive, b: Primitive): boolean {
  if (a === null || a === undefined || b === null || b === undefined)
    return (a === null || a === undefined) && (b === null || b === undefined);
  return typeof a === typeof b ? a === b : Number(a) === Number(b);
}

/** String building: a constant scheme+host or "/path/" prefix keeps the target on our side. */
export function concatenate(parts: readonly Value[], node: Node, frame: Frame): Value {
  if (parts.every((part) => part.constant !== undefined))
    return constantValue(parts.map((part) => String(part.constant?.value)).join(''));
  let result = derived(parts);
  if (!result.taint) return {};
  const clears: SinkKind[] = ['nosql'];
  const prefix = parts[0]?.constant?.value;
  if (typeof prefix === 'string' && parts[0] !== undefined && !parts[0].taint) {
    if (/^https?:\/\/[^/?#]+[/?#]/i.test(prefix)) clears.push('ssrf', 'redirect');
    if (/^\/[^/\\]/.test(prefix)) clears.push('ssrf', 'redirect');
  }
  result = clearKinds(result, clears);
  return stepped(result, node, 'concatenated into a string', frame);
}

function truthiness(value: Value): boolean | undefined {
  return value.constant ? Boolean(value.constant.value) : value.fn || value.props ? true : undefined;
}

export function evaluate(input: Node, frame: Frame): Value {
  if (--frame.engine.budget.steps < 0) return {};
  const node = unwrap(input);
  switch (node.type) {
    case 'Literal': {
      const regex = node.regex as { pattern?: unknown; flags?: unknown } | undefined;
      if (regex && typeof regex.pattern === 'string')
        return { regex: { pattern: regex.pattern, flags: String(regex.flags ?? '') } };
      const value = node.value;
      return typeof value === 'object' && value !== null ? {} : constantValue(value as Primitive);
    }
    case 'TemplateLiteral': {
      const quasis = children(node, 'quasis');
      const expressions = children(node, 'expressions');
      const parts: Value[] = [];
      quasis.forEach((quasi, index) => {
        const cooked = (quasi.value as { cooked?: unknown } | undefined)?.cooked;
        if (typeof cooked === 'string' && cooked !== '') parts.push(constantValue(cooked));
        const expression = expressions[index];
        if (expression) parts.push(evaluate(expression, frame));
      });
      return parts.length === 0 ? constantValue('') : concatenate(parts, node, frame);
    }
    case 'Identifier': {
      const name = text(node, 'name') ?? '';
      const found = lookup(frame.scope, name);
      if (found) return found;
      if (name === 'undefined') return constantValue(undefined);
      return globalSource(name, node, frame.file) ?? {};
    }
    case 'ThisExpression':
      return lookup(frame.scope, 'this') ?? {};
    case 'MemberExpression': {
      const dotted = dottedName(node);
      const objectNode = child(node, 'object');
      if (dotted && objectNode && !lookup(frame.scope, dotted.split('.')[0] ?? '')) {
        const global = globalSource(dotted, node, frame.file);
        if (global) return global;
      }
      const object = objectNode ? evaluate(objectNode, frame) : {};
      let name = propertyName(node);
      if (name === undefined && node.computed) {
        const key = evaluate(child(node, 'property') ?? node, frame);
        if (key.constant !== undefined) name = String(key.constant.value);
        else if (key.taint && !object.taint && !object.props && !object.object) return {};
      }
      return memberValue(object, name, node, frame);
    }
    case 'CallExpression':
    case 'NewExpression':
      return evaluateCall(node, frame, node.type === 'NewExpression', evaluate);
    case 'TaggedTemplateExpression': {
      for (const expression of children(child(node, 'quasi') ?? node, 'expressions')) evaluate(expression, frame);
      return {};
    }
    case 'BinaryExpression': {
      const left = evaluate(child(node, 'left') ?? node, frame);
      const right = evaluate(child(node, 'right') ?? node, frame);
      const op = String(node.operator);
      if (left.constant && right.constant) {
        const folded = fold(op, left.constant.value, right.constant.value);
        if (folded !== NO_FOLD) return constantValue(folded);
      }
      return op === '+' ? concatenate([left, right], node, frame) : {};
    }
    case 'LogicalExpression': {
      const left = evaluate(child(node, 'left') ?? node, frame);
      const truthy =
        node.operator === '??'
          ? left.constant
            ? left.constant.value !== null && left.constant.value !== undefined
            : undefined
          : truthiness(left);
      const useLeft = node.operator === '&&' ? truthy === false : truthy === true;
      if (useLeft) return left;
      const right = evaluate(child(node, 'right') ?? node, frame);
      if (truthy !== undefined) return right;
      return node.operator === '&&' ? right : join(left, right);
    }
    case 'ConditionalExpression': {
      const test = truthiness(evaluate(child(node, 'test') ?? node, frame));
      const consequent = child(node, 'consequent');
      const alternate = child(node, 'alternate');
      if (test === true && consequent) return evaluate(consequent, frame);
      if (test === false && alternate) return evaluate(alternate, frame);
      const refinements = refinementsOf(child(node, 'test') ?? node, (n) => evaluate(n, frame));
      const yes = consequent ? evaluate(consequent, refinedFrame(frame, refinements.whenTrue)) : {};
      const no = alternate ? evaluate(alternate, refinedFrame(frame, refinements.whenFalse)) : {};
      return join(yes, no);
    }
    case 'UnaryExpression': {
      const argument = evaluate(child(node, 'argument') ?? node, frame);
      const value = argument.constant?.value;
      if (argument.constant) {
        if (node.operator === '!') return constantValue(!value);
        if (node.operator === '-') return constantValue(-(value as number));
        if (node.operator === '+') return constantValue(Number(value));
        if (node.operator === 'typeof') return constantValue(typeof value);
      }
      if (node.operator === '!' && truthiness(argument) !== undefined) return constantValue(!truthiness(argument));
      return {};
    }
    case 'UpdateExpression':
      return {};
    case 'AwaitExpression':
    case 'SpreadElement':
    case 'YieldExpression':
      return child(node, 'argument') ? evaluate(child(node, 'argument') ?? node, frame) : {};
    case 'SequenceExpression': {
      let last: Value = {};
      for (const expression of children(node, 'expressions')) last = evaluate(expression, frame);
      return last;
    }
    case 'AssignmentExpression':
      return evaluateAssignment(node, frame);
    case 'ObjectExpression': {
      const props = new Map<string, Value>();
      let taint: Value = {};
      for (const property of children(node, 'properties')) {
        if (property.type === 'SpreadElement') {
          const spread = evaluate(child(property, 'argument') ?? property, frame);
          for (const [key, member] of spread.props ?? []) props.set(key, member);
          if (spread.taint) taint = { taint: spread.taint };
          continue;
        }
        const valueNode = child(property, 'value');
        const value = valueNode ? evaluate(valueNode, frame) : {};
        const key = keyName(property);
        if (key !== undefined) props.set(key, value);
        else props.set('?', join(props.get('?'), value));
      }
      return { ...taint, props };
    }
    case 'ArrayExpression': {
      const elements: Value[] = [];
      let spreadTaint: Value = {};
      for (const element of children(node, 'elements')) {
        if (element.type === 'SpreadElement') {
          const spread = evaluate(child(element, 'argument') ?? element, frame);
          if (spread.props && spread.isArray) elements.push(...spread.props.values());
          else if (anyTaint(spread)) spreadTaint = derived([spread]);
          continue;
        }
        elements.push(evaluate(element, frame));
      }
      return { ...arrayValue(elements), ...spreadTaint };
    }
    case 'FunctionExpression':
    case 'ArrowFunctionExpression':
      return { fn: { node, scope: frame.scope, file: frame.file } };
    case 'JSXElement':
    case 'JSXFragment':
      evaluateJsx(node, frame);
      return {};
    default:
      return {};
  }
}

/** A frame whose scope shadows refined variables (for `cond ? a : b`). */
function refinedFrame(frame: Frame, refinements: readonly Refinement[]): Frame {
  if (refinements.length === 0) return frame;
  const vars = new Map<string, Value>();
  for (const refinement of refinements) {
    const current = lookup(frame.scope, refinement.name);
    if (!current) continue;
    if (refinement.constant !== undefined) vars.set(refinement.name, constantValue(refinement.constant));
    else if (refinement.clearing && (!refinement.needsNormalizedPath || current.taint?.normalizedPath))
      vars.set(refinement.name, clearKinds(current, refinement.clearing));
  }
  return { ...frame, scope: { vars, parent: frame.scope } };
}

function evaluateJsx(node: Node, frame: Frame): void {
  for (const attribute of children(child(node, 'openingElement') ?? node, 'attributes')) {
    const name = text(child(attribute, 'name') ?? attribute, 'name');
    const container = child(attribute, 'value');
    const expression = container ? child(container, 'expression') : undefined;
    if (!expression) continue;
    const value = evaluate(expression, frame);
    if (name === 'dangerouslySetInnerHTML') {
      const taint = taintFor(value.props?.get('__html') ?? {}, 'xss');
      if (taint) frame.engine.report('xss', taint, attribute, 'dangerouslySetInnerHTML', frame);
    }
  }
  for (const element of children(node, 'children')) {
    if (element.type === 'JSXExpressionContainer') {
      const expression = child(element, 'expression');
      if (expression) evaluate(expression, frame);
    } else if (element.type === 'JSXElement' || element.type === 'JSXFragment') evaluateJsx(element, frame);
  }
}

function evaluateAssignment(node: Node, frame: Frame): Value {
  const left = child(node, 'left');
  const rightNode = child(node, 'right');
  if (!left || !rightNode) return {};
  let value = evaluate(rightNode, frame);
  const op = String(node.operator);
  if (op !== '=') {
    const previous = evaluate(left, frame);
    value =
      op === '+='
        ? concatenate([previous, value], node, frame)
        : op === '||=' || op === '??='
          ? join(previous, value)
          : {};
  }
  const target = unwrap(left);
  if (target.type !== 'MemberExpression') {
    bindPattern(target, value, frame, false, (n) => evaluate(n, frame));
    return value;
  }
  assignMember(target, value, node, frame);
  return value;
}

function assignMember(target: Node, value: Value, node: Node, frame: Frame): void {
  const objectNode = child(target, 'object') ?? target;
  const dotted = dottedName(target) ?? '';
  let name = propertyName(target);
  let keyValue: Value = {};
  if (name === undefined && target.computed) {
    keyValue = evaluate(child(target, 'property') ?? target, frame);
    if (keyValue.constant !== undefined) name = String(keyValue.constant.value);
  }
  const report = (kind: SinkKind, label: string, taint = taintFor(value, kind)) => {
    if (taint) frame.engine.report(kind, taint, node, label, frame);
  };
  if (name === 'innerHTML' || name === 'outerHTML') report('xss', name);
  if (/^(window\.|document\.)?location(\.href)?$/.test(dotted)) report('redirect', 'location assignment');
  if (/\.session(\.|$)/.test(dottedName(objectNode) ?? '')) {
    const root = lookup(frame.scope, dotted.split('.')[0] ?? '');
    if (root?.object?.role === 'request') report('trust', 'req.session');
  }
  if (name === 'body' && lookup(frame.scope, dotted.split('.')[0] ?? '')?.object?.role === 'context') {
    const right = unwrap(child(node, 'right') ?? node);
    if (right.type === 'TemplateLiteral' || right.type === 'BinaryExpression') {
      const html = frame.file.source.slice(right.start, right.end).includes('<');
      if (html) report('xss', 'ctx.body as HTML');
    }
  }
  const innerObject = unwrap(objectNode);
  if (target.computed && innerObject.type === 'MemberExpression' && innerObject.computed) {
    const outerKey = evaluate(child(innerObject, 'property') ?? innerObject, frame);
    const taint = taintFor(outerKey, 'proto');
    if (taint && !frame.file.source.slice(0, node.start).includes('__proto__'))
      frame.engine.report('proto', taint, node, 'nested property assignment', frame);
  }
  const object = evaluate(objectNode, frame);
  if (object.props) {
    if (name !== undefined) object.props.set(name, value);
    else object.props.set('?', join(object.props.get('?'), value));
  } else if (unwrap(objectNode).type === 'Identifier' && (anyTaint(value) || value.fn) && !object.object) {
    const variable = text(unwrap(objectNode), 'name') ?? '';
    assign(frame.scope, variable, { ...object, props: new Map([[name ?? '?', value]]) });
  }
}
