import type { Node } from './ast.js';
import type { HandlerHint } from './sources.js';
import type { Closure, FileInfo, Scope, SinkKind, Taint, Value } from './values.js';

/** Services the expression evaluator needs from the statement interpreter and the scan. */
export interface Engine {
  report(kind: SinkKind, taint: Taint, sink: Node, label: string, frame: Frame): void;
  /** Run a function body with these argument values; returns the join of its return values. */
  invoke(closure: Closure, args: Value[], frame: Frame, call: Node | undefined, hint?: HandlerHint): Value;
  /** Exports of a local module (`./db`), or undefined when it cannot be read. */
  importLocal(specifier: string, file: FileInfo): Value | undefined;
  /** Remaining work allowed for this file (guards against pathological inputs). */
  budget: { steps: number };
}

/** One function activation. */
export interface Frame {
  scope: Scope;
  file: FileInfo;
  engine: Engine;
  returns: Value[];
  /** Functions being executed (recursion guard). */
  stack: readonly Node[];
  /** The call in the scanned file that led into another file, where findings are reported. */
  rootCall?: Node;
}

export function lookup(scope: Scope, name: string): Value | undefined {
  for (let current: Scope | undefined = scope; current; current = current.parent) {
    const value = current.vars.get(name);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** Assign to the nearest binding of `name` (or declare it in the current scope). */
export function assign(scope: Scope, name: string, value: Value): void {
  for (let current: Scope | undefined = scope; current; current = current.parent) {
    if (current.vars.has(name)) {
      current.vars.set(name, value);
      return;
    }
  }
  scope.vars.set(name, value);
}
