import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { Finding } from '../../../core/finding.js';
import { lineStarts } from '../../../core/location.js';
import { makeFinding } from '../../../core/make-finding.js';
import { child, children, isFunctionNode, type Node, text, walk } from './ast.js';
import { bindPattern } from './bind.js';
import { evaluate } from './evaluate.js';
import type { Engine, Frame } from './frame.js';
import { nodeCode, nodeLine, nodeLocation } from './location.js';
import { parseJs } from './parse.js';
import { TAINT_RULES } from './rules.js';
import { type HandlerHint, seedParams } from './sources.js';
import { execStatements } from './statements.js';
import { anyTaint, arrayValue, type Closure, type FileInfo, join, type Scope, type Value } from './values.js';

export interface EngineOptions {
  /** Absolute scan root, to read local modules imported with `./x`. */
  root?: string;
  maxSteps?: number;
}

const MODULE_EXTENSIONS = ['', '.ts', '.js', '.mjs', '.cjs', '.tsx', '.jsx', '.mts', '.cts', '/index.ts', '/index.js'];
const NEXT_VERBS = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/;

function moduleScope(): Scope {
  const exports: Value = { props: new Map() };
  return {
    vars: new Map([
      ['module', { props: new Map([['exports', exports]]) }],
      ['exports', exports],
    ]),
  };
}

const MAX_INVOCATIONS = 24;

/** A value that carries nothing call-specific: no taint, no source object, no callback. */
function isPlainValue(value: Value): boolean {
  return !anyTaint(value) && !value.object && !value.fn && !value.props;
}

/** Run the taint analysis over one parsed file; returns its findings. */
export function analyzeFile(file: FileInfo, program: Node, options: EngineOptions): Finding[] {
  const findings = new Map<string, Finding>();
  const invoked = new Set<Node>();
  const modules = new Map<string, Value | undefined>();
  const invocations = new Map<Node, number>();
  const plainResults = new Map<Node, Value>();

  const engine: Engine = {
    budget: { steps: options.maxSteps ?? 400_000 },
    report(kind, taint, sink, label, frame) {
      const at = frame.file === file ? sink : frame.rootCall;
      if (!at) return;
      const rule = TAINT_RULES[kind];
      const location = nodeLocation(file, at);
      const key = `${rule.id}:${at.start}`;
      if (findings.has(key)) return;
      const codeFlow = [...taint.steps, { location: nodeLocation(frame.file, sink), message: `passed to ${label}` }];
      const finding = makeFinding({
        rule,
        scanner: 'sast',
        location,
        snippet: nodeLine(file, at),
        matchedContent: `${rule.id} ${nodeCode(file, at)}`,
        message: `${rule.title}: ${taint.source} reaches ${label}.`,
        properties: { source: taint.source, sink: label },
        codeFlow,
        ...(taint.remote
          ? {}
          : {
              overrides: {
                severity: rule.severity === 'critical' || rule.severity === 'high' ? 'medium' : 'low',
                confidence: 'low',
              },
            }),
      });
      findings.set(key, finding);
    },
    invoke(closure, args, frame, call, hint) {
      const fn = closure.node;
      invoked.add(fn);
      // Bounds that keep analysis linear-ish: no recursion, limited depth, and a function analysed with plain
      // (untainted, non-object) arguments once; after MAX_INVOCATIONS a call is summarised by its arguments' taint.
      const passThrough = () => args.reduce<Value>((acc, arg) => join(acc, arg.taint ? { taint: arg.taint } : {}), {});
      const count = (invocations.get(fn) ?? 0) + 1;
      invocations.set(fn, count);
      if (frame.stack.includes(fn) || frame.stack.length > 6 || count > MAX_INVOCATIONS) return passThrough();
      const plain = !hint && args.every(isPlainValue);
      if (plain && plainResults.has(fn)) return plainResults.get(fn) ?? {};
      const seeded = hint ? seedParams(fn, closure.file, hint) : [];
      const inner: Frame = {
        scope: { vars: new Map(), parent: closure.scope },
        file: closure.file,
        engine,
        returns: [],
        stack: [...frame.stack, fn],
      };
      const rootCall = frame.rootCall ?? (closure.file !== file && frame.file === file ? call : undefined);
      if (rootCall) inner.rootCall = rootCall;
      children(fn, 'params').forEach((param, index) => {
        const target = param.type === 'TSParameterProperty' ? (child(param, 'parameter') ?? param) : param;
        if (target.type === 'RestElement') {
          const argument = child(target, 'argument');
          if (argument) bindPattern(argument, arrayValue(args.slice(index)), inner, true, (n) => evaluate(n, inner));
          return;
        }
        const value = index < args.length ? (args[index] ?? {}) : (seeded[index] ?? {});
        bindPattern(target, value, inner, true, (n) => evaluate(n, inner));
      });
      const body = child(fn, 'body');
      if (!body) return {};
      if (body.type !== 'BlockStatement' && body.type !== 'FunctionBody') inner.returns.push(evaluate(body, inner));
      else execStatements(children(body, 'body'), inner);
      const result = inner.returns.reduce<Value>((acc, value) => join(acc, value), inner.returns[0] ?? {});
      if (plain) plainResults.set(fn, result);
      return result;
    },
    importLocal(specifier, from) {
      if (!options.root || from !== file) return undefined;
      const base = resolve(options.root, dirname(from.path), specifier);
      const candidates = MODULE_EXTENSIONS.map((ext) => base + ext);
      if (/\.[cm]?js$/.test(base)) candidates.push(base.replace(/\.([cm]?)js$/, '.$1ts'));
      const found = candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
      if (!found) return undefined;
      if (modules.has(found)) return modules.get(found);
      modules.set(found, undefined);
      const source = readFileSync(found, 'utf8');
      const parsed = parseJs(found, source);
      if (!parsed.program) return undefined;
      const info: FileInfo = {
        path: relative(options.root, found).split('\\').join('/'),
        source,
        starts: lineStarts(source),
      };
      const scope = moduleScope();
      execStatements(children(parsed.program, 'body'), { scope, file: info, engine, returns: [], stack: [] });
      const exports = scope.vars.get('module')?.props?.get('exports');
      modules.set(found, exports);
      return exports;
    },
  };

  const scope = moduleScope();
  const top: Frame = { scope, file, engine, returns: [], stack: [] };
  execStatements(children(program, 'body'), top);

  // Functions nobody called in this file (exported handlers, route callbacks registered elsewhere...).
  const entries: { node: Node; hint: HandlerHint }[] = [];
  walk(program, (node, parents) => {
    if (!isFunctionNode(node)) return undefined;
    const parent = parents[parents.length - 1];
    const name =
      text(child(node, 'id') ?? node, 'name') ??
      (parent?.type === 'VariableDeclarator' ? text(child(parent, 'id') ?? parent, 'name') : undefined);
    const exported = parents.some((p) => p.type === 'ExportNamedDeclaration');
    entries.push({ node, hint: exported && name && NEXT_VERBS.test(name) ? { nextRoute: true } : {} });
    return undefined;
  });
  for (const entry of entries) {
    if (invoked.has(entry.node) || engine.budget.steps < 0) continue;
    const closure: Closure = { node: entry.node, scope, file };
    engine.invoke(closure, [], top, undefined, entry.hint);
  }
  return [...findings.values()];
}
