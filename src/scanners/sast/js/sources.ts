import { child, children, keyName, type Node, text } from './ast.js';
import { nodeLocation } from './location.js';
import type { FileInfo, SinkKind, SourceObject, Taint, Value } from './values.js';

/** Members of a request object that carry client input. */
const REQUEST_MEMBERS = new Set([
  'query',
  'body',
  'params',
  'headers',
  'cookies',
  'signedCookies',
  'url',
  'originalUrl',
  'path',
  'hostname',
  'host',
  'files',
  'file',
  'rawBody',
  'nextUrl',
  'searchParams',
  'search',
  'href',
  'querystring',
  'header',
  'fields',
]);
/** Methods of a request object that return client input. */
const REQUEST_METHODS = new Set([
  'get',
  'header',
  'param',
  'query',
  'queries',
  'json',
  'text',
  'formData',
  'parseBody',
  'arrayBuffer',
  'blob',
]);
/** Members of a Koa/Hono context that are themselves request-like objects. */
const CONTEXT_OBJECTS = new Set(['request', 'req', 'cookies']);

/** Environment variables only matter where they build code or queries. */
const ENV_KINDS: ReadonlySet<SinkKind> = new Set(['cmd', 'code', 'sql']);

export function sourceTaint(
  label: string,
  node: Node,
  file: FileInfo,
  remote = true,
  only?: ReadonlySet<SinkKind>,
): Taint {
  const taint: Taint = {
    source: label,
    remote,
    steps: [{ location: nodeLocation(file, node), message: `${label} read here` }],
    cleared: new Set(),
  };
  if (only) taint.only = only;
  return taint;
}

/** `req.query`, `ctx.request`, `c.req`... : the value of a member of a modelled object. */
export function sourceMember(object: SourceObject, name: string, node: Node, file: FileInfo): Value | undefined {
  if (object.role === 'response') return undefined;
  if (object.role === 'location') return { taint: sourceTaint(`${object.name}.${name}`, node, file) };
  if (object.role === 'context' && CONTEXT_OBJECTS.has(name)) {
    return { object: { role: 'request', framework: object.framework, name: `${object.name}.${name}` } };
  }
  if (name === 'session' || name === 'method' || name === 'app' || name === 'res' || name === 'ip') return undefined;
  if (REQUEST_MEMBERS.has(name))
    return { taint: sourceTaint(`${object.framework} ${object.name}.${name}`, node, file) };
  return undefined;
}

/** `req.get('x')`, `c.req.query('id')`, `await request.json()`. */
export function sourceCall(object: SourceObject, method: string, node: Node, file: FileInfo): Value | undefined {
  if (object.role === 'response' || object.role === 'location') return undefined;
  if (REQUEST_METHODS.has(method))
    return { taint: sourceTaint(`${object.framework} ${object.name}.${method}()`, node, file) };
  return undefined;
}

/** Globals that carry input: CLI arguments, environment, the browser location. */
export function globalSource(dotted: string, node: Node, file: FileInfo): Value | undefined {
  if (dotted === 'process.argv' || dotted.startsWith('process.argv.')) {
    return { taint: sourceTaint('process.argv', node, file, false) };
  }
  if (dotted.startsWith('process.env.')) return { taint: sourceTaint(dotted, node, file, false, ENV_KINDS) };
  if (/^(window\.|document\.)?location$/.test(dotted))
    return { object: { role: 'location', framework: 'browser', name: 'location' } };
  if (/^document\.(URL|documentURI|referrer|cookie)$|^window\.name$/.test(dotted))
    return { taint: sourceTaint(dotted, node, file) };
  return undefined;
}

export interface HandlerHint {
  /** Framework guessed from the registration call (express, fastify, node http...). */
  framework?: string;
  /** Next.js route handler (`export async function GET(request, { params })`). */
  nextRoute?: boolean;
}

function paramName(param: Node): string | undefined {
  const target = param.type === 'AssignmentPattern' ? child(param, 'left') : param;
  return target?.type === 'Identifier' ? text(target, 'name') : undefined;
}

function guessFramework(params: readonly Node[], hint: HandlerHint): string {
  if (hint.framework) return hint.framework;
  const second = params[1] ? paramName(params[1]) : undefined;
  if (second === 'reply') return 'fastify';
  return 'express';
}

/** Values for a handler's parameters, chosen by their names (req, res, ctx, c, reply) and the hint. */
export function seedParams(fn: Node, file: FileInfo, hint: HandlerHint): Value[] {
  const params = children(fn, 'params');
  const framework = guessFramework(params, hint);
  return params.map((param, index) => {
    const name = paramName(param);
    if (name && /^_?(req|request)$/.test(name)) {
      return { object: { role: 'request', framework: hint.nextRoute ? 'next' : framework, name } };
    }
    if (name && /^(ctx|context)$/.test(name) && index === 0)
      return { object: { role: 'context', framework: 'koa', name } };
    if (name === 'c' && index === 0 && params.length <= 2)
      return { object: { role: 'context', framework: 'hono', name } };
    if (name && /^(res|response|reply|resp)$/.test(name)) return { object: { role: 'response', framework, name } };
    if (hint.nextRoute && index === 1) {
      return { props: new Map([['params', { taint: sourceTaint('next params', param, file) }]]) };
    }
    if (param.type === 'ObjectPattern' && index === 0) {
      const props = new Map<string, Value>();
      for (const property of children(param, 'properties')) {
        const key = keyName(property);
        if (key && REQUEST_MEMBERS.has(key))
          props.set(key, { taint: sourceTaint(`${framework} request.${key}`, property, file) });
      }
      return props.size > 0 ? { props } : {};
    }
    return {};
  });
}
