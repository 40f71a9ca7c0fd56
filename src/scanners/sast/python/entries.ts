import { type Analysis, type Frame, type ModuleInfo, nodeLocation } from './frame.js';
import type { Value } from './model.js';
import { dottedName } from './names.js';
import { type Node, stringLiteralValue } from './parser.js';
import { REQUEST_TYPES, ROUTE_DECORATORS } from './specs.js';
import { execBlock, parameterNames } from './statements.js';

const NON_INPUT_PARAMS = new Set([
  'self',
  'cls',
  'db',
  'session',
  'background_tasks',
  'response',
  'current_user',
  'app',
  'settings',
  'config',
]);
const NON_INPUT_TYPES = /\b(Session|AsyncSession|BackgroundTasks|Response|Connection|Engine|User)\b/;

interface RouteInfo {
  /** Route decorator found (Flask, FastAPI, Starlette ...). */
  route: boolean;
  /** Names in `<...>` / `{...}` of the route path, when given. */
  pathParams?: Set<string>;
  /** Path parameters with a numeric converter (`<int:id>`, `{id:int}`): not injectable. */
  numeric: Set<string>;
}

function routeInfo(fn: Node): RouteInfo {
  const decorated = fn.parent?.type === 'decorated_definition' ? fn.parent : undefined;
  for (const decorator of decorated?.namedChildren ?? []) {
    if (decorator?.type !== 'decorator') continue;
    const call = decorator.namedChildren[0];
    if (call?.type !== 'call') continue;
    const callee = call.childForFieldName('function');
    const dotted = callee ? dottedName(callee) : undefined;
    const method = dotted?.split('.').pop() ?? '';
    if (!dotted?.includes('.') || !ROUTE_DECORATORS.has(method) || dotted.startsWith('requests.')) continue;
    const pathNode = call.childForFieldName('arguments')?.namedChildren[0];
    const path = pathNode ? stringLiteralValue(pathNode) : undefined;
    const pathParams = new Set<string>();
    const numeric = new Set<string>();
    for (const match of (path ?? '').matchAll(/<(?:([^:<>]+):)?([^<>]+)>|\{([^{}:]+)(?::([^{}]*))?\}/g)) {
      const name = match[2] ?? match[3];
      const converter = match[1] ?? match[4];
      if (name) pathParams.add(name);
      if (name && (converter === 'int' || converter === 'float' || converter === 'uuid')) numeric.add(name);
    }
    return { route: true, pathParams: path === undefined ? undefined : pathParams, numeric };
  }
  return { route: false, numeric: new Set() };
}

function enclosingClass(fn: Node): Node | undefined {
  let node = fn.parent;
  if (node?.type === 'decorated_definition') node = node.parent;
  if (node?.type === 'block' && node.parent?.type === 'class_definition') return node.parent;
  return undefined;
}

function sourceValue(frame: Frame, node: Node, name: string, structured: boolean): Value {
  return {
    taint: {
      source: `route parameter ${name}`,
      origin: 'web',
      structured,
      cleansed: new Set(),
      steps: [{ location: nodeLocation(frame.module.path, node), message: `source: route parameter ${name}` }],
    },
  };
}

/** Analyse one function as an entry point: route and view parameters are tainted. */
function analyseEntry(analysis: Analysis, module: ModuleInfo, fn: Node): void {
  const info = routeInfo(fn);
  const params = parameterNames(fn);
  const cls = enclosingClass(fn);
  const frame: Frame = {
    analysis,
    module,
    env: new Map(),
    htmlView: info.route && module.framework.flask && !module.framework.fastapi,
    locals: new Map(),
    depth: 0,
    cls,
  };
  const methodOffset = params[0] && (params[0].name === 'self' || params[0].name === 'cls') ? 1 : 0;
  const djangoView = module.framework.django && params[methodOffset]?.name === 'request';
  for (const param of params) {
    const annotation = param.annotation ?? '';
    const isRequest = param.name === 'request' || param.name === 'req' || REQUEST_TYPES.has(annotation);
    if (isRequest) {
      frame.env.set(param.name, { flags: new Set(['request']) });
      continue;
    }
    const excluded =
      NON_INPUT_PARAMS.has(param.name) ||
      info.numeric.has(param.name) ||
      /^(int|float|bool|UUID|uuid\.UUID)$/.test(annotation) ||
      NON_INPUT_TYPES.test(annotation) ||
      /Depends\(|Security\(/.test(param.defaultText ?? '');
    let tainted = false;
    if (info.route && !excluded) {
      tainted =
        module.framework.fastapi || !info.pathParams || info.pathParams.has(param.name) || info.pathParams.size === 0;
      if (module.framework.flask && info.pathParams && !info.pathParams.has(param.name)) tainted = false;
    } else if (djangoView && !excluded && !param.splat) {
      tainted = true;
    }
    frame.env.set(param.name, tainted ? sourceValue(frame, param.node, param.name, false) : {});
  }
  execBlock(fn.childForFieldName('body')?.namedChildren ?? [], frame);
}

/** Analyse every function of the module (nested ones and methods too) as an entry point. */
export function analyseEntries(analysis: Analysis, module: ModuleInfo): void {
  for (const fn of module.root.descendantsOfType('function_definition')) {
    if (fn) analyseEntry(analysis, module, fn);
  }
}
