import assert from 'node:assert/strict';
import { describe, it, test } from 'node:test';
import { handler, ruleIds } from './helpers.js';

type Case = [name: string, rule: string, source: string, found: boolean];

const q = 'q = request.args.get("q")';

const CASES: Case[] = [
  // SQL
  [
    'sql f-string',
    'py-sql-injection',
    handler(`${q}\ncur = sqlite3.connect("a").cursor()\ncur.execute(f"SELECT * FROM t WHERE a = '{q}'")`),
    true,
  ],
  [
    'sql % format',
    'py-sql-injection',
    handler(`${q}\nsql = "SELECT * FROM t WHERE a = '%s'" % q\nsqlite3.connect("a").execute(sql)`),
    true,
  ],
  [
    'sql .format through helper',
    'py-sql-injection',
    `${handler(`${q}\nsqlite3.connect("a").execute(build(q))`)}\ndef build(v):\n    return "SELECT {}".format(v)\n`,
    true,
  ],
  [
    'sql augmented assignment',
    'py-sql-injection',
    handler(`${q}\nsql = "SELECT * FROM t WHERE "\nsql += "a = '" + q + "'"\nsqlite3.connect("a").execute(sql)`),
    true,
  ],
  [
    'sql tuple unpacking',
    'py-sql-injection',
    handler(`a, b = "x", request.form["b"]\nsqlite3.connect("a").execute("SELECT " + b)`),
    true,
  ],
  [
    'sql sqlalchemy text',
    'py-sql-injection',
    handler(`${q}\nengine.execute(text("SELECT " + q))`, '/x', 'from sqlalchemy import text\n'),
    true,
  ],
  [
    'sql parameterised',
    'py-sql-injection',
    handler(`${q}\nsqlite3.connect("a").execute("SELECT * FROM t WHERE a = ?", (q,))`),
    false,
  ],
  [
    'sql int coercion',
    'py-sql-injection',
    handler(`n = int(request.args["n"])\nsqlite3.connect("a").execute(f"SELECT * FROM t LIMIT {n}")`),
    false,
  ],
  [
    'sql allow-list guard',
    'py-sql-injection',
    handler(`${q}\nif q not in ("a", "b"):\n    abort(400)\nsqlite3.connect("a").execute("SELECT " + q)`),
    false,
  ],
  [
    'sql positive allow-list',
    'py-sql-injection',
    handler(`${q}\nif q in ALLOWED:\n    sqlite3.connect("a").execute("SELECT " + q)`),
    false,
  ],
  [
    'sql dead branch',
    'py-sql-injection',
    handler(
      `${q}\nnum = 106\nif (7 * 18) + num > 200:\n    bar = "safe"\nelse:\n    bar = q\nsqlite3.connect("a").execute("SELECT " + bar)`,
    ),
    false,
  ],
  [
    'sql live branch',
    'py-sql-injection',
    handler(
      `${q}\nnum = 50\nif (7 * 18) + num > 200:\n    bar = "safe"\nelse:\n    bar = q\nsqlite3.connect("a").execute("SELECT " + bar)`,
    ),
    true,
  ],
  [
    'sql overwritten',
    'py-sql-injection',
    handler(`${q}\nq = "constant"\nsqlite3.connect("a").execute("SELECT " + q)`),
    false,
  ],
  [
    'sql dict constant key safe',
    'py-sql-injection',
    handler(`m = {"a": "safe", "b": request.args["b"]}\nsqlite3.connect("a").execute("SELECT " + m["a"])`),
    false,
  ],
  [
    'sql dict tainted key',
    'py-sql-injection',
    handler(`m = {"a": "safe", "b": request.args["b"]}\nsqlite3.connect("a").execute("SELECT " + m["b"])`),
    true,
  ],
  [
    'sql list pop keeps safe element',
    'py-sql-injection',
    handler(
      `vals = ["safe", request.args["b"], "more"]\nvals.pop(1)\nsqlite3.connect("a").execute("SELECT " + vals[1])`,
    ),
    false,
  ],
  [
    'sql list append',
    'py-sql-injection',
    handler(`parts = []\nparts.append(request.args["b"])\nsqlite3.connect("a").execute("SELECT " + " ".join(parts))`),
    true,
  ],
  [
    'sql comprehension',
    'py-sql-injection',
    handler(`ids = [x for x in request.args.getlist("id")]\nsqlite3.connect("a").execute("SELECT " + ",".join(ids))`),
    true,
  ],
  [
    'sql lambda callback',
    'py-sql-injection',
    handler(`wrap = lambda v: "'" + v + "'"\nsqlite3.connect("a").execute("SELECT " + wrap(request.args["v"]))`),
    true,
  ],
  [
    'sql django view param',
    'py-sql-injection',
    'from django.db import connection\ndef detail(request, slug):\n    with connection.cursor() as c:\n        c.execute("SELECT * FROM t WHERE s = \'%s\'" % slug)\n',
    true,
  ],
  [
    'sql django request.GET',
    'py-sql-injection',
    'from django.db import connection\ndef detail(request):\n    name = request.GET.get("n")\n    User.objects.raw("SELECT * FROM u WHERE n = \'" + name + "\'")\n',
    true,
  ],
  [
    'sql fastapi query param',
    'py-sql-injection',
    'from fastapi import FastAPI\napp = FastAPI()\n@app.get("/items")\nasync def items(name: str):\n    await database.execute("SELECT * FROM i WHERE n = \'" + name + "\'")\n',
    true,
  ],
  [
    'sql fastapi int param',
    'py-sql-injection',
    'from fastapi import FastAPI\napp = FastAPI()\n@app.get("/items/{item_id}")\nasync def items(item_id: int):\n    await database.execute(f"SELECT * FROM i WHERE id = {item_id}")\n',
    false,
  ],
  [
    'sql fastapi await request.json()',
    'py-sql-injection',
    'from fastapi import FastAPI, Request\napp = FastAPI()\n@app.post("/q")\nasync def q(request: Request):\n    body = await request.json()\n    conn.execute("DELETE FROM t WHERE a = " + body["a"])\n',
    true,
  ],
  [
    'sql orm filter',
    'py-sql-injection',
    handler(`${q}\nrows = session.query(User).filter(User.name == q).all()\nreturn jsonify(rows)`),
    false,
  ],
  [
    'sql cli argv is low confidence',
    'py-sql-injection',
    'import sys, sqlite3\nsqlite3.connect("a").execute("SELECT " + sys.argv[1])\n',
    true,
  ],
  // Command injection
  ['cmd os.system', 'py-command-injection', handler(`${q}\nos.system("ls " + q)`), true],
  ['cmd shell=True', 'py-command-injection', handler(`${q}\nsubprocess.run(f"ping {q}", shell=True)`), true],
  ['cmd sh -c list', 'py-command-injection', handler(`${q}\nsubprocess.call(["bash", "-c", "echo " + q])`), true],
  ['cmd list without shell', 'py-command-injection', handler(`${q}\nsubprocess.run(["ping", "-c", "1", q])`), false],
  [
    'cmd shlex.quote',
    'py-command-injection',
    handler(`${q}\nos.system("ls " + shlex.quote(q))`, '/x', 'import shlex\n'),
    false,
  ],
  [
    'cmd aliased module',
    'py-command-injection',
    handler(`${q}\nsp.check_output("grep " + q, shell=True)`, '/x', 'import subprocess as sp\n'),
    true,
  ],
  [
    'cmd isdigit guard',
    'py-command-injection',
    handler(`${q}\nif not q.isdigit():\n    return "bad", 400\nos.system("kill " + q)`),
    false,
  ],
  // Path
  [
    'path open',
    'py-path-traversal',
    handler(`name = request.args["f"]\nwith open("/data/" + name) as fh:\n    return fh.read()`),
    true,
  ],
  [
    'path basename',
    'py-path-traversal',
    handler('name = os.path.basename(request.args["f"])\nreturn open(os.path.join("/data", name)).read()'),
    false,
  ],
  [
    'path realpath + startswith',
    'py-path-traversal',
    handler(
      'p = os.path.realpath(os.path.join(BASE, request.args["f"]))\nif not p.startswith(BASE):\n    abort(403)\nreturn open(p).read()',
    ),
    false,
  ],
  [
    'path send_from_directory',
    'py-path-traversal',
    handler('return send_from_directory("/data", request.args["f"])', '/x', 'from flask import send_from_directory\n'),
    false,
  ],
  // XSS
  ['xss f-string return', 'py-xss', handler(`${q}\nreturn f"<b>{q}</b>"`), true],
  ['xss route param', 'py-xss', `${FLASK_ROUTE('/<name>', 'name', 'return "<p>" + name + "</p>"')}`, true],
  [
    'xss escaped',
    'py-xss',
    handler(`${q}\nreturn f"<b>{escape(q)}</b>"`, '/x', 'from markupsafe import escape\n'),
    false,
  ],
  ['xss jsonify', 'py-xss', handler(`${q}\nreturn jsonify({"q": q})`), false],
  ['xss dict return', 'py-xss', handler(`${q}\nreturn {"q": q}`), false],
  [
    'xss render_template_string source',
    'py-xss',
    handler(`${q}\nreturn render_template_string("<p>" + q + "</p>")`),
    true,
  ],
  [
    'xss render_template_string context',
    'py-xss',
    handler(`${q}\nreturn render_template_string("<p>{{ v }}</p>", v=q)`),
    false,
  ],
  [
    'xss django HttpResponse',
    'py-xss',
    'from django.http import HttpResponse\ndef v(request):\n    return HttpResponse("<p>" + request.GET["n"] + "</p>")\n',
    true,
  ],
  [
    'xss django HttpResponse text/plain',
    'py-xss',
    'from django.http import HttpResponse\ndef v(request):\n    return HttpResponse(request.GET["n"], content_type="text/plain")\n',
    false,
  ],
  [
    'xss fastapi json return',
    'py-xss',
    'from fastapi import FastAPI\napp = FastAPI()\n@app.get("/x")\ndef x(q: str):\n    return q\n',
    false,
  ],
  // SSRF / redirect
  ['ssrf requests.get', 'py-ssrf', handler('import requests\nreturn requests.get(request.args["u"]).text'), true],
  [
    'ssrf fixed host',
    'py-ssrf',
    handler('import requests\nreturn requests.get("https://api.example.com/v1/" + request.args["u"]).text'),
    false,
  ],
  [
    'ssrf aiohttp session',
    'py-ssrf',
    'import aiohttp\nfrom fastapi import FastAPI\napp = FastAPI()\n@app.get("/p")\nasync def p(url: str):\n    async with aiohttp.ClientSession() as s:\n        async with s.get(url) as r:\n            return await r.text()\n',
    true,
  ],
  [
    'ssrf dict.get is not a request',
    'py-ssrf',
    handler('data = {}\nreturn jsonify(data.get(request.args["k"]))'),
    false,
  ],
  ['redirect tainted', 'py-open-redirect', handler('return redirect(request.args.get("next"))'), true],
  ['redirect relative prefix', 'py-open-redirect', handler('return redirect("/docs/" + request.args["p"])'), false],
  [
    'redirect django',
    'py-open-redirect',
    'from django.http import HttpResponseRedirect\ndef v(request):\n    return HttpResponseRedirect(request.GET["next"])\n',
    true,
  ],
  [
    'redirect unchecked next',
    'py-open-redirect',
    'from django.shortcuts import redirect\ndef v(request):\n    return redirect(request.GET.get("next", "/"))\n',
    true,
  ],
  [
    'redirect safe url check',
    'py-open-redirect',
    'from django.shortcuts import redirect\nfrom django.utils.http import url_has_allowed_host_and_scheme\ndef v(request):\n    nxt = request.GET["next"]\n    if not url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}):\n        nxt = "/"\n    return redirect(nxt)\n',
    false,
  ],
  // Other injections
  ['code eval', 'py-code-injection', handler('return str(eval(request.args["e"]))'), true],
  [
    'code literal_eval',
    'py-code-injection',
    handler('import ast\nreturn str(ast.literal_eval(request.args["e"]))'),
    false,
  ],
  [
    'nosql json body',
    'py-nosql-injection',
    handler('d = request.get_json()\nreturn jsonify(db.users.find_one({"user": d["user"]}))'),
    true,
  ],
  [
    'nosql string arg',
    'py-nosql-injection',
    handler('return jsonify(db.users.find_one({"user": request.args["u"]}))'),
    false,
  ],
  [
    'nosql $where',
    'py-nosql-injection',
    handler('return jsonify(list(db.users.find({"$where": "this.a == \'" + request.args["u"] + "\'"})))'),
    true,
  ],
  ['redos compile', 'py-redos', handler('import re\nreturn str(re.compile(request.args["p"]).match("x"))'), true],
  ['redos escaped', 'py-redos', handler('import re\nreturn str(re.search(re.escape(request.args["p"]), "x"))'), false],
  [
    'xxe lxml resolve_entities',
    'py-xxe',
    handler(
      'from lxml import etree\np = etree.XMLParser(resolve_entities=True)\nreturn etree.fromstring(request.data, p).tag',
    ),
    true,
  ],
  [
    'xxe lxml hardened',
    'py-xxe',
    handler(
      'from lxml import etree\np = etree.XMLParser(resolve_entities=False)\nreturn etree.fromstring(request.data, p).tag',
    ),
    false,
  ],
  [
    'ldap filter',
    'py-ldap-injection',
    handler(
      'import ldap\nc = ldap.initialize("ldap://x")\nreturn str(c.search_s("dc=x", ldap.SCOPE_SUBTREE, "(uid=" + request.args["u"] + ")"))',
    ),
    true,
  ],
  [
    'ldap escaped',
    'py-ldap-injection',
    handler(
      'import ldap\nfrom ldap.filter import escape_filter_chars\nc = ldap.initialize("ldap://x")\nreturn str(c.search_s("dc=x", ldap.SCOPE_SUBTREE, "(uid=" + escape_filter_chars(request.args["u"]) + ")"))',
    ),
    false,
  ],
  [
    'xpath built',
    'py-xpath-injection',
    handler('return str(tree.xpath("//u[@n=\'" + request.args["n"] + "\']"))'),
    true,
  ],
  [
    'xpath variables',
    'py-xpath-injection',
    handler('return str(tree.xpath("//u[@n=$n]", n=request.args["n"]))'),
    false,
  ],
  ['pickle loads', 'py-unsafe-deserialization', handler('import pickle\nreturn str(pickle.loads(request.data))'), true],
  [
    'yaml safe loader',
    'py-unsafe-deserialization',
    handler('import yaml\nreturn str(yaml.load(request.data, Loader=yaml.SafeLoader))'),
    false,
  ],
  [
    'yaml default loader',
    'py-unsafe-deserialization',
    handler('import yaml\nreturn str(yaml.load(request.data, Loader=yaml.Loader))'),
    true,
  ],
  ['session from input', 'py-trust-boundary', handler('session["role"] = request.args["r"]\nreturn "ok"'), true],
  ['session constant', 'py-trust-boundary', handler('session["role"] = "user"\nreturn "ok"'), false],
  [
    'log f-string',
    'py-log-injection',
    handler('import logging\nlogging.info(f"login {request.args[\'u\']}")\nreturn "ok"'),
    true,
  ],
  [
    'log lazy args',
    'py-log-injection',
    handler('import logging\nlogging.info("login %s", request.args["u"])\nreturn "ok"'),
    false,
  ],
];

function FLASK_ROUTE(route: string, param: string, body: string): string {
  return handler(body, route).replace('def view():', `def view(${param}):`);
}

describe('python taint rules', () => {
  for (const [name, rule, source, found] of CASES) {
    it(`${found ? 'finds' : 'does not flag'}: ${name}`, async () => {
      const ids = await ruleIds(source);
      assert.equal(ids.includes(rule), found, `rules found: ${ids.join(', ') || 'none'}`);
    });
  }
});

test('a Flask view returning a redirect or JSON of input is not an HTML response', async () => {
  const { initPython, scanPythonFile } = await import('../../../../src/scanners/sast/python/index.js');
  await initPython();
  const source = [
    'from flask import Flask, request, redirect, jsonify',
    'app = Flask(__name__)',
    '@app.route("/r")',
    'def r():',
    '    return redirect(request.args.get("next", "/"))',
    '@app.route("/j")',
    'def j():',
    '    return jsonify(q=request.args.get("q"))',
    '@app.route("/h")',
    'def h():',
    '    return "<p>" + request.args.get("q") + "</p>"',
  ].join('\n');
  const xss = scanPythonFile('app.py', source, { skip() {} }).filter((f) => f.ruleId === 'py-xss');
  assert.deepEqual(
    xss.map((f) => f.location.startLine),
    [11],
  );
});
