import type { Finding } from '../../../core/finding.js';
import { lineStarts } from '../../../core/location.js';
import type { Skipped } from '../../../core/scanner.js';
import { analyzeFile } from './engine.js';
import { parseJs } from './parse.js';
import { findPatternIssues } from './patterns.js';

export { jsRules } from './rules.js';

export const JS_EXTENSIONS: readonly string[] = ['.js', '.cjs', '.mjs', '.jsx', '.ts', '.cts', '.mts', '.tsx'];

export interface JsScanContext {
  skip(skipped: Skipped): void;
  /** Absolute scan root: lets the engine read local modules imported with `./x` (ScanContext has it). */
  root?: string;
}

/**
 * Scan one JavaScript/TypeScript file: taint flows from request input to sinks, plus pattern rules
 * (weak crypto, TLS off, hard-coded credentials...). `path` is relative to the scan root. Never throws.
 */
export function scanJsFile(path: string, source: string, context: JsScanContext): Finding[] {
  const parsed = parseJs(path, source);
  if (!parsed.program) {
    context.skip({ path, reason: 'parse-error', detail: parsed.error ?? 'unknown parse error' });
    return [];
  }
  const file = { path, source, starts: lineStarts(source) };
  try {
    const findings = [
      ...analyzeFile(file, parsed.program, context.root ? { root: context.root } : {}),
      ...findPatternIssues(file, parsed.program),
    ];
    return findings.sort(
      (a, b) => a.location.startLine - b.location.startLine || a.location.startColumn - b.location.startColumn,
    );
  } catch (error) {
    context.skip({
      path,
      reason: 'other',
      detail: `SAST analysis failed: ${error instanceof Error ? error.message : String(error)}`,
    });
    return [];
  }
}
