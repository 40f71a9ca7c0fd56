import { child, children, isFunctionNode, keyName, type Node, text, unwrap } from './ast.js';
import { bindPattern } from './bind.js';
import { requireValue } from './calls.js';
import { evaluate } from './evaluate.js';
import type { Frame } from './frame.js';
import { type Refinement, refinementsOf } from './guards.js';
import { sourceTaint } from './sources.js';
import { clearKinds, constantValue, elementOf, join, type Value } from './values.js';

type Completion = 'normal' | 'return' | 'break' | 'continue';

/** Bind function declarations before the statements run (JavaScript hoisting). */
export function hoist(statements: readonly Node[], frame: Frame): void {
  for (const statement of statements) {
    const declaration =
      statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration'
        ? child(statement, 'declaration')
        : statement;
    if (declaration?.type === 'FunctionDeclaration') {
      const name = text(child(declaration, 'id') ?? declaration, 'name');
      if (name) frame.scope.vars.set(name, { fn: { node: declaration, scope: frame.scope, file: frame.file } });
    }
  }
}

function fork(frame: Frame): Frame {
  return {
    ...frame,
    scope: { vars: new Map(frame.scope.vars), ...(frame.scope.parent ? { parent: frame.scope.parent } : {}) },
  };
}

function applyRefinements(frame: Frame, refinements: readonly Refinement[]): void {
  for (const refinement of refinements) {
    const current = frame.scope.vars.get(refinement.name) ?? lookupParent(frame, refinement.name);
    if (!current) continue;
    if (refinement.constant !== undefined) {
      frame.scope.vars.set(refinement.name, constantValue(refinement.constant));
    } else if (refinement.clearing && (!refinement.needsNormalizedPath || current.taint?.normalizedPath)) {
      frame.scope.vars.set(refinement.name, clearKinds(current, refinement.clearing));
    }
  }
}

function lookupParent(frame: Frame, name: string): Value | undefined {
  for (let scope = frame.scope.parent; scope; scope = scope.parent) {
    const found = scope.vars.get(name);
    if (found) return found;
  }
  return undefined;
}

/** Continue with the join of the branches that fall through; report whether none did. */
function merge(frame: Frame, branches: readonly { frame: Frame; completion: Completion }[]): Completion {
  const live = branches.filter((branch) => branch.completion === 'normal');
  if (live.length === 0) {
    if (branches.some((branch) => branch.completion === 'break')) {
      frame.scope.vars = branches.find((branch) => branch.completion === 'break')?.frame.scope.vars ?? frame.scope.vars;
      return 'normal';
    }
    return branches.some((branch) => branch.completion === 'return') ? 'return' : 'continue';
  }
  const merged = new Map<string, Value>();
  for (const branch of live) {
    for (const [name, value] of branch.frame.scope.vars)
      merged.set(name, merged.has(name) ? join(merged.get(name), value) : value);
  }
  frame.scope.vars = merged;
  return 'normal';
}

export function execStatements(statements: readonly Node[], frame: Frame): Completion {
  hoist(statements, frame);
  for (const statement of statements) {
    const completion = execStatement(statement, frame);
    if (completion !== 'normal') return completion;
    if (frame.engine.budget.steps < 0) return 'return';
  }
  return 'normal';
}

function constantTest(node: Node, frame: Frame): boolean | undefined {
  const value = evaluate(node, frame);
  return value.constant ? Boolean(value.constant.value) : undefined;
}

function execLoop(statement: Node, frame: Frame): Completion {
  const body = child(statement, 'body');
  if (!body) return 'normal';
  const before = fork(frame);
  const left = child(statement, 'left');
  const right = child(statement, 'right');
  for (let round = 0; round < 2; round++) {
    const inner = fork(frame);
    if (left && right) {
      const iterable = evaluate(right, inner);
      let item: Value =
        statement.type === 'ForInStatement' ? (iterable.taint ? { taint: iterable.taint } : {}) : elementOf(iterable);
      if (iterable.object?.role === 'request')
        item = { taint: sourceTaint(`${iterable.object.framework} request body`, right, frame.file) };
      const target =
        left.type === 'VariableDeclaration' ? child(children(left, 'declarations')[0] ?? left, 'id') : left;
      if (target) bindPattern(target, item, inner, left.type === 'VariableDeclaration', (n) => evaluate(n, inner));
    }
    const test = child(statement, 'test');
    if (test) evaluate(test, inner);
    execStatement(body, inner);
    const update = child(statement, 'update');
    if (update) evaluate(update, inner);
    merge(frame, [
      { frame: inner, completion: 'normal' },
      { frame: before, completion: 'normal' },
    ]);
  }
  return 'normal';
}

export function execStatement(statement: Node, frame: Frame): Completion {
  if (--frame.engine.budget.steps < 0) return 'return';
  switch (statement.type) {
    case 'ExpressionStatement':
      evaluate(child(statement, 'expression') ?? statement, frame);
      return 'normal';
    case 'VariableDeclaration':
      for (const declarator of children(statement, 'declarations')) {
        const id = child(declarator, 'id');
        const init = child(declarator, 'init');
        if (id)
          bindPattern(id, init ? evaluate(init, frame) : constantValue(undefined), frame, true, (n) =>
            evaluate(n, frame),
          );
      }
      return 'normal';
    case 'BlockStatement':
    case 'StaticBlock':
      return execStatements(children(statement, 'body'), frame);
    case 'ReturnStatement': {
      const argument = child(statement, 'argument');
      frame.returns.push(argument ? evaluate(argument, frame) : {});
      return 'return';
    }
    case 'ThrowStatement':
      evaluate(child(statement, 'argument') ?? statement, frame);
      return 'return';
    case 'BreakStatement':
      return 'break';
    case 'ContinueStatement':
      return 'continue';
    case 'IfStatement': {
      const test = child(statement, 'test') ?? statement;
      const known = constantTest(test, frame);
      const consequent = child(statement, 'consequent');
      const alternate = child(statement, 'alternate');
      if (known === true) return consequent ? execStatement(consequent, frame) : 'normal';
      if (known === false) return alternate ? execStatement(alternate, frame) : 'normal';
      const refinements = refinementsOf(test, (n) => evaluate(n, frame));
      const yes = fork(frame);
      applyRefinements(yes, refinements.whenTrue);
      const no = fork(frame);
      applyRefinements(no, refinements.whenFalse);
      const yesCompletion = consequent ? execStatement(consequent, yes) : 'normal';
      const noCompletion = alternate ? execStatement(alternate, no) : 'normal';
      return merge(frame, [
        { frame: yes, completion: yesCompletion },
        { frame: no, completion: noCompletion },
      ]);
    }
    case 'SwitchStatement': {
      const discriminant = child(statement, 'discriminant') ?? statement;
      const known = evaluate(discriminant, frame).constant;
      if (known) return execKnownCase(statement, known.value, frame);
      const variable = unwrap(discriminant).type === 'Identifier' ? text(unwrap(discriminant), 'name') : undefined;
      const branches: { frame: Frame; completion: Completion }[] = [];
      let hasDefault = false;
      for (const switchCase of children(statement, 'cases')) {
        const branch = fork(frame);
        const test = child(switchCase, 'test');
        if (!test) hasDefault = true;
        const constant = test ? evaluate(test, frame).constant : undefined;
        if (variable && constant && constant.value !== null && constant.value !== undefined)
          branch.scope.vars.set(variable, constant ? { constant } : {});
        let completion = execStatements(children(switchCase, 'consequent'), branch);
        if (completion === 'break') completion = 'normal';
        branches.push({ frame: branch, completion });
      }
      if (!hasDefault) branches.push({ frame: fork(frame), completion: 'normal' });
      return merge(frame, branches);
    }
    case 'ForStatement':
    case 'ForInStatement':
    case 'ForOfStatement':
    case 'WhileStatement':
    case 'DoWhileStatement': {
      const init = child(statement, 'init');
      if (init) init.type === 'VariableDeclaration' ? execStatement(init, frame) : evaluate(init, frame);
      return execLoop(statement, frame);
    }
    case 'TryStatement': {
      const block = child(statement, 'block');
      const tryFrame = fork(frame);
      const completion = block ? execStatement(block, tryFrame) : 'normal';
      const handler = child(statement, 'handler');
      const branches = [{ frame: tryFrame, completion }];
      if (handler) {
        const catchFrame = fork(frame);
        const param = child(handler, 'param');
        if (param) bindPattern(param, {}, catchFrame, true, (n) => evaluate(n, catchFrame));
        const body = child(handler, 'body');
        branches.push({ frame: catchFrame, completion: body ? execStatement(body, catchFrame) : 'normal' });
      }
      const result = merge(frame, branches);
      const finalizer = child(statement, 'finalizer');
      if (finalizer) execStatement(finalizer, frame);
      return result;
    }
    case 'LabeledStatement':
      return execStatement(child(statement, 'body') ?? statement, frame);
    case 'ExportNamedDeclaration':
    case 'ExportDefaultDeclaration':
      return execExport(statement, frame);
    case 'ImportDeclaration':
      execImport(statement, frame);
      return 'normal';
    case 'ClassDeclaration': {
      const name = text(child(statement, 'id') ?? statement, 'name');
      if (name) frame.scope.vars.set(name, classValue(statement, frame));
      return 'normal';
    }
    default:
      return 'normal';
  }
}

/** A switch on a constant: run the matching case (or default) and fall through until a break. */
function execKnownCase(statement: Node, value: unknown, frame: Frame): Completion {
  const cases = children(statement, 'cases');
  let start = cases.findIndex((switchCase) => {
    const test = child(switchCase, 'test');
    return test !== undefined && evaluate(test, frame).constant?.value === value;
  });
  if (start === -1) start = cases.findIndex((switchCase) => !child(switchCase, 'test'));
  if (start === -1) return 'normal';
  for (const switchCase of cases.slice(start)) {
    const completion = execStatements(children(switchCase, 'consequent'), frame);
    if (completion === 'break') return 'normal';
    if (completion !== 'normal') return completion;
  }
  return 'normal';
}

function classValue(node: Node, frame: Frame): Value {
  const props = new Map<string, Value>();
  for (const member of children(child(node, 'body') ?? node, 'body')) {
    const key = keyName(member);
    const value = child(member, 'value');
    if (key && value && isFunctionNode(value))
      props.set(key, { fn: { node: value, scope: frame.scope, file: frame.file } });
  }
  return { props };
}

/** Exports go on the module's `module.exports` value so importers can read them. */
function exportsOf(frame: Frame): Map<string, Value> | undefined {
  return frame.scope.vars.get('module')?.props?.get('exports')?.props;
}

function execExport(statement: Node, frame: Frame): Completion {
  const declaration = child(statement, 'declaration');
  const exports = exportsOf(frame);
  if (statement.type === 'ExportDefaultDeclaration' && declaration) {
    const value =
      isFunctionNode(declaration) || declaration.type === 'ClassDeclaration'
        ? declaration.type === 'ClassDeclaration'
          ? classValue(declaration, frame)
          : { fn: { node: declaration, scope: frame.scope, file: frame.file } }
        : evaluate(declaration, frame);
    exports?.set('default', value);
    return 'normal';
  }
  if (declaration) {
    const completion = execStatement(declaration, frame);
    const ids =
      declaration.type === 'VariableDeclaration'
        ? children(declaration, 'declarations').map((d) => child(d, 'id'))
        : [child(declaration, 'id')];
    for (const id of ids) {
      const name = id?.type === 'Identifier' ? text(id, 'name') : undefined;
      const value = name ? frame.scope.vars.get(name) : undefined;
      if (name && value) exports?.set(name, value);
    }
    return completion;
  }
  for (const specifier of children(statement, 'specifiers')) {
    const local = text(child(specifier, 'local') ?? specifier, 'name');
    const exported = child(specifier, 'exported');
    const name = exported ? (text(exported, 'name') ?? String(exported.value ?? '')) : local;
    const value = local ? frame.scope.vars.get(local) : undefined;
    if (name && value) exports?.set(name, value);
  }
  return 'normal';
}

function execImport(statement: Node, frame: Frame): void {
  const specifier = String((child(statement, 'source') ?? statement).value ?? '');
  if (statement.importKind === 'type') return;
  const module = requireValue(specifier, frame);
  for (const item of children(statement, 'specifiers')) {
    const local = text(child(item, 'local') ?? item, 'name');
    if (!local) continue;
    if (item.type === 'ImportNamespaceSpecifier') frame.scope.vars.set(local, module);
    else if (item.type === 'ImportDefaultSpecifier')
      frame.scope.vars.set(local, module.lib ? { lib: module.lib } : (module.props?.get('default') ?? module));
    else {
      const imported = child(item, 'imported');
      const name = imported ? (text(imported, 'name') ?? String(imported.value ?? '')) : local;
      frame.scope.vars.set(local, module.lib ? { lib: `${module.lib}.${name}` } : (module.props?.get(name) ?? {}));
    }
  }
}
