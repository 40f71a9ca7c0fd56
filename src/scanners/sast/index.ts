import { readFile } from 'node:fs/promises';
import type { Finding } from '../../core/finding.js';
import type { ProjectFile, ScanContext, Scanner } from '../../core/scanner.js';
import { JS_EXTENSIONS, jsRules, scanJsFile } from './js/index.js';
import { initPython, PYTHON_EXTENSIONS, pythonRules, scanPythonFile } from './python/index.js';

/** Source files bigger than this are generated or bundled code: reported, not parsed. */
const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

const extensionOf = (path: string) => path.slice(path.lastIndexOf('.'));
const isJs = (path: string) => (JS_EXTENSIONS as readonly string[]).includes(extensionOf(path));
const isPython = (path: string) => (PYTHON_EXTENSIONS as readonly string[]).includes(extensionOf(path));
const isMinifiedName = (path: string) => /\.min\.[cm]?js$|\.bundle\.js$|(^|\/)(dist|build|vendor)\//.test(path);

async function scanFile(file: ProjectFile, context: ScanContext): Promise<Finding[]> {
  let source: string;
  try {
    source = await readFile(file.absolutePath, 'utf8');
  } catch (error) {
    context.skip({ path: file.path, reason: 'unreadable', detail: (error as Error).message });
    return [];
  }
  if (source.length > MAX_SOURCE_BYTES) {
    context.skip({
      path: file.path,
      reason: 'too-large',
      detail: `source over ${MAX_SOURCE_BYTES / 1024 / 1024} MB not parsed by sast`,
    });
    return [];
  }
  if (source.includes('\u0000')) return [];
  if (isPython(file.path)) {
    await initPython();
    return scanPythonFile(file.path, source, context, { absolutePath: file.absolutePath });
  }
  return scanJsFile(file.path, source, { skip: context.skip, root: context.root });
}

/** Taint-tracking SAST: parses each JS/TS and Python file and follows data from request sources to sinks. */
export const sastScanner: Scanner = {
  id: 'sast',
  description: 'Taint-tracking static analysis for JavaScript/TypeScript and Python',
  rules: [...jsRules, ...pythonRules],
  async scanProject(target, context) {
    const findings: Finding[] = [];
    for (const file of target.files) {
      if (!(isJs(file.path) || isPython(file.path)) || file.path.endsWith('.d.ts')) continue;
      if (isMinifiedName(file.path) || file.path.includes('node_modules/')) {
        context.skip({
          path: file.path,
          reason: 'unsupported',
          detail: 'bundled, built or vendored code is not analysed by sast',
        });
        continue;
      }
      findings.push(...(await scanFile(file, context)));
    }
    return findings;
  },
};
