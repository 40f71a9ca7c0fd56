import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import type { Finding } from '../../../core/finding.js';
import type { Skipped } from '../../../core/scanner.js';
import { checkPatterns } from './config-checks.js';
import { analyseEntries } from './entries.js';
import { evalExpr } from './expressions.js';
import type { Analysis } from './frame.js';
import { buildModule, localModule } from './modules.js';
import { errorShare, initPythonParser, parsePython } from './parser.js';
import { invoke } from './statements.js';

export { pythonRules } from './rules.js';

export const PYTHON_EXTENSIONS: readonly string[] = ['.py', '.pyw'];

const MAX_LOCAL_MODULE_BYTES = 1_000_000;
const PARSE_ERROR_SHARE = 0.2;

/** Load web-tree-sitter and the Python grammar (once). */
export async function initPython(): Promise<void> {
  await initPythonParser();
}

export interface PythonScanOptions {
  /** Absolute path of the file, to resolve local imports next to it (default: `path` resolved from the cwd). */
  absolutePath?: string;
  /** Reads a local module; undefined when missing. Defaults to the file system. */
  readFile?(absolutePath: string): string | undefined;
}

function readLocalFile(absolutePath: string): string | undefined {
  try {
    if (statSync(absolutePath).size > MAX_LOCAL_MODULE_BYTES) return undefined;
    return readFileSync(absolutePath, 'utf8');
  } catch {
    return undefined;
  }
}

/** Scan one Python file: taint flows from request data to sinks, plus pattern rules. Never throws. */
export function scanPythonFile(
  path: string,
  source: string,
  context: { skip(s: Skipped): void },
  options: PythonScanOptions = {},
): Finding[] {
  try {
    const root = parsePython(source);
    if (!root) {
      context.skip({
        path,
        reason: 'unsupported',
        detail: 'Python parser not initialised (initPython was not called)',
      });
      return [];
    }
    const share = errorShare(root);
    if (share > PARSE_ERROR_SHARE) {
      context.skip({
        path,
        reason: 'parse-error',
        detail: `${Math.round(share * 100)}% of the file has syntax errors`,
        handling: 'scanned the parts that parsed',
      });
    }
    const analysis: Analysis = {
      findings: [],
      seen: new Set(),
      modules: new Map(),
      summaries: new Map(),
      stack: new Set(),
      quiet: false,
      readFile: options.readFile ?? readLocalFile,
      hooks: { evalExpr, invoke, localModule },
    };
    const absPath = options.absolutePath ?? (isAbsolute(path) ? path : resolve(path));
    const module = buildModule(analysis, path, absPath, source, root);
    analyseEntries(analysis, module);
    const findings = [...analysis.findings, ...checkPatterns(module)];
    return findings.sort(
      (a, b) => a.location.startLine - b.location.startLine || a.location.startColumn - b.location.startColumn,
    );
  } catch (error) {
    context.skip({
      path,
      reason: 'other',
      detail: `Python analysis failed: ${error instanceof Error ? error.message : String(error)}`,
    });
    return [];
  }
}
