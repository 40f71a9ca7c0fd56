import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { PYTHON_EXTENSIONS, pythonRules } from '../../../../src/scanners/sast/python/index.js';
import { handler, scan } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'bulwark-py-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('python engine', () => {
  it('exports rules with CWE and OWASP metadata and the extensions', () => {
    assert.deepEqual([...PYTHON_EXTENSIONS], ['.py', '.pyw']);
    const ids = new Set(pythonRules.map((r) => r.id));
    assert.equal(ids.size, pythonRules.length);
    for (const rule of pythonRules) {
      assert.match(rule.id, /^py-[a-z-]+$/);
      assert.ok(
        rule.cwe.every((c) => /^CWE-\d+$/.test(c)),
        rule.id,
      );
      assert.ok(rule.owasp && rule.owasp.length > 0, rule.id);
    }
  });

  it('builds a finding with location, snippet, code flow and properties', async () => {
    const source = handler(
      'term = request.args.get("q")\nsql = "SELECT * FROM t WHERE a = \'" + term + "\'"\nsqlite3.connect("a").execute(sql)',
    );
    const { findings } = await scan(source, 'src/app.py');
    const finding = findings.find((f) => f.ruleId === 'py-sql-injection');
    assert.ok(finding);
    assert.equal(finding.scanner, 'sast');
    assert.equal(finding.location.path, 'src/app.py');
    assert.equal(finding.location.startLine, 9);
    assert.equal(finding.snippet, 'sqlite3.connect("a").execute(sql)');
    assert.deepEqual(finding.cwe, ['CWE-89']);
    assert.equal(finding.properties?.source, 'request.args');
    const lines = finding.codeFlow?.map((s) => s.location.startLine);
    assert.deepEqual(lines, [7, 8, 9]);
    assert.match(finding.codeFlow?.at(-1)?.message ?? '', /reaches/);
  });

  it('keeps the fingerprint when lines move', async () => {
    const body = 'os.system("ls " + request.args["d"])';
    const a = (await scan(handler(body))).findings[0];
    const b = (await scan(`# comment\n\n${handler(body)}`)).findings[0];
    assert.ok(a && b);
    assert.notEqual(a.location.startLine, b.location.startLine);
    assert.equal(a.fingerprint, b.fingerprint);
  });

  it('gives CLI input low confidence and lower severity', async () => {
    const { findings } = await scan('import os, sys\nos.system("ls " + sys.argv[1])\n');
    const finding = findings.find((f) => f.ruleId === 'py-command-injection');
    assert.equal(finding?.confidence, 'low');
    assert.equal(finding?.severity, 'high');
  });

  it('follows functions of a local module one import away', async () => {
    writeFileSync(
      join(dir, 'queries.py'),
      'def build_query(name):\n    return "SELECT * FROM u WHERE n = \'%s\'" % name\n\ndef run(sql):\n    import sqlite3\n    sqlite3.connect("a").execute(sql)\n',
    );
    const source =
      'from flask import Flask, request\nfrom .queries import build_query, run\napp = Flask(__name__)\n@app.route("/u")\ndef u():\n    q = build_query(request.args["n"])\n    run(q)\n    return "ok"\n';
    const { findings } = await scan(source, 'pkg/views.py', join(dir, 'views.py'));
    const finding = findings.find((f) => f.ruleId === 'py-sql-injection');
    assert.ok(finding, 'sink in the imported module is found');
    assert.equal(finding.location.path, 'pkg/queries.py');
    assert.ok(finding.codeFlow?.some((s) => s.location.path === 'pkg/views.py'));
  });

  it('treats a local sanitiser module as a sanitiser', async () => {
    writeFileSync(join(dir, 'clean.py'), 'def to_id(v):\n    return int(v)\n');
    const source =
      'import sqlite3\nfrom flask import Flask, request\nfrom clean import to_id\napp = Flask(__name__)\n@app.route("/u")\ndef u():\n    sqlite3.connect("a").execute("SELECT %d" % to_id(request.args["n"]))\n    return "ok"\n';
    const { findings } = await scan(source, 'views2.py', join(dir, 'views2.py'));
    assert.equal(findings.filter((f) => f.ruleId === 'py-sql-injection').length, 0);
  });

  it('reports a parse error and still scans what parsed', async () => {
    const broken = `${handler('os.system("ls " + request.args["d"])')}\n${'def broken(:\n  )))\n'.repeat(40)}`;
    const { findings, skipped } = await scan(broken);
    assert.equal(skipped[0]?.reason, 'parse-error');
    assert.ok(findings.some((f) => f.ruleId === 'py-command-injection'));
  });

  it('never throws on odd input', async () => {
    for (const source of ['', '\0\0\0', 'def f(:', 'x = ('.repeat(500), 'lambda: (yield)']) {
      const { findings } = await scan(source);
      assert.ok(Array.isArray(findings));
    }
  });

  it('handles recursion and deep call chains', async () => {
    const source = handler('return f(request.args["a"], 0)', '/x').concat(
      '\ndef f(v, n):\n    if n > 3:\n        return v\n    return f(v, n + 1)\n',
    );
    const { findings } = await scan(source);
    assert.ok(findings.some((f) => f.ruleId === 'py-xss'));
  });

  it('analyses methods of class-based views and self.helpers', async () => {
    const source =
      'from django.views import View\nfrom django.db import connection\nclass V(View):\n    def get(self, request):\n        self.run(request.GET["q"])\n    def run(self, q):\n        connection.cursor().execute("SELECT " + q)\n';
    const { findings } = await scan(source);
    assert.ok(findings.some((f) => f.ruleId === 'py-sql-injection'));
  });

  it('follows calls to methods of local classes', async () => {
    const source = handler(
      'Client().fetch(request.args["u"])\nreturn "ok"',
      '/x',
      'import requests\nclass Client:\n    def fetch(self, url):\n        return requests.get(url)\n',
    );
    const { findings } = await scan(source);
    assert.ok(findings.some((f) => f.ruleId === 'py-ssrf'));
  });
});
