import type { Finding } from '../../../../src/core/finding.js';
import type { Skipped } from '../../../../src/core/scanner.js';
import { initPython, scanPythonFile } from '../../../../src/scanners/sast/python/index.js';

export const FLASK =
  'from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort\nimport os, subprocess, sqlite3\napp = Flask(__name__)\n';

export async function scan(
  source: string,
  path = 'app.py',
  absolutePath?: string,
): Promise<{ findings: Finding[]; skipped: Skipped[] }> {
  await initPython();
  const skipped: Skipped[] = [];
  const findings = scanPythonFile(path, source, { skip: (s) => skipped.push(s) }, absolutePath ? { absolutePath } : {});
  return { findings, skipped };
}

export async function ruleIds(source: string): Promise<string[]> {
  return (await scan(source)).findings.map((f) => f.ruleId);
}

/** A Flask handler with the given body (indented by the caller-free helper). */
export function handler(body: string, route = '/x', imports = ''): string {
  const indented = body
    .trim()
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
  return `${FLASK}${imports}\n@app.route("${route}")\ndef view():\n${indented}\n`;
}
