import { type CallArgs, type Frame, lookup, type ModuleInfo } from './frame.js';
import {
  type Category,
  CLEAN,
  cleanse,
  deepTaint,
  elementOf,
  mergeTaint,
  stringified,
  type Taint,
  type Value,
  withTaint,
} from './model.js';
import { canonical, dottedName, qualify } from './names.js';
import type { Node } from './parser.js';
import { checkSinks } from './sinks.js';
import { isRequestObject, sourceTaint } from './sources.js';
import { CLEAN_CALLS, CLEAN_METHODS, LOCAL_SOURCE_CALLS, REQUEST_METHODS, SANITIZERS } from './specs.js';

/** What the sink and propagation rules know about one call. */
export interface CallSite extends CallArgs {
  frame: Frame;
  /** Resolved qualified name when the callee is a module function or builtin. */
  qname?: string;
  method?: string;
  receiver?: Value;
  receiverNode?: Node;
}

const BUILTINS = new Set([
  'open',
  'eval',
  'exec',
  'compile',
  'input',
  'raw_input',
  'execfile',
  'int',
  'float',
  'bool',
  'len',
  'str',
  'map',
  'filter',
  'sorted',
  'list',
  'tuple',
  'set',
  'dict',
  'abs',
  'round',
  'ord',
  'hash',
  'id',
  'isinstance',
  'hasattr',
  'callable',
  'repr',
  'format',
  'bytes',
  'complex',
]);

/** Classes and factories whose instances later calls dispatch on (HTTP clients, XML parsers, loggers, paths). */
const FACTORIES = new Set([
  'aiohttp.ClientSession',
  'httpx.Client',
  'httpx.AsyncClient',
  'requests.Session',
  'requests.session',
  'urllib3.PoolManager',
  'logging.getLogger',
  'lxml.etree.XMLParser',
  'xml.sax.make_parser',
  'pathlib.Path',
  'pathlib.PurePath',
  'ldap.initialize',
  'ldap3.Connection',
  're.compile',
  'lxml.etree.XPath',
]);

const PASS_THROUGH_METHODS = new Set([
  'strip',
  'lstrip',
  'rstrip',
  'lower',
  'upper',
  'title',
  'capitalize',
  'casefold',
  'encode',
  'decode',
  'split',
  'rsplit',
  'splitlines',
  'partition',
  'rpartition',
  'zfill',
  'ljust',
  'rjust',
  'center',
  'expandtabs',
  'swapcase',
  'translate',
  'removeprefix',
  'removesuffix',
  'copy',
  'read',
  'readline',
  'readlines',
  'getlist',
  'to_dict',
  'dict',
  'items',
  'values',
  'keys',
  'getvalue',
  'resolve',
  'absolute',
  'with_suffix',
  'joinpath',
]);

const MUTATORS = new Set(['append', 'extend', 'add', 'insert', 'update', 'appendleft', 'setdefault', 'push']);

function collectArgs(node: Node, frame: Frame): CallArgs {
  const evalExpr = frame.analysis.hooks.evalExpr;
  const positional: Value[] = [];
  const keywords = new Map<string, Value>();
  const argsNode = node.childForFieldName('arguments');
  for (const arg of argsNode?.namedChildren ?? []) {
    if (!arg || arg.type === 'comment') continue;
    if (arg.type === 'keyword_argument') {
      const name = arg.childForFieldName('name')?.text ?? '';
      const valueNode = arg.childForFieldName('value');
      keywords.set(name, valueNode ? evalExpr(valueNode, frame) : CLEAN);
    } else if (arg.type === 'dictionary_splat') {
      const inner = arg.namedChildren[0];
      const value = inner ? evalExpr(inner, frame) : CLEAN;
      for (const [k, v] of value.fields ?? []) keywords.set(k, v);
      if (value.taint) keywords.set('**', value);
    } else if (arg.type === 'list_splat') {
      const inner = arg.namedChildren[0];
      const value = inner ? evalExpr(inner, frame) : CLEAN;
      positional.push(...(value.items ?? [withTaint(deepTaint(value))]));
    } else {
      positional.push(evalExpr(arg, frame));
    }
  }
  return { node, positional, keywords };
}

function allArgsTaint(call: CallArgs): Taint | undefined {
  let taint: Taint | undefined;
  for (const v of call.positional) taint = mergeTaint(taint, deepTaint(v));
  for (const v of call.keywords.values()) taint = mergeTaint(taint, deepTaint(v));
  return taint;
}

function isShadowed(frame: Frame, head: string): boolean {
  return (
    frame.env.has(head) || frame.module.globals.has(head) || frame.locals.has(head) || frame.module.functions.has(head)
  );
}

function classMethod(frame: Frame, name: string): Node | undefined {
  const body = frame.cls?.childForFieldName('body');
  for (const child of body?.namedChildren ?? []) {
    const def = child?.type === 'decorated_definition' ? child.childForFieldName('definition') : child;
    if (def?.type === 'function_definition' && def.childForFieldName('name')?.text === name) return def;
  }
  return undefined;
}

function isLocalClass(frame: Frame, name: string): boolean {
  if (lookup(frame, name)) return false;
  for (const key of frame.module.functions.keys()) if (key.startsWith(`${name}.`)) return true;
  return false;
}

/** The function a call goes to, when it is defined in this file or a local module. */
function resolveCallable(
  callee: Node,
  frame: Frame,
  receiver?: Value,
): { fn: Node; module: ModuleInfo; bound: boolean } | undefined {
  if (callee.type === 'identifier') {
    const name = callee.text;
    const value = lookup(frame, name);
    if (value?.callable) return { fn: value.callable, module: frame.module, bound: false };
    if (value) return undefined;
    const fn = frame.locals.get(name) ?? frame.module.functions.get(name);
    if (fn) return { fn, module: frame.module, bound: false };
    const local = frame.analysis.hooks.localModule(frame, name);
    return local ? { ...local, bound: false } : undefined;
  }
  const dotted =
    dottedName(callee) ??
    (callee.type === 'attribute' ? `_.${callee.childForFieldName('attribute')?.text}` : undefined);
  if (!dotted) return undefined;
  const [head, name, ...rest] = dotted.split('.');
  if (!head || !name) return undefined;
  if ((head === 'self' || head === 'cls') && rest.length === 0) {
    const fn = classMethod(frame, name);
    return fn ? { fn, module: frame.module, bound: true } : undefined;
  }
  const receiverClass = receiver?.instanceOf;
  if (receiverClass && rest.length === 0 && frame.module.functions.has(`${receiverClass}.${name}`)) {
    const method = frame.module.functions.get(`${receiverClass}.${name}`);
    if (method) return { fn: method, module: frame.module, bound: true };
  }
  const fn = rest.length === 0 ? frame.module.functions.get(dotted) : undefined;
  if (fn) return { fn, module: frame.module, bound: false };
  if (frame.module.imports.has(head) && !isShadowed(frame, head)) {
    const local = frame.analysis.hooks.localModule(frame, dotted);
    return local ? { ...local, bound: false } : undefined;
  }
  return undefined;
}

function receiverMethod(site: CallSite): Value | undefined {
  const { method, receiver, positional, frame, receiverNode } = site;
  if (!method || !receiver) return undefined;
  const arg0 = positional[0];
  const receiverTaint = deepTaint(receiver);
  switch (method) {
    case 'format':
    case 'format_map':
    case 'join':
    case 'replace': {
      if (method === 'replace' && typeof arg0?.constant === 'string' && /[\r\n]/.test(arg0.constant)) {
        return cleanse(withTaint(receiverTaint), ['log', 'header']);
      }
      const taint = stringified(mergeTaint(receiverTaint, allArgsTaint(site)));
      const prefix = typeof receiver.constant === 'string' ? receiver.constant.split('{')[0] : undefined;
      return withTaint(taint, prefix !== undefined && method === 'format' ? { prefix } : {});
    }
    case 'get':
    case 'pop':
    case 'setdefault':
    case 'getlist': {
      const key = arg0?.constant;
      if (receiver.fields && typeof key === 'string') {
        const field = receiver.fields.get(key);
        if (field) return field;
      }
      if (method === 'pop' && receiver.items && typeof key === 'number') {
        const item = receiver.items[key < 0 ? receiver.items.length + key : key];
        const owner = receiverNode ? dottedName(receiverNode) : undefined;
        if (owner) {
          const items = receiver.items.filter((_, i) => i !== (key < 0 ? receiver.items!.length + key : key));
          frame.env.set(
            owner,
            withTaint(
              items.reduce<Taint | undefined>((t, v) => mergeTaint(t, deepTaint(v)), undefined),
              { items },
            ),
          );
        }
        return item ?? CLEAN;
      }
      return withTaint(mergeTaint(receiverTaint, positional[1]?.taint));
    }
    default:
      break;
  }
  if (MUTATORS.has(method) && receiverNode) {
    const owner = dottedName(receiverNode);
    const added = allArgsTaint(site);
    if (owner && added) {
      const updated: Value = { ...receiver, taint: mergeTaint(receiver.taint, added) };
      if (method === 'append' && receiver.items && arg0) updated.items = [...receiver.items, arg0];
      else delete updated.items;
      frame.env.set(owner, updated);
    }
    return CLEAN;
  }
  if (method === 'setFeature' && receiverNode && positional[1]?.constant === true) {
    const owner = dottedName(receiverNode);
    if (owner) frame.env.set(owner, { ...receiver, flags: new Set([...(receiver.flags ?? []), 'xxe']) });
    return CLEAN;
  }
  if (PASS_THROUGH_METHODS.has(method))
    return withTaint(receiverTaint, receiver.items ? { items: receiver.items } : {});
  return undefined;
}

function factoryValue(site: CallSite): Value {
  const { qname = '', positional, keywords } = site;
  const flags = new Set<string>();
  if (qname === 'lxml.etree.XMLParser') {
    if (
      keywords.get('resolve_entities')?.constant === true ||
      keywords.get('load_dtd')?.constant === true ||
      keywords.get('no_network')?.constant === false
    )
      flags.add('xxe');
  }
  const taint = qname.startsWith('pathlib.') ? deepTaint(positional[0]) : undefined;
  return withTaint(taint, { instanceOf: qname, flags });
}

/** Evaluate a call: sources, sinks, sanitisers, local functions, then generic propagation. */
export function evalCall(node: Node, frame: Frame): Value {
  const { hooks } = frame.analysis;
  const callee = node.childForFieldName('function');
  if (!callee) return CLEAN;
  const site: CallSite = { frame, node, positional: [], keywords: new Map() };
  if (callee.type === 'attribute') {
    site.method = callee.childForFieldName('attribute')?.text;
    site.receiverNode = callee.childForFieldName('object') ?? undefined;
  }
  const dotted = dottedName(callee);
  const head = dotted?.split('.')[0] ?? '';
  if (dotted && !isShadowed(frame, head) && (frame.module.imports.has(head) || !dotted.includes('.'))) {
    site.qname = canonical(qualify(dotted, frame.module.imports));
    if (!dotted.includes('.') && !frame.module.imports.has(head) && !BUILTINS.has(head)) site.qname = dotted;
  }
  if (site.receiverNode && site.method) {
    if (REQUEST_METHODS.has(site.method) && isRequestObject(site.receiverNode, frame)) {
      return {
        taint: sourceTaint(frame, node, `request.${site.method}()`, 'web', REQUEST_METHODS.get(site.method) ?? false),
      };
    }
    site.receiver = hooks.evalExpr(site.receiverNode, frame);
  }
  if (site.qname && LOCAL_SOURCE_CALLS.has(site.qname)) {
    return { taint: sourceTaint(frame, node, `${site.qname}()`, 'local', false) };
  }
  const args = collectArgs(node, frame);
  site.positional = args.positional;
  site.keywords = args.keywords;
  const reported: Category[] = checkSinks(site);
  const result = propagate(site, callee);
  return reported.length > 0 ? cleanse(result, reported) : result;
}

function propagate(site: CallSite, callee: Node): Value {
  const { frame, qname, method, positional } = site;
  const { hooks } = frame.analysis;
  const sanitizer = qname ? SANITIZERS.get(qname) : undefined;
  if (sanitizer) return cleanse(withTaint(stringified(deepTaint(positional[0] ?? site.keywords.get('s')))), sanitizer);
  if ((qname && CLEAN_CALLS.has(qname)) || (method && CLEAN_METHODS.has(method))) return CLEAN;
  if (callee.type === 'identifier' && isLocalClass(frame, callee.text)) {
    return withTaint(allArgsTaint(site), { instanceOf: callee.text });
  }
  const target = resolveCallable(callee, frame, site.receiver);
  if (target) return hooks.invoke(target.fn, target.module, site, frame, target.bound ? site.receiver : undefined);
  if ((qname === 'map' || qname === 'filter') && positional[0]?.callable && positional[1]) {
    const element = elementOf(positional[1]);
    const out = hooks.invoke(
      positional[0].callable,
      frame.module,
      { node: site.node, positional: [element], keywords: new Map() },
      frame,
    );
    return withTaint(qname === 'map' ? deepTaint(out) : deepTaint(element));
  }
  const fromReceiver = receiverMethod(site);
  if (fromReceiver) return fromReceiver;
  if (qname && FACTORIES.has(qname)) return factoryValue(site);
  if (qname === 'json.loads' || qname === 'ujson.loads' || qname === 'orjson.loads') {
    const taint = deepTaint(positional[0]);
    return withTaint(taint ? { ...taint, structured: true } : undefined);
  }
  if (qname === 'str' || qname === 'repr' || qname === 'json.dumps')
    return withTaint(stringified(deepTaint(positional[0])));
  if (qname === 'list' || qname === 'tuple' || qname === 'sorted' || qname === 'set') {
    const arg = positional[0];
    return arg ? { ...arg } : CLEAN;
  }
  if (qname === 'dict') return withTaint(allArgsTaint(site), { fields: new Map(site.keywords) });
  const receiverTaint = site.receiver ? deepTaint(site.receiver) : undefined;
  const out = withTaint(mergeTaint(receiverTaint, allArgsTaint(site)));
  if (site.receiver?.instanceOf) out.instanceOf = site.receiver.instanceOf;
  return out;
}
