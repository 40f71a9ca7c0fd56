import type { Finding, FlowStep, Location } from '../../../core/finding.js';
import type { Env, Taint, Value } from './model.js';
import type { FromImport, ImportMap } from './names.js';
import type { Node } from './parser.js';

/** One parsed Python file the analysis can execute. */
export interface ModuleInfo {
  /** Path used in findings (relative to the scanned root). */
  path: string;
  absPath?: string;
  source: string;
  root: Node;
  imports: ImportMap;
  fromImports: FromImport[];
  /** Module-level defs and `Class.method` defs. */
  functions: Map<string, Node>;
  globals: Env;
  framework: { flask: boolean; fastapi: boolean; django: boolean };
}

/** State of one scanPythonFile call. */
export interface Analysis {
  findings: Finding[];
  seen: Set<string>;
  modules: Map<string, ModuleInfo | null>;
  summaries: Map<string, Value>;
  stack: Set<string>;
  /** While true, sinks are not reported (module set-up of imported files). */
  quiet: boolean;
  readFile(absPath: string): string | undefined;
  hooks: Hooks;
}

/** Functions of the interpreter the call evaluator needs (passed in to keep modules acyclic). */
export interface Hooks {
  evalExpr(node: Node, frame: Frame): Value;
  invoke(fn: Node, module: ModuleInfo, call: CallArgs, frame: Frame, self?: Value): Value;
  localModule(frame: Frame, name: string): { fn: Node; module: ModuleInfo } | undefined;
}

export interface CallArgs {
  node: Node;
  positional: Value[];
  keywords: Map<string, Value>;
}

/** One activation of a function (or the module body). */
export interface Frame {
  analysis: Analysis;
  module: ModuleInfo;
  env: Env;
  returns?: Value;
  /** Returns of this function render as HTML (Flask view). */
  htmlView: boolean;
  /** Enclosing class definition, for self.method() calls. */
  cls?: Node;
  locals: Map<string, Node>;
  depth: number;
}

export function lookup(frame: Frame, name: string): Value | undefined {
  return frame.env.get(name) ?? (frame.env === frame.module.globals ? undefined : frame.module.globals.get(name));
}

export function nodeLocation(path: string, node: Node): Location {
  return {
    path,
    startLine: node.startPosition.row + 1,
    startColumn: node.startPosition.column + 1,
    endLine: node.endPosition.row + 1,
    endColumn: node.endPosition.column + 1,
  };
}

const MAX_STEPS = 12;

/** Taint with one more flow step appended (bounded: keeps the first and the latest steps). */
export function addStep(taint: Taint, frame: Frame, node: Node, message: string): Taint {
  const step: FlowStep = { location: nodeLocation(frame.module.path, node), message };
  const last = taint.steps[taint.steps.length - 1];
  if (last && last.location.startLine === step.location.startLine && last.location.path === step.location.path) {
    return taint;
  }
  const steps =
    taint.steps.length >= MAX_STEPS
      ? [...taint.steps.slice(0, 1), ...taint.steps.slice(-(MAX_STEPS - 2))]
      : taint.steps;
  return { ...taint, steps: [...steps, step] };
}

export function stepValue(value: Value, frame: Frame, node: Node, message: string): Value {
  return value.taint ? { ...value, taint: addStep(value.taint, frame, node, message) } : value;
}

export function shortText(node: Node, max = 80): string {
  const text = node.text.replace(/\s+/g, ' ');
  return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}
