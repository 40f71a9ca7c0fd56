import { parseSync } from 'oxc-parser';
import { isNode, type Node } from './ast.js';

export interface Parsed {
  program?: Node;
  error?: string;
}

/** Parse JS/TS with oxc; the file extension picks TypeScript/JSX. Errors are returned, never thrown. */
export function parseJs(path: string, source: string): Parsed {
  try {
    let result = parseSync(path, source, { sourceType: 'module', preserveParens: false });
    if (result.errors.some((error) => error.severity === 'Error')) {
      const script = parseSync(path, source, { sourceType: 'script', preserveParens: false });
      if (!script.errors.some((error) => error.severity === 'Error')) result = script;
    }
    const fatal = result.errors.find((error) => error.severity === 'Error');
    if (fatal) {
      const label = fatal.labels[0];
      return { error: label ? `${fatal.message} (at offset ${label.start})` : fatal.message };
    }
    const program: unknown = result.program;
    return isNode(program) ? { program } : { error: 'parser returned no program' };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
