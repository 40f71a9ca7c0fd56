import { truthy } from './const-eval.js';
import { bindTarget, evalExpr } from './expressions.js';
import { addStep, type CallArgs, type Frame, lookup, type ModuleInfo, shortText } from './frame.js';
import { applyRefinements, refinements } from './guards.js';
import {
  CLEAN,
  deepTaint,
  elementOf,
  isTainted,
  joinEnvs,
  joinValues,
  mergeTaint,
  type Value,
  withTaint,
} from './model.js';
import { dottedName, qualify } from './names.js';
import type { Node } from './parser.js';
import { reportTaint } from './report.js';

const ABORTS = new Set([
  'abort',
  'flask.abort',
  'sys.exit',
  'exit',
  'quit',
  'os._exit',
  'os.abort',
  'django.http.Http404',
  'fastapi.HTTPException',
]);
const MAX_DEPTH = 5;

function isAbortCall(node: Node, frame: Frame): boolean {
  const expr = node.type === 'expression_statement' ? node.namedChildren[0] : node;
  if (expr?.type !== 'call') return false;
  const callee = expr.childForFieldName('function');
  const dotted = callee ? dottedName(callee) : undefined;
  return dotted !== undefined && ABORTS.has(qualify(dotted, frame.module.imports));
}

/** Execute statements in order; true when control never falls through the end. */
export function execBlock(nodes: readonly (Node | null)[], frame: Frame): boolean {
  for (const node of nodes) {
    if (!node) continue;
    if (execStatement(node, frame)) return true;
  }
  return false;
}

function execBody(node: Node | null, frame: Frame): boolean {
  if (!node) return false;
  return node.type === 'block' ? execBlock(node.namedChildren, frame) : execStatement(node, frame);
}

/** Run `body` on a copy of the environment; returns the terminated flag and the resulting environment. */
function branch(frame: Frame, run: () => boolean): { done: boolean; env: Frame['env'] } {
  const saved = frame.env;
  frame.env = new Map(saved);
  const done = run();
  const env = frame.env;
  frame.env = saved;
  return { done, env };
}

function execIf(
  node: Node,
  frame: Frame,
  conditionNode: Node | null,
  consequence: Node | null,
  alternatives: Node[],
): boolean {
  const condition = conditionNode ? evalExpr(conditionNode, frame) : CLEAN;
  const runElse = (): boolean => {
    const [first, ...rest] = alternatives;
    if (!first) return false;
    if (first.type === 'else_clause') return execBody(first.childForFieldName('body'), frame);
    return execIf(first, frame, first.childForFieldName('condition'), first.childForFieldName('consequence'), rest);
  };
  if (condition.constant !== undefined && !condition.taint) {
    return truthy(condition.constant) ? execBody(consequence, frame) : runElse();
  }
  const whenTrue = branch(frame, () => {
    if (conditionNode) applyRefinements(frame, refinements(conditionNode, true, frame));
    return execBody(consequence, frame);
  });
  const whenFalse = branch(frame, () => {
    if (conditionNode) applyRefinements(frame, refinements(conditionNode, false, frame));
    return runElse();
  });
  if (whenTrue.done && whenFalse.done) return true;
  frame.env = whenTrue.done ? whenFalse.env : whenFalse.done ? whenTrue.env : joinEnvs(whenTrue.env, whenFalse.env);
  void node;
  return false;
}

function execLoop(frame: Frame, run: () => void): void {
  for (let i = 0; i < 2; i++) {
    const result = branch(frame, () => {
      run();
      return false;
    });
    frame.env = joinEnvs(frame.env, result.env);
  }
}

/** Calls whose result is a response that is not HTML built from the value (a redirect, JSON, a file). */
const NON_HTML_RESPONSES = /^(?:flask\.)?(?:redirect|jsonify|send_file|send_from_directory|abort|json\.dumps)$/;

function checkHtmlReturn(frame: Frame, node: Node, valueNode: Node, value: Value): void {
  if (!frame.htmlView) return;
  let expr: Node | null = valueNode;
  let returned = value;
  if (valueNode.type === 'expression_list' || valueNode.type === 'tuple') {
    expr = valueNode.namedChildren[0] ?? null;
    returned = value.items?.[0] ?? CLEAN;
  }
  if (!expr || ['dictionary', 'list', 'list_comprehension', 'dictionary_comprehension'].includes(expr.type)) return;
  if (expr.type === 'call' && NON_HTML_RESPONSES.test(expr.childForFieldName('function')?.text ?? '')) return;
  if (returned.fields || returned.items) return;
  const taint = returned.taint;
  if (taint && isTainted(returned, 'xss'))
    reportTaint(frame, 'py-xss', node, taint, 'an HTML response (Flask view return)');
}

function execAssignmentSinks(target: Node, value: Value, frame: Frame, node: Node): void {
  if (target.type !== 'subscript') return;
  const object = target.childForFieldName('value');
  const dotted = object ? dottedName(object) : undefined;
  if (!dotted) return;
  const qualified = qualify(dotted, frame.module.imports);
  const index = target.childForFieldName('subscript');
  const keyTaint = index ? evalExpr(index, frame).taint : undefined;
  const taint = mergeTaint(deepTaint(value), keyTaint);
  if (!taint) return;
  if (
    ['flask.session', 'session', 'request.session', 'self.request.session'].includes(qualified) &&
    !taint.cleansed.has('trust')
  ) {
    reportTaint(frame, 'py-trust-boundary', node, taint, `${shortText(object ?? target, 40)}[...] (session)`);
  }
  if (/\.headers$/.test(dotted) && !/request/.test(dotted) && !taint.cleansed.has('header')) {
    reportTaint(frame, 'py-header-injection', node, taint, `${shortText(object ?? target, 40)}[...] (response header)`);
  }
}

/** Execute one statement; true when it always leaves the block (return, raise, abort). */
export function execStatement(node: Node, frame: Frame): boolean {
  switch (node.type) {
    case 'expression_statement': {
      for (const expr of node.namedChildren) {
        if (!expr) continue;
        if (expr.type === 'assignment') {
          const left = expr.childForFieldName('left');
          const right = expr.childForFieldName('right');
          const value = right ? evalExpr(right, frame) : CLEAN;
          if (left) {
            execAssignmentSinks(left, value, frame, expr);
            bindTarget(left, value, frame);
          }
        } else if (expr.type === 'augmented_assignment') {
          const left = expr.childForFieldName('left');
          const right = expr.childForFieldName('right');
          if (!left || !right) continue;
          const old = evalExpr(left, frame);
          const added = evalExpr(right, frame);
          bindTarget(
            left,
            withTaint(
              mergeTaint(deepTaint(old), deepTaint(added)),
              old.prefix !== undefined
                ? { prefix: old.prefix }
                : typeof old.constant === 'string'
                  ? { prefix: old.constant }
                  : {},
            ),
            frame,
          );
        } else {
          evalExpr(expr, frame);
        }
      }
      return isAbortCall(node, frame);
    }
    case 'return_statement': {
      const valueNode = node.namedChildren[0];
      const value = valueNode ? evalExpr(valueNode, frame) : CLEAN;
      if (valueNode) checkHtmlReturn(frame, node, valueNode, value);
      frame.returns = frame.returns ? joinValues(frame.returns, value) : value;
      return true;
    }
    case 'raise_statement':
      for (const child of node.namedChildren) if (child) evalExpr(child, frame);
      return true;
    case 'if_statement':
      return execIf(
        node,
        frame,
        node.childForFieldName('condition'),
        node.childForFieldName('consequence'),
        node.childrenForFieldName('alternative'),
      );
    case 'assert_statement': {
      const condition = node.namedChildren[0];
      if (condition) {
        evalExpr(condition, frame);
        applyRefinements(frame, refinements(condition, true, frame));
      }
      return false;
    }
    case 'for_statement': {
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      const iterable = right ? evalExpr(right, frame) : CLEAN;
      execLoop(frame, () => {
        if (left) bindTarget(left, elementOf(iterable), frame);
        execBody(node.childForFieldName('body'), frame);
      });
      const alternative = node.childForFieldName('alternative');
      if (alternative) execBody(alternative.childForFieldName('body'), frame);
      return false;
    }
    case 'while_statement': {
      const conditionNode = node.childForFieldName('condition');
      const condition = conditionNode ? evalExpr(conditionNode, frame) : CLEAN;
      if (condition.constant !== undefined && !truthy(condition.constant)) return false;
      execLoop(frame, () => {
        execBody(node.childForFieldName('body'), frame);
      });
      return false;
    }
    case 'try_statement': {
      const body = branch(frame, () => execBody(node.childForFieldName('body'), frame));
      let env = body.done ? frame.env : joinEnvs(frame.env, body.env);
      let allDone = body.done;
      const before = joinEnvs(frame.env, body.env);
      for (const clause of node.namedChildren) {
        if (!clause) continue;
        if (clause.type === 'except_clause' || clause.type === 'except_group_clause') {
          frame.env = new Map(before);
          const block = clause.namedChildren.find((c) => c?.type === 'block') ?? null;
          const done = execBody(block, frame);
          if (!done) env = allDone ? frame.env : joinEnvs(env, frame.env);
          allDone = allDone && done;
        } else if (clause.type === 'else_clause') {
          frame.env = body.env;
          execBody(clause.childForFieldName('body'), frame);
          env = joinEnvs(env, frame.env);
        }
      }
      frame.env = env;
      const final = node.namedChildren.find((c) => c?.type === 'finally_clause');
      if (final) execBody(final.namedChildren.find((c) => c?.type === 'block') ?? null, frame);
      return allDone;
    }
    case 'with_statement': {
      for (const item of node.descendantsOfType('with_item')) {
        const value = item?.childForFieldName('value');
        if (!value) continue;
        if (value.type === 'as_pattern') {
          const expr = value.namedChildren[0];
          const alias = value.childForFieldName('alias')?.namedChildren[0];
          const result = expr ? evalExpr(expr, frame) : CLEAN;
          if (alias) bindTarget(alias, result, frame);
        } else {
          evalExpr(value, frame);
        }
      }
      return execBody(node.childForFieldName('body'), frame);
    }
    case 'function_definition': {
      const name = node.childForFieldName('name')?.text;
      if (name) {
        frame.locals.set(name, node);
        frame.env.set(name, { callable: node });
      }
      return false;
    }
    case 'decorated_definition': {
      const def = node.childForFieldName('definition');
      return def ? execStatement(def, frame) : false;
    }
    case 'match_statement': {
      const subject = node.childForFieldName('subject');
      if (subject) evalExpr(subject, frame);
      const envs: Frame['env'][] = [];
      for (const block of node.childForFieldName('body')?.namedChildren ?? []) {
        if (block?.type !== 'case_clause') continue;
        const result = branch(frame, () => execBody(block.childForFieldName('consequence'), frame));
        if (!result.done) envs.push(result.env);
      }
      frame.env = envs.reduce((a, b) => joinEnvs(a, b), frame.env);
      return false;
    }
    case 'class_definition':
    case 'import_statement':
    case 'import_from_statement':
    case 'future_import_statement':
    case 'pass_statement':
    case 'global_statement':
    case 'nonlocal_statement':
    case 'comment':
      return false;
    case 'break_statement':
    case 'continue_statement':
      return true;
    default:
      for (const child of node.namedChildren) if (child) evalExpr(child, frame);
      return false;
  }
}

function parameterNames(
  fn: Node,
): { name: string; node: Node; annotation?: string; defaultText?: string; splat?: boolean }[] {
  const params = fn.childForFieldName('parameters');
  const out: { name: string; node: Node; annotation?: string; defaultText?: string; splat?: boolean }[] = [];
  for (const param of params?.namedChildren ?? []) {
    if (!param) continue;
    if (param.type === 'identifier') out.push({ name: param.text, node: param });
    else if (param.type === 'typed_parameter') {
      const id = param.namedChildren.find((c) => c?.type === 'identifier');
      const inner = param.namedChildren.find(
        (c) => c?.type === 'list_splat_pattern' || c?.type === 'dictionary_splat_pattern',
      );
      const name = id?.text ?? inner?.namedChildren[0]?.text;
      if (name)
        out.push({ name, node: param, annotation: param.childForFieldName('type')?.text, splat: Boolean(inner) });
    } else if (param.type === 'default_parameter' || param.type === 'typed_default_parameter') {
      const name = param.childForFieldName('name')?.text;
      if (name)
        out.push({
          name,
          node: param,
          annotation: param.childForFieldName('type')?.text,
          defaultText: param.childForFieldName('value')?.text,
        });
    } else if (param.type === 'list_splat_pattern' || param.type === 'dictionary_splat_pattern') {
      const name = param.namedChildren[0]?.text;
      if (name) out.push({ name, node: param, splat: true });
    }
  }
  return out;
}

export { parameterNames };

/** Call a function defined in the analysed code with the given argument values; returns its return value. */
export function invoke(fn: Node, module: ModuleInfo, call: CallArgs, caller: Frame, self?: Value): Value {
  const { analysis } = caller;
  const params = parameterNames(fn);
  const signature = [...call.positional, ...call.keywords.values()]
    .map(
      (v) =>
        `${v.taint ? `t${[...v.taint.cleansed].join(',')}` : ''}:${v.constant ?? ''}:${v.callable?.startIndex ?? ''}`,
    )
    .join('|');
  const key = `${module.path}:${fn.startIndex}:${self ? 's' : ''}:${signature}`;
  const argTaint = [...call.positional, ...call.keywords.values()].reduce<ReturnType<typeof deepTaint>>(
    (t, v) => mergeTaint(t, deepTaint(v)),
    undefined,
  );
  const cached = analysis.summaries.get(key);
  if (cached) return cached;
  if (analysis.stack.has(key) || caller.depth >= MAX_DEPTH) return withTaint(argTaint);
  analysis.stack.add(key);
  const frame: Frame = {
    analysis,
    module,
    env: new Map(),
    htmlView: false,
    locals: new Map(),
    depth: caller.depth + 1,
  };
  const classNode = fn.parent?.type === 'decorated_definition' ? fn.parent.parent?.parent : fn.parent?.parent;
  frame.cls = classNode?.type === 'class_definition' ? classNode : caller.cls;
  const fnName = fn.childForFieldName('name')?.text ?? 'lambda';
  let positionalIndex = 0;
  const skipSelf = self !== undefined && (params[0]?.name === 'self' || params[0]?.name === 'cls');
  params.forEach((param, i) => {
    if (i === 0 && skipSelf) {
      frame.env.set(param.name, self ?? CLEAN);
      return;
    }
    let value = call.keywords.get(param.name) ?? (param.splat ? undefined : call.positional[positionalIndex++]);
    if (param.splat)
      value = withTaint(
        mergeTaint(
          call.positional
            .slice(positionalIndex)
            .reduce<ReturnType<typeof deepTaint>>((t, v) => mergeTaint(t, deepTaint(v)), undefined),
          call.keywords.get('**')?.taint,
        ),
      );
    if (value?.taint)
      value = { ...value, taint: addStep(value.taint, caller, call.node, `passed to ${fnName}() as ${param.name}`) };
    if (param.name === 'request' && !value?.taint) value = { ...(value ?? {}), flags: new Set(['request']) };
    frame.env.set(param.name, value ?? CLEAN);
  });
  let result: Value;
  if (fn.type === 'lambda') {
    const body = fn.childForFieldName('body');
    result = body ? evalExpr(body, frame) : CLEAN;
  } else {
    execBody(fn.childForFieldName('body'), frame);
    result = frame.returns ?? CLEAN;
  }
  if (result.taint)
    result = { ...result, taint: addStep(result.taint, caller, call.node, `returned from ${fnName}()`) };
  analysis.stack.delete(key);
  analysis.summaries.set(key, result);
  return result;
}

export { lookup };
