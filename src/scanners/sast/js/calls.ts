import {
  child,
  children,
  dottedName,
  isFunctionNode,
  type Node,
  propertyName,
  stringLiteral,
  text,
  unwrap,
  walk,
} from './ast.js';
import { stepped } from './bind.js';
import { assign, type Frame } from './frame.js';
import { nodeLocation } from './location.js';
import { type Clearing, clearingFor, clearingFromReplace } from './sanitizers.js';
import { type CallInfo, findSinks, isSinkCall } from './sinks.js';
import { type HandlerHint, sourceCall, sourceTaint } from './sources.js';
import { anyTaint, arrayValue, clearKinds, constantValue, derived, elementOf, join, type Value } from './values.js';

type Evaluate = (node: Node, frame: Frame) => Value;

const HANDLER_METHODS =
  /^(get|post|put|patch|delete|del|all|use|options|head|route|handle|on|createServer|handler|addHook|register)$/;
const CLEAN_METHODS =
  /^(includes|has|startsWith|endsWith|test|indexOf|lastIndexOf|some|every|localeCompare|isArray|hasOwnProperty|charCodeAt|codePointAt|search|findIndex|size|keys)$/;
const PATH_BUILDERS = /^path\.(join|resolve|normalize)$/;
const COPY_METHODS = /^(slice|concat|filter|reverse|sort|flat|toSorted|toReversed|values|entries|from)$/;

function normalizeModule(name: string): string {
  const bare = name.replace(/^node:/, '');
  return bare === 'fs/promises' ? 'fs' : bare === 'child_process' ? 'child_process' : bare;
}

/** `require('x')` and dynamic `import('x')` values. */
export function requireValue(specifier: string, frame: Frame): Value {
  if (specifier.startsWith('.')) return frame.engine.importLocal(specifier, frame.file) ?? {};
  return { lib: normalizeModule(specifier) };
}

/** Does a local function look like a hand-written deep merge with no prototype guard? */
function isUnsafeMerge(fn: Node, source: string): boolean {
  const body = source.slice(fn.start, fn.end);
  if (/__proto__|['"]constructor['"]|['"]prototype['"]|Object\.create\(null\)|hasOwn\(/.test(body)) return false;
  let loop = false;
  let computedAssign = false;
  let recursive = false;
  const name = text(child(fn, 'id') ?? fn, 'name');
  walk(fn, (node) => {
    if (
      node.type === 'ForInStatement' ||
      (node.type === 'CallExpression' && /Object\.(keys|entries)/.test(dottedName(child(node, 'callee') ?? node) ?? ''))
    )
      loop = true;
    if (node.type === 'AssignmentExpression' && unwrap(child(node, 'left') ?? node).computed === true)
      computedAssign = true;
    if (node.type === 'CallExpression' && name && text(unwrap(child(node, 'callee') ?? node), 'name') === name)
      recursive = true;
    return undefined;
  });
  return loop && computedAssign && recursive;
}

/** Parameters for a callback given to `method` on `receiver`. */
function callbackParams(
  info: CallInfo,
  fnIndex: number,
  fn: Node,
  frame: Frame,
): { args: Value[]; hint?: HandlerHint } {
  const receiver = info.receiver ?? {};
  if (/^(then|finally)$/.test(info.name)) return { args: [receiver] };
  if (/^(map|forEach|filter|find|flatMap|some|every|findLast|sort)$/.test(info.name))
    return { args: [elementOf(receiver), {}, receiver] };
  if (info.name === 'reduce') return { args: [info.values[1] ?? {}, elementOf(receiver)] };
  if (/^(on|once)$/.test(info.name) && receiver.object?.role === 'request' && stringLiteral(info.args[0]) === 'data') {
    return { args: [{ taint: sourceTaint(`${receiver.object.framework} request body`, info.node, frame.file) }] };
  }
  if (HANDLER_METHODS.test(info.name) || fnIndex > 0) {
    const framework =
      info.name === 'createServer' ? 'node http' : /^fastify|server$/.test(info.root ?? '') ? 'fastify' : undefined;
    return { args: [], hint: framework ? { framework } : {} };
  }
  return { args: [], hint: isFunctionNode(fn) ? {} : undefined };
}

function sanitizerClearing(info: CallInfo): Clearing | undefined {
  if (info.name === 'replace' || info.name === 'replaceAll') {
    const regex = info.values[0]?.regex;
    if (!regex) return undefined;
    const replacement = info.values[1]?.constant?.value;
    return clearingFromReplace(regex.pattern, regex.flags, typeof replacement === 'string' ? replacement : undefined);
  }
  if (
    info.name === 'format' &&
    /format/i.test(info.receiverText ?? info.qualified ?? '') &&
    /%[LI]/.test(String(info.values[0]?.constant?.value ?? ''))
  )
    return ['sql'];
  return clearingFor(info.qualified, info.dotted, info.name, info.receiverText);
}

function trustedLocalSanitizer(fn: Node, source: string): boolean {
  return /\.replace(All)?\(|\.test\(|\.match\(|includes\(|\.has\(|escape|encode|basename|parseInt|Number\(|sanitize|purify/i.test(
    source.slice(fn.start, fn.end),
  );
}

function mutate(info: CallInfo, objectNode: Node | undefined, frame: Frame): Value | undefined {
  const receiver = info.receiver;
  if (!receiver) return undefined;
  const arg = info.values[0] ?? {};
  const props = receiver.props;
  if (info.name === 'push' || info.name === 'unshift' || info.name === 'add') {
    if (props) {
      const items = [
        ...(receiver.isArray ? [...props].filter(([k]) => /^\d+$/.test(k)).map(([, v]) => v) : props.values()),
      ];
      const next = info.name === 'unshift' ? [...info.values, ...items] : [...items, ...info.values];
      props.clear();
      next.forEach((item, index) => {
        props.set(String(index), item);
      });
    } else if (objectNode && unwrap(objectNode).type === 'Identifier' && anyTaint(arg)) {
      assign(frame.scope, text(unwrap(objectNode), 'name') ?? '', join(receiver, derived([arg])));
    }
    return {};
  }
  if (info.name === 'set' && info.values.length === 2 && props) {
    const key = info.values[0]?.constant?.value;
    props.set(key === undefined ? '?' : String(key), info.values[1] ?? {});
    return receiver;
  }
  if ((info.name === 'shift' || info.name === 'pop') && props && receiver.isArray) {
    const items = [...props].filter(([k]) => /^\d+$/.test(k)).map(([, v]) => v);
    const taken = info.name === 'shift' ? items.shift() : items.pop();
    props.clear();
    items.forEach((item, index) => {
      props.set(String(index), item);
    });
    return taken ?? {};
  }
  if (info.name === 'get' && props && !receiver.object) {
    const key = info.values[0]?.constant?.value;
    return key === undefined ? elementOf(receiver) : (props.get(String(key)) ?? props.get('?') ?? {});
  }
  return undefined;
}

function builtinResult(info: CallInfo): Value | undefined {
  const dotted = info.dotted ?? '';
  const arg = info.values[0] ?? {};
  if (/^(Object\.assign)$/.test(dotted) && info.values[0]?.props) {
    for (const source of info.values.slice(1)) for (const [k, v] of source.props ?? []) info.values[0].props.set(k, v);
    const taint = info.values
      .slice(1)
      .map((v) => v.taint)
      .find(Boolean);
    return taint ? { ...info.values[0], taint } : info.values[0];
  }
  if (/^Object\.(keys|values|entries)$|^Array\.from$|^Array\.of$/.test(dotted)) {
    if (dotted === 'Object.keys' && arg.props && !arg.taint)
      return arrayValue([...arg.props.keys()].map((key) => constantValue(key)));
    return derived([arg]);
  }
  if (dotted === 'JSON.parse' || dotted === 'structuredClone') return derived([arg]);
  if (info.isNew && /^(Map|Set|WeakMap)$/.test(info.name)) return { props: new Map(), isArray: info.name === 'Set' };
  if (info.isNew && info.name === 'Array') return arrayValue([]);
  if (info.name === 'split' && info.receiver?.taint) return { taint: info.receiver.taint, isArray: true };
  if (info.name === 'join' && info.receiver?.props) {
    const items = [...info.receiver.props.values()];
    if (items.every((item) => item.constant))
      return constantValue(items.map((item) => String(item.constant?.value)).join(String(arg.constant?.value ?? ',')));
    return derived(items);
  }
  if (info.name === 'promisify' || (info.name === 'resolve' && dotted === 'Promise.resolve')) return arg;
  return undefined;
}

const FOLDABLE = new Set([
  'charAt',
  'toUpperCase',
  'toLowerCase',
  'substring',
  'slice',
  'trim',
  'at',
  'concat',
  'repeat',
  'padStart',
]);

/** `'ABC'.charAt(2)` and friends on constants, so switches and branches on them fold. */
function foldStringMethod(receiver: Value | undefined, name: string, values: readonly Value[]): Value | undefined {
  const text = receiver?.constant?.value;
  if (typeof text !== 'string' || !FOLDABLE.has(name) || !values.every((value) => value.constant)) return undefined;
  const method = (String.prototype as unknown as Record<string, (...args: unknown[]) => unknown>)[name];
  const result = method?.apply(
    text,
    values.map((value) => value.constant?.value),
  );
  return typeof result === 'string' ? constantValue(result) : undefined;
}

/** Evaluate a call or `new` expression: sinks, sanitisers, sources, local functions, callbacks. */
export function evaluateCall(node: Node, frame: Frame, isNew: boolean, evaluate: Evaluate): Value {
  const calleeNode = unwrap(child(node, 'callee') ?? node);
  const argNodes = children(node, 'arguments');
  if ((calleeNode.type === 'Identifier' && calleeNode.name === 'require') || calleeNode.type === 'Import') {
    const specifier = stringLiteral(argNodes[0]);
    return specifier ? requireValue(specifier, frame) : {};
  }
  let receiver: Value | undefined;
  let objectNode: Node | undefined;
  let name = '';
  let callee: Value;
  if (calleeNode.type === 'MemberExpression') {
    objectNode = child(calleeNode, 'object');
    receiver = objectNode ? evaluate(objectNode, frame) : {};
    name = propertyName(calleeNode) ?? '';
    callee = evaluate(calleeNode, frame);
  } else {
    name = text(calleeNode, 'name') ?? '';
    callee = evaluate(calleeNode, frame);
  }
  const values = argNodes.map((arg) => evaluate(arg, frame));
  const info: CallInfo = { node, name, args: argNodes, values, isNew };
  if (callee.lib) info.qualified = callee.lib;
  const dotted = dottedName(calleeNode);
  if (dotted) info.dotted = dotted;
  if (objectNode) {
    const receiverText = dottedName(objectNode);
    if (receiverText) info.receiverText = receiverText;
    const root = receiverText?.split('.')[0];
    if (root) info.root = root.replace(/\(\)$/, '');
  }
  if (receiver) info.receiver = receiver;

  const folded = foldStringMethod(receiver, name, values);
  if (folded) return folded;
  for (const hit of findSinks(info)) frame.engine.report(hit.kind, hit.taint, node, hit.label, frame);
  if (/^(type|contentType|set|header|setHeader)$/.test(name) && receiver?.object?.role === 'response') {
    const first = String(values[0]?.constant?.value ?? '').toLowerCase();
    const second = String(values[1]?.constant?.value ?? '').toLowerCase();
    if (
      ((name === 'type' || name === 'contentType') && first && !first.includes('html')) ||
      (first === 'content-type' && second && !second.includes('html'))
    ) {
      receiver.plainResponse = true;
    }
  }

  // Callbacks run with the caller's scope; a local function's own calls handle its callbacks.
  let callbackResult: Value | undefined;
  if (!callee.fn) {
    values.forEach((value, index) => {
      if (!value.fn) return;
      const { args, hint } = callbackParams(info, index, value.fn.node, frame);
      const result = frame.engine.invoke(value.fn, args, frame, node, hint);
      if (index === 0) callbackResult = result;
    });
  }

  if (callee.fn) {
    const fnName = name || text(child(callee.fn.node, 'id') ?? callee.fn.node, 'name') || 'function';
    const clearing = clearingFor(undefined, undefined, fnName);
    if (clearing && trustedLocalSanitizer(callee.fn.node, callee.fn.file.source)) {
      frame.engine.invoke(callee.fn, values, frame, node);
      return clearKinds(values[0] ?? {}, clearing);
    }
    if (isUnsafeMerge(callee.fn.node, callee.fn.file.source)) {
      const taint = values.map((value) => anyTaint(value)).find(Boolean);
      if (taint) frame.engine.report('proto', taint, node, `${fnName}() (recursive merge)`, frame);
    }
    const args = values.map((value, index) => {
      const param = children(callee.fn?.node ?? node, 'params')[index];
      const paramName = param?.type === 'Identifier' ? text(param, 'name') : undefined;
      return paramName
        ? stepped(value, argNodes[index] ?? node, `passed to ${fnName}() as \`${paramName}\``, frame)
        : value;
    });
    return frame.engine.invoke(callee.fn, args, frame, node);
  }

  const clearing = sanitizerClearing(info);
  if (clearing) {
    const subject =
      info.name === 'replace' ||
      info.name === 'replaceAll' ||
      info.name === 'toString' ||
      info.name === 'valueOf' ||
      (info.name === 'escape' && !info.values.length)
        ? (receiver ?? {})
        : (values[info.name === 'format' ? 1 : 0] ?? {});
    return clearKinds(info.name === 'format' ? derived(values) : subject, clearing);
  }
  if (receiver?.object) {
    const source = sourceCall(receiver.object, name, node, frame.file);
    if (source) return source;
  }
  const mutated = mutate(info, objectNode, frame);
  if (mutated) return mutated;
  const builtin = builtinResult(info);
  if (builtin) return builtin;
  if (name === 'map' && callbackResult && receiver) return { isArray: true, ...derived([callbackResult]) };
  if (/^(find|filter|at|flat|slice)$/.test(name) && receiver?.isArray)
    return name === 'filter' || name === 'slice' ? receiver : elementOf(receiver);
  if (CLEAN_METHODS.test(name) || /^(is|has|can|should)[A-Z]/.test(name)) return {};
  if (isSinkCall(info)) return {};
  const inputs = [...(receiver && !receiver.object ? [receiver] : []), ...values];
  const tainted = inputs.some((input) => anyTaint(input));
  if (!tainted) {
    if (callee.lib) return { lib: `${callee.lib}()` };
    if (receiver?.lib && !calleeNode.computed) return { lib: `${receiver.lib}.${name}()` };
    return COPY_METHODS.test(name) && receiver ? { ...receiver } : {};
  }
  const label = `${dotted ?? name}()`;
  const result = derived(inputs, { location: nodeLocation(frame.file, node), message: `passed through ${label}` });
  if (result.taint && PATH_BUILDERS.test(info.qualified ?? dotted ?? ''))
    result.taint = { ...result.taint, normalizedPath: true };
  if (result.taint && (name === 'toString' || name === 'String')) return clearKinds(result, ['nosql']);
  if (
    result.taint &&
    /^(trim|toLowerCase|toUpperCase|substring|substr|slice|padStart|padEnd|normalize|trimStart|trimEnd)$/.test(name)
  )
    return clearKinds(result, ['nosql']);
  return result;
}
