import type { Finding } from '../../../../src/core/finding.js';
import type { Skipped } from '../../../../src/core/scanner.js';
import { scanJsFile } from '../../../../src/scanners/sast/js/index.js';

/** Wrap a handler body in an Express app file and scan it. */
export function scanHandler(body: string, imports = '', path = 'routes/app.js'): Finding[] {
  const source = `const express = require('express');\n${imports}\nconst app = express();\n${body}\n`;
  return scan(source, path);
}

export function scan(source: string, path = 'routes/app.js', root?: string): Finding[] {
  const skipped: Skipped[] = [];
  const findings = scanJsFile(path, source, { skip: (s) => skipped.push(s), ...(root ? { root } : {}) });
  if (skipped.length > 0) throw new Error(`unexpected skip: ${skipped[0]?.detail}`);
  return findings;
}

export function ruleIds(findings: readonly Finding[]): string[] {
  return findings.map((finding) => finding.ruleId);
}
