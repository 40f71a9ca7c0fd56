import type { FlowStep } from '../../../core/finding.js';
import type { Node } from './parser.js';

/** What a sink protects against; sanitisers cleanse taint for some of these. */
export type Category =
  | 'sql'
  | 'cmd'
  | 'path'
  | 'xss'
  | 'ssrf'
  | 'redirect'
  | 'code'
  | 'nosql'
  | 'regex'
  | 'xxe'
  | 'ldap'
  | 'xpath'
  | 'deser'
  | 'trust'
  | 'log'
  | 'header';

export const ALL_CATEGORIES: readonly Category[] = [
  'sql',
  'cmd',
  'path',
  'xss',
  'ssrf',
  'redirect',
  'code',
  'nosql',
  'regex',
  'xxe',
  'ldap',
  'xpath',
  'deser',
  'trust',
  'log',
  'header',
];

export interface Taint {
  /** Source description, e.g. "request.args". */
  source: string;
  /** web: remote attacker input; local: CLI arguments, environment, stdin. */
  origin: 'web' | 'local';
  /** May hold a dict/list (request JSON), not only a string. */
  structured: boolean;
  steps: FlowStep[];
  cleansed: ReadonlySet<Category>;
}

export type Constant = string | number | boolean | null;

/** Abstract value of an expression. */
export interface Value {
  taint?: Taint;
  /** Known constant (for folding dead branches). */
  constant?: Constant;
  /** Fields of a dict with constant keys, or attributes of an object. */
  fields?: Map<string, Value>;
  /** Elements of a list or tuple literal, in order. */
  items?: Value[];
  /** A callable defined in the file (def or lambda). */
  callable?: Node;
  /** Qualified class/factory name this value was made by, e.g. "aiohttp.ClientSession". */
  instanceOf?: string;
  /** Marks on objects: unsafe XML parser, compiled regex, ... */
  flags?: ReadonlySet<string>;
  /** Constant prefix of a built string (for fixed-host URLs and relative redirects). */
  prefix?: string;
}

export const CLEAN: Value = {};

export function constantValue(constant: Constant): Value {
  return { constant };
}

export function isTainted(value: Value | undefined, category?: Category): boolean {
  const taint = value?.taint;
  if (!taint) return false;
  return category === undefined || !taint.cleansed.has(category);
}

/** Union of two taints: tainted if either is, cleansed only for what both are cleansed of. */
export function mergeTaint(a: Taint | undefined, b: Taint | undefined): Taint | undefined {
  if (!a) return b;
  if (!b) return a;
  if (a.cleansed.size === 0 && a.structured >= b.structured) return a;
  if (b.cleansed.size === 0 && b.structured > a.structured) return b;
  const cleansed = new Set([...a.cleansed].filter((c) => b.cleansed.has(c)));
  const pick = a.cleansed.size <= b.cleansed.size ? a : b;
  return { ...pick, structured: a.structured || b.structured, cleansed };
}

/** Join of two values at a control-flow merge. */
export function joinValues(a: Value | undefined, b: Value | undefined): Value {
  if (!a) return b ?? CLEAN;
  if (!b) return a;
  if (a === b) return a;
  const out: Value = {};
  const taint = mergeTaint(a.taint, b.taint);
  if (taint) out.taint = taint;
  if (a.constant !== undefined && a.constant === b.constant) out.constant = a.constant;
  if (a.fields && b.fields) {
    const fields = new Map<string, Value>();
    for (const key of new Set([...a.fields.keys(), ...b.fields.keys()])) {
      fields.set(key, joinValues(a.fields.get(key), b.fields.get(key)));
    }
    out.fields = fields;
  }
  if (a.callable && a.callable === b.callable) out.callable = a.callable;
  if (a.instanceOf && a.instanceOf === b.instanceOf) out.instanceOf = a.instanceOf;
  if (a.flags || b.flags) out.flags = new Set([...(a.flags ?? []), ...(b.flags ?? [])]);
  return out;
}

/** Taint of a value and everything inside it. */
export function deepTaint(value: Value | undefined, depth = 0): Taint | undefined {
  if (!value) return undefined;
  let taint = value.taint;
  if (depth > 4) return taint;
  for (const item of value.items ?? []) taint = mergeTaint(taint, deepTaint(item, depth + 1));
  for (const field of value.fields?.values() ?? []) taint = mergeTaint(taint, deepTaint(field, depth + 1));
  return taint;
}

/** Elements of an iterable value (for loops and comprehensions). */
export function elementOf(value: Value): Value {
  if (value.items && value.items.length > 0) return value.items.reduce((a, b) => joinValues(a, b));
  return withTaint(deepTaint(value));
}

export function withTaint(taint: Taint | undefined, extra: Partial<Value> = {}): Value {
  return taint ? { ...extra, taint } : { ...extra };
}

export function cleanse(value: Value, categories: readonly Category[]): Value {
  const taint = deepTaint(value);
  if (!taint) return value;
  const cleansed = new Set([...taint.cleansed, ...categories]);
  return { taint: { ...taint, cleansed } };
}

export function stringified(taint: Taint | undefined): Taint | undefined {
  return taint?.structured ? { ...taint, structured: false } : taint;
}

/** Variables in scope: name (or access path like "self.query") -> value. */
export type Env = Map<string, Value>;

export function joinEnvs(a: Env, b: Env): Env {
  const out: Env = new Map();
  for (const key of new Set([...a.keys(), ...b.keys()])) out.set(key, joinValues(a.get(key), b.get(key)));
  return out;
}
