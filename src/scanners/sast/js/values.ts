import type { FlowStep } from '../../../core/finding.js';
import type { Node } from './ast.js';

/** The sink families the taint engine knows; sanitisers clear some of them. */
export type SinkKind =
  | 'sql'
  | 'cmd'
  | 'path'
  | 'xss'
  | 'ssrf'
  | 'redirect'
  | 'code'
  | 'nosql'
  | 'proto'
  | 'redos'
  | 'xxe'
  | 'ldap'
  | 'xpath'
  | 'deser'
  | 'trust'
  | 'log';

export const ALL_KINDS: readonly SinkKind[] = [
  'sql',
  'cmd',
  'path',
  'xss',
  'ssrf',
  'redirect',
  'code',
  'nosql',
  'proto',
  'redos',
  'xxe',
  'ldap',
  'xpath',
  'deser',
  'trust',
  'log',
];

/** Where untrusted data came from and the steps it took. Immutable. */
export interface Taint {
  /** e.g. "express req.query". */
  source: string;
  /** Remote (HTTP) input, as opposed to CLI arguments or environment. */
  remote: boolean;
  steps: readonly FlowStep[];
  /** Sink kinds a sanitiser made this value safe for. */
  cleared: ReadonlySet<SinkKind>;
  /** Passed through path.resolve/join/normalize, so a prefix check is meaningful. */
  normalizedPath?: boolean;
  /** Sink kinds this source only reaches (process.env reaches only a few). */
  only?: ReadonlySet<SinkKind>;
}

/** A function value: its node, the scope it closes over and the file it lives in. */
export interface Closure {
  node: Node;
  scope: Scope;
  file: FileInfo;
}

/** What the framework model says an object is: a request, a Koa/Hono context, a response. */
export type SourceObject = { role: 'request' | 'context' | 'response' | 'location'; framework: string; name: string };

/** The abstract value of an expression. Every field is optional: `{}` is "unknown and clean". */
export interface Value {
  taint?: Taint;
  constant?: { value: string | number | boolean | null | undefined };
  /** Known members of objects, arrays and Maps (arrays use "0", "1"...). */
  props?: Map<string, Value>;
  isArray?: boolean;
  fn?: Closure;
  /** A binding imported from a package: "child_process", "child_process.exec". */
  lib?: string;
  object?: SourceObject;
  /** A regular-expression literal. */
  regex?: { pattern: string; flags: string };
  /** Responses whose content type was set to something other than HTML. */
  plainResponse?: boolean;
}

export interface Scope {
  vars: Map<string, Value>;
  parent?: Scope;
}

export interface FileInfo {
  path: string;
  source: string;
  starts: number[];
}

export const CLEAN: Value = {};

export function constantValue(value: string | number | boolean | null | undefined): Value {
  return { constant: { value } };
}

export function hasConstant(value: Value): boolean {
  return value.constant !== undefined;
}

/** The taint that reaches a sink of `kind`, looking into object members (two levels deep). */
export function taintFor(value: Value, kind: SinkKind, depth = 0): Taint | undefined {
  const own = value.taint;
  if (own && !own.cleared.has(kind) && (!own.only || own.only.has(kind))) return own;
  if (!value.props || depth > 2) return undefined;
  for (const member of value.props.values()) {
    const found = taintFor(member, kind, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** Any taint at all on the value or its members. */
export function anyTaint(value: Value, depth = 0): Taint | undefined {
  if (value.taint) return value.taint;
  if (!value.props || depth > 2) return undefined;
  for (const member of value.props.values()) {
    const found = anyTaint(member, depth + 1);
    if (found) return found;
  }
  return undefined;
}

export function withStep(taint: Taint, step: FlowStep | undefined): Taint {
  if (!step) return taint;
  const last = taint.steps[taint.steps.length - 1];
  if (last && last.message === step.message && last.location.startLine === step.location.startLine) return taint;
  const steps = taint.steps.length >= 12 ? [...taint.steps.slice(0, 4), ...taint.steps.slice(-7)] : taint.steps;
  return { ...taint, steps: [...steps, step] };
}

/** A derived value: carries the taint of its inputs (first tainted wins), nothing else. */
export function derived(inputs: readonly Value[], step?: FlowStep): Value {
  let best: Taint | undefined;
  for (const input of inputs) {
    const taint = anyTaint(input);
    if (taint && (!best || taint.cleared.size < best.cleared.size)) best = taint;
  }
  return best ? { taint: withStep(best, step) } : {};
}

/** Mark a value safe for some sink kinds ('all' drops the taint entirely). */
export function clearKinds(value: Value, kinds: readonly SinkKind[] | 'all', depth = 0): Value {
  if (kinds === 'all') return value.constant ? { constant: value.constant } : {};
  const result: Value = { ...value };
  if (value.taint) result.taint = { ...value.taint, cleared: new Set([...value.taint.cleared, ...kinds]) };
  if (value.props && depth < 3) {
    result.props = new Map([...value.props].map(([key, member]) => [key, clearKinds(member, kinds, depth + 1)]));
  }
  return result;
}

function joinTaint(a: Taint | undefined, b: Taint | undefined): Taint | undefined {
  if (!a) return b;
  if (!b) return a;
  return b.cleared.size < a.cleared.size ? b : a;
}

/** Merge of two control-flow paths: tainted if either is, constant only if both agree. */
export function join(a: Value | undefined, b: Value | undefined): Value {
  if (!a) return b ?? {};
  if (!b || a === b) return a;
  const result: Value = {};
  const taint = joinTaint(a.taint, b.taint);
  if (taint) result.taint = taint;
  if (a.constant && b.constant && a.constant.value === b.constant.value) result.constant = a.constant;
  if (a.props || b.props) {
    const props = new Map<string, Value>();
    for (const [key, member] of a.props ?? []) props.set(key, join(member, b.props?.get(key)));
    for (const [key, member] of b.props ?? []) if (!props.has(key)) props.set(key, member);
    result.props = props;
  }
  if (a.isArray || b.isArray) result.isArray = true;
  const fn = a.fn ?? b.fn;
  if (fn) result.fn = fn;
  const lib = a.lib ?? b.lib;
  if (lib) result.lib = lib;
  const object = a.object ?? b.object;
  if (object) result.object = object;
  if (a.plainResponse && b.plainResponse) result.plainResponse = true;
  return result;
}

/** The join of every element of an array-like value (used for iteration and unknown indexes). */
export function elementOf(value: Value): Value {
  let result: Value | undefined;
  for (const [key, member] of value.props ?? []) if (/^\d+$/.test(key) || !value.isArray) result = join(result, member);
  const taint = value.taint;
  if (taint) result = join(result, { taint });
  return result ?? {};
}

export function arrayValue(elements: readonly Value[]): Value {
  return { isArray: true, props: new Map(elements.map((element, index) => [String(index), element])) };
}
