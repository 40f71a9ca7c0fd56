import { evalCall } from './calls.js';
import { foldBinary, foldCompare, parseNumber, truthy } from './const-eval.js';
import { addStep, type Frame, lookup, shortText } from './frame.js';
import {
  CLEAN,
  constantValue,
  deepTaint,
  elementOf,
  joinValues,
  mergeTaint,
  stringified,
  type Taint,
  type Value,
  withTaint,
} from './model.js';
import { canonical, dottedName, qualify } from './names.js';
import { type Node, stringLiteralValue } from './parser.js';
import { isRequestObject, sourceTaint } from './sources.js';
import { LOCAL_SOURCE_ATTRIBUTES, REQUEST_ATTRIBUTES } from './specs.js';

function attribute(node: Node, frame: Frame): Value {
  const object = node.childForFieldName('object');
  const name = node.childForFieldName('attribute')?.text ?? '';
  if (!object) return CLEAN;
  if (isRequestObject(object, frame)) {
    const structured = REQUEST_ATTRIBUTES.get(name);
    if (structured !== undefined) {
      return { taint: sourceTaint(frame, node, `${shortText(object, 30)}.${name}`, 'web', structured) };
    }
    return CLEAN;
  }
  const dotted = dottedName(node);
  if (dotted) {
    const known = lookup(frame, dotted);
    if (known) return known;
    const qualified = canonical(qualify(dotted, frame.module.imports));
    if (LOCAL_SOURCE_ATTRIBUTES.has(qualified)) return { taint: sourceTaint(frame, node, qualified, 'local', false) };
  }
  const base = evalExpr(object, frame);
  const field = base.fields?.get(name);
  if (field) return field;
  return withTaint(base.taint);
}

function subscript(node: Node, frame: Frame): Value {
  const object = node.childForFieldName('value');
  const index = node.childForFieldName('subscript');
  if (!object) return CLEAN;
  const base = evalExpr(object, frame);
  const key = index ? evalExpr(index, frame) : CLEAN;
  if (key.constant !== undefined && key.constant !== null) {
    if (base.fields && typeof key.constant === 'string') {
      const field = base.fields.get(key.constant);
      if (field) return field;
      if (!base.taint) return CLEAN;
    }
    if (base.items && typeof key.constant === 'number') {
      const at = key.constant < 0 ? base.items.length + key.constant : key.constant;
      const item = base.items[at];
      if (item) return item;
    }
  }
  if (index?.type === 'slice' && base.items) return { ...base };
  return withTaint(deepTaint(base));
}

function collection(node: Node, frame: Frame): Value {
  const items: Value[] = [];
  let taint: Taint | undefined;
  for (const child of node.namedChildren) {
    if (!child || child.type === 'comment') continue;
    const value = evalExpr(child, frame);
    items.push(value);
    taint = mergeTaint(taint, deepTaint(value));
  }
  return withTaint(taint, { items });
}

function dictionary(node: Node, frame: Frame): Value {
  const fields = new Map<string, Value>();
  let taint: Taint | undefined;
  for (const child of node.namedChildren) {
    if (!child) continue;
    if (child.type === 'pair') {
      const keyNode = child.childForFieldName('key');
      const valueNode = child.childForFieldName('value');
      const key = keyNode ? evalExpr(keyNode, frame) : CLEAN;
      const value = valueNode ? evalExpr(valueNode, frame) : CLEAN;
      if (key.constant !== undefined && key.constant !== null) fields.set(String(key.constant), value);
      taint = mergeTaint(taint, mergeTaint(deepTaint(key), deepTaint(value)));
    } else if (child.type === 'dictionary_splat') {
      const inner = child.namedChildren[0];
      const value = inner ? evalExpr(inner, frame) : CLEAN;
      for (const [k, v] of value.fields ?? []) fields.set(k, v);
      taint = mergeTaint(taint, deepTaint(value));
    }
  }
  return withTaint(taint, { fields });
}

function fString(node: Node, frame: Frame): Value {
  let taint: Taint | undefined;
  let prefix = '';
  let prefixDone = false;
  for (const child of node.namedChildren) {
    if (!child) continue;
    if (child.type === 'interpolation') {
      prefixDone = true;
      const expr = child.namedChildren[0];
      if (expr) taint = mergeTaint(taint, deepTaint(evalExpr(expr, frame)));
    } else if (child.type === 'string_content' && !prefixDone) {
      prefix += child.text;
    }
  }
  return withTaint(stringified(taint), { prefix });
}

function comprehension(node: Node, frame: Frame): Value {
  const saved = frame.env;
  frame.env = new Map(saved);
  try {
    for (const clause of node.namedChildren) {
      if (clause?.type !== 'for_in_clause') continue;
      const left = clause.childForFieldName('left');
      const right = clause.childForFieldName('right');
      if (left && right) bindTarget(left, elementOf(evalExpr(right, frame)), frame);
    }
    const body = node.childForFieldName('body') ?? node.namedChildren[0];
    if (!body) return CLEAN;
    if (body.type === 'pair') {
      const k = body.childForFieldName('key');
      const v = body.childForFieldName('value');
      return withTaint(
        mergeTaint(k ? deepTaint(evalExpr(k, frame)) : undefined, v ? deepTaint(evalExpr(v, frame)) : undefined),
      );
    }
    return withTaint(deepTaint(evalExpr(body, frame)));
  } finally {
    frame.env = saved;
  }
}

function binary(node: Node, frame: Frame): Value {
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  const op = node.childForFieldName('operator')?.text ?? '';
  const a = left ? evalExpr(left, frame) : CLEAN;
  const b = right ? evalExpr(right, frame) : CLEAN;
  if (a.constant !== undefined && b.constant !== undefined && !a.taint && !b.taint) {
    const folded = foldBinary(op, a.constant, b.constant);
    if (folded !== undefined) return constantValue(folded);
  }
  const taint = mergeTaint(deepTaint(a), deepTaint(b));
  const out: Value = withTaint(op === '/' ? taint : stringified(taint));
  const prefix = typeof a.constant === 'string' ? a.constant : a.prefix;
  if (prefix !== undefined && (op === '+' || op === '%')) out.prefix = prefix;
  if (op === '+' && a.items && b.items) out.items = [...a.items, ...b.items];
  return out;
}

function comparison(node: Node, frame: Frame): Value {
  const operands = node.namedChildren.filter((c): c is Node => c !== null);
  for (const operand of operands) evalExpr(operand, frame);
  const ops = node.children.filter((c): c is Node => c !== null && !c.isNamed).map((c) => c.text);
  if (operands.length === 2 && ops.length === 1) {
    const [l, r] = operands;
    const a = l ? evalExpr(l, frame) : CLEAN;
    const b = r ? evalExpr(r, frame) : CLEAN;
    if (a.constant !== undefined && b.constant !== undefined && !a.taint && !b.taint) {
      const folded = foldCompare(ops[0] ?? '', a.constant, b.constant);
      if (folded !== undefined) return constantValue(folded);
    }
  }
  return CLEAN;
}

function booleanOp(node: Node, frame: Frame): Value {
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  const op = node.childForFieldName('operator')?.text;
  const a = left ? evalExpr(left, frame) : CLEAN;
  if (a.constant !== undefined && !a.taint) {
    const leftTrue = truthy(a.constant);
    if (op === 'and' && !leftTrue) return a;
    if (op === 'or' && leftTrue) return a;
    return right ? evalExpr(right, frame) : CLEAN;
  }
  const b = right ? evalExpr(right, frame) : CLEAN;
  return joinValues(withTaint(deepTaint(a)), withTaint(deepTaint(b)));
}

/** Bind an assignment target to a value (identifiers, tuples, attributes, subscripts). */
export function bindTarget(target: Node, value: Value, frame: Frame): void {
  switch (target.type) {
    case 'identifier':
    case 'attribute': {
      const key = dottedName(target);
      if (key)
        frame.env.set(
          key,
          value.taint ? { ...value, taint: addStep(value.taint, frame, target, `assigned to ${key}`) } : value,
        );
      return;
    }
    case 'pattern_list':
    case 'tuple_pattern':
    case 'list_pattern':
    case 'tuple':
    case 'list':
    case 'expression_list': {
      const targets = target.namedChildren.filter((c): c is Node => c !== null);
      targets.forEach((t, i) => {
        const item = value.items && value.items.length === targets.length ? value.items[i] : elementOf(value);
        bindTarget(t, item ?? CLEAN, frame);
      });
      return;
    }
    case 'list_splat_pattern':
    case 'parenthesized_expression': {
      const inner = target.namedChildren[0];
      if (inner) bindTarget(inner, withTaint(deepTaint(value)), frame);
      return;
    }
    case 'subscript': {
      const object = target.childForFieldName('value');
      const index = target.childForFieldName('subscript');
      const key = object ? dottedName(object) : undefined;
      if (!object || !key) return;
      const old = lookup(frame, key) ?? CLEAN;
      const k = index ? evalExpr(index, frame) : CLEAN;
      const updated: Value = { ...old, taint: mergeTaint(old.taint, mergeTaint(deepTaint(value), k.taint)) };
      if (!updated.taint) delete updated.taint;
      if (typeof k.constant === 'string') updated.fields = new Map(old.fields ?? []).set(k.constant, value);
      else if (old.fields && k.constant === undefined) updated.fields = undefined;
      frame.env.set(key, updated);
      return;
    }
    default:
      return;
  }
}

/** Abstract value of an expression. */
export function evalExpr(node: Node, frame: Frame): Value {
  switch (node.type) {
    case 'identifier': {
      const value = lookup(frame, node.text);
      if (value) return value;
      const fn = frame.locals.get(node.text) ?? frame.module.functions.get(node.text);
      return fn ? { callable: fn } : CLEAN;
    }
    case 'integer':
    case 'float': {
      const n = parseNumber(node.text);
      return n === undefined ? CLEAN : constantValue(n);
    }
    case 'true':
      return constantValue(true);
    case 'false':
      return constantValue(false);
    case 'none':
      return constantValue(null);
    case 'string':
    case 'concatenated_string': {
      const literal = stringLiteralValue(node);
      if (literal !== undefined) return constantValue(literal);
      if (node.type === 'string') return fString(node, frame);
      let taint: Taint | undefined;
      for (const part of node.namedChildren) if (part) taint = mergeTaint(taint, evalExpr(part, frame).taint);
      return withTaint(taint);
    }
    case 'attribute':
      return attribute(node, frame);
    case 'subscript':
      return subscript(node, frame);
    case 'call':
      return evalCall(node, frame);
    case 'binary_operator':
      return binary(node, frame);
    case 'comparison_operator':
      return comparison(node, frame);
    case 'boolean_operator':
      return booleanOp(node, frame);
    case 'not_operator': {
      const inner = node.childForFieldName('argument');
      const value = inner ? evalExpr(inner, frame) : CLEAN;
      return value.constant !== undefined && !value.taint ? constantValue(!truthy(value.constant)) : CLEAN;
    }
    case 'unary_operator': {
      const inner = node.childForFieldName('argument');
      const value = inner ? evalExpr(inner, frame) : CLEAN;
      if (typeof value.constant === 'number' && node.childForFieldName('operator')?.text === '-') {
        return constantValue(-value.constant);
      }
      return value;
    }
    case 'conditional_expression': {
      const [whenTrue, condition, whenFalse] = node.namedChildren;
      const test = condition ? evalExpr(condition, frame) : CLEAN;
      if (test.constant !== undefined && !test.taint) {
        const chosen = truthy(test.constant) ? whenTrue : whenFalse;
        return chosen ? evalExpr(chosen, frame) : CLEAN;
      }
      return joinValues(whenTrue ? evalExpr(whenTrue, frame) : CLEAN, whenFalse ? evalExpr(whenFalse, frame) : CLEAN);
    }
    case 'list':
    case 'tuple':
    case 'set':
    case 'expression_list':
      return collection(node, frame);
    case 'dictionary':
      return dictionary(node, frame);
    case 'list_comprehension':
    case 'set_comprehension':
    case 'generator_expression':
    case 'dictionary_comprehension':
      return comprehension(node, frame);
    case 'lambda':
      return { callable: node };
    case 'named_expression': {
      const name = node.childForFieldName('name');
      const valueNode = node.childForFieldName('value');
      const value = valueNode ? evalExpr(valueNode, frame) : CLEAN;
      if (name) bindTarget(name, value, frame);
      return value;
    }
    case 'assignment': {
      const right = node.childForFieldName('right');
      const left = node.childForFieldName('left');
      const value = right ? evalExpr(right, frame) : CLEAN;
      if (left) bindTarget(left, value, frame);
      return value;
    }
    case 'parenthesized_expression':
    case 'await':
    case 'list_splat':
    case 'dictionary_splat':
    case 'keyword_argument': {
      const inner = node.type === 'keyword_argument' ? node.childForFieldName('value') : node.namedChildren[0];
      return inner ? evalExpr(inner, frame) : CLEAN;
    }
    case 'yield':
    case 'slice':
    case 'ellipsis':
    case 'comment':
      for (const child of node.namedChildren) if (child) evalExpr(child, frame);
      return CLEAN;
    default: {
      let taint: Taint | undefined;
      for (const child of node.namedChildren) if (child) taint = mergeTaint(taint, deepTaint(evalExpr(child, frame)));
      return withTaint(taint);
    }
  }
}
