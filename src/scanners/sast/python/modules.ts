import { dirname, join, posix, relative, sep } from 'node:path';
import type { Analysis, Frame, ModuleInfo } from './frame.js';
import { collectImports } from './names.js';
import { type Node, parsePython } from './parser.js';
import { execBlock } from './statements.js';

function collectFunctions(root: Node): Map<string, Node> {
  const functions = new Map<string, Node>();
  const add = (node: Node | null, prefix: string): void => {
    const def = node?.type === 'decorated_definition' ? node.childForFieldName('definition') : node;
    if (!def) return;
    const name = def.childForFieldName('name')?.text;
    if (!name) return;
    if (def.type === 'function_definition') functions.set(prefix + name, def);
    if (def.type === 'class_definition' && !prefix) {
      for (const child of def.childForFieldName('body')?.namedChildren ?? []) add(child, `${name}.`);
    }
  };
  for (const child of root.namedChildren) add(child, '');
  return functions;
}

/** Parse-level facts of a module and its module-level bindings (constants, clients, globals). */
export function buildModule(
  analysis: Analysis,
  path: string,
  absPath: string | undefined,
  source: string,
  root: Node,
): ModuleInfo {
  const { imports, fromImports } = collectImports(root);
  const heads = [...imports.values()].map((name) => name.split('.')[0]);
  const module: ModuleInfo = {
    path,
    absPath,
    source,
    root,
    imports,
    fromImports,
    functions: collectFunctions(root),
    globals: new Map(),
    framework: {
      flask: heads.includes('flask') || heads.includes('quart'),
      fastapi: heads.includes('fastapi') || heads.includes('starlette'),
      django: heads.includes('django') || heads.includes('rest_framework'),
    },
  };
  const frame: Frame = { analysis, module, env: module.globals, htmlView: false, locals: new Map(), depth: 0 };
  execBlock(root.namedChildren, frame);
  return module;
}

function displayPath(from: ModuleInfo, absPath: string): string {
  if (!from.absPath) return absPath.split(sep).join('/');
  const rel = relative(dirname(from.absPath), absPath).split(sep).join('/');
  return posix.normalize(posix.join(posix.dirname(from.path), rel));
}

function loadModule(analysis: Analysis, from: ModuleInfo, moduleName: string, level: number): ModuleInfo | undefined {
  if (!from.absPath) return undefined;
  let base = dirname(from.absPath);
  for (let i = 1; i < level; i++) base = dirname(base);
  const parts = moduleName ? moduleName.split('.') : [];
  const stem = join(base, ...parts);
  for (const candidate of [`${stem}.py`, join(stem, '__init__.py')]) {
    if (analysis.modules.has(candidate)) return analysis.modules.get(candidate) ?? undefined;
    const source = analysis.readFile(candidate);
    if (source === undefined) continue;
    analysis.modules.set(candidate, null);
    const root = parsePython(source);
    if (!root) return undefined;
    const wasQuiet = analysis.quiet;
    analysis.quiet = true;
    try {
      const module = buildModule(analysis, displayPath(from, candidate), candidate, source, root);
      analysis.modules.set(candidate, module);
      return module;
    } finally {
      analysis.quiet = wasQuiet;
    }
  }
  return undefined;
}

/** Resolve `name` (an imported function or `module.function`) to a def in a local module next to the file. */
export function localModule(frame: Frame, name: string): { fn: Node; module: ModuleInfo } | undefined {
  const { module, analysis } = frame;
  const parts = name.split('.');
  let target: { moduleName: string; level: number; fnName: string } | undefined;
  if (parts.length === 1) {
    const imported = module.fromImports.find((fi) => fi.alias === name);
    if (imported) target = { moduleName: imported.module, level: imported.level, fnName: imported.name };
  } else if (parts.length === 2) {
    const [head = '', fnName = ''] = parts;
    const fromImport = module.fromImports.find((fi) => fi.alias === head);
    if (fromImport) {
      target = {
        moduleName: [fromImport.module, fromImport.name].filter(Boolean).join('.'),
        level: fromImport.level,
        fnName,
      };
    } else {
      const imported = module.imports.get(head);
      if (imported) target = { moduleName: imported, level: 0, fnName };
    }
  }
  if (!target) return undefined;
  const loaded = loadModule(analysis, module, target.moduleName, target.level);
  const fn = loaded?.functions.get(target.fnName);
  return fn && loaded ? { fn, module: loaded } : undefined;
}
