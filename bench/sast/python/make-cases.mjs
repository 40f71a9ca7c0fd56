// Writes bench/sast/python/cases/BenchmarkTestNNNNN.py and expected.csv (OWASP Benchmark shape).
// Each case is one Flask handler, written the way an AI assistant typically writes it; `vuln` is the truth.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const HEADER = `from flask import Flask, request, redirect, session, make_response, render_template_string, jsonify, abort, send_file, send_from_directory
import os
import subprocess
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ.get("APP_SECRET_KEY")
`;

const v = (imports, body) => ({ vuln: true, imports, body });
const s = (imports, body) => ({ vuln: false, imports, body });

const CASES = {
  sqli: [
    '89',
    [
      v(
        '',
        `@app.route("/users")
def get_user():
    username = request.args.get("username")
    conn = sqlite3.connect("app.db")
    cursor = conn.cursor()
    query = f"SELECT id, email FROM users WHERE username = '{username}'"
    cursor.execute(query)
    return jsonify(cursor.fetchall())`,
      ),
      v(
        '',
        `@app.route("/search", methods=["POST"])
def search():
    term = request.form["term"]
    db = sqlite3.connect("app.db")
    rows = db.execute("SELECT * FROM products WHERE name LIKE '%" + term + "%'").fetchall()
    return jsonify(rows)`,
      ),
      v(
        '',
        `def build_filter(column, value):
    return "SELECT * FROM orders WHERE {} = '{}'".format(column, value)

@app.route("/orders")
def orders():
    status = request.args.get("status", "open")
    conn = sqlite3.connect("shop.db")
    cur = conn.cursor()
    cur.execute(build_filter("status", status))
    return jsonify(cur.fetchall())`,
      ),
      v(
        'from sqlalchemy import create_engine, text\nengine = create_engine("sqlite:///app.db")',
        `@app.route("/report/<int:year>/<category>")
def report(year, category):
    sql = text("SELECT SUM(total) FROM sales WHERE year = %d AND category = '%s'" % (year, category))
    with engine.connect() as connection:
        result = connection.execute(sql)
        return jsonify([list(r) for r in result])`,
      ),
      v(
        '',
        `@app.route("/api/items", methods=["POST"])
def delete_items():
    payload = request.get_json()
    ids = payload.get("ids", [])
    id_list = ",".join(str(i) for i in ids)
    sort = payload.get("sort")
    conn = sqlite3.connect("app.db")
    conn.execute("DELETE FROM items WHERE id IN (" + id_list + ") ORDER BY " + sort)
    conn.commit()
    return jsonify({"deleted": len(ids)})`,
      ),
      v(
        '',
        `@app.route("/profile")
def profile():
    user_id = request.cookies.get("uid")
    parts = ["SELECT * FROM profiles WHERE owner = '", user_id, "'"]
    query = "".join(parts)
    cursor = sqlite3.connect("app.db").cursor()
    cursor.execute(query)
    return jsonify(cursor.fetchone())`,
      ),
      s(
        '',
        `@app.route("/users/safe")
def get_user_safe():
    username = request.args.get("username")
    conn = sqlite3.connect("app.db")
    cursor = conn.cursor()
    cursor.execute("SELECT id, email FROM users WHERE username = ?", (username,))
    return jsonify(cursor.fetchall())`,
      ),
      s(
        '',
        `@app.route("/orders/<order_id>")
def order_detail(order_id):
    order_id = int(order_id)
    conn = sqlite3.connect("shop.db")
    row = conn.execute(f"SELECT * FROM orders WHERE id = {order_id}").fetchone()
    return jsonify(row)`,
      ),
      s(
        '',
        `ALLOWED_SORT = {"name", "created_at", "price"}

@app.route("/products")
def products():
    sort = request.args.get("sort", "name")
    if sort not in ALLOWED_SORT:
        abort(400)
    conn = sqlite3.connect("shop.db")
    rows = conn.execute("SELECT * FROM products ORDER BY " + sort).fetchall()
    return jsonify(rows)`,
      ),
      s(
        '',
        `@app.route("/stats")
def stats():
    region = request.args.get("region")
    num = 106
    if (7 * 18) + num > 200:
        region = "EU"
    conn = sqlite3.connect("app.db")
    rows = conn.execute("SELECT * FROM stats WHERE region = '" + region + "'").fetchall()
    return jsonify(rows)`,
      ),
      s(
        'from sqlalchemy import create_engine, text\nengine = create_engine("sqlite:///app.db")',
        `@app.route("/invoices")
def invoices():
    customer = request.args.get("customer")
    stmt = text("SELECT * FROM invoices WHERE customer = :customer")
    with engine.connect() as connection:
        rows = connection.execute(stmt, {"customer": customer}).fetchall()
    return jsonify([list(r) for r in rows])`,
      ),
      s(
        '',
        `@app.route("/audit")
def audit():
    action = request.args.get("action")
    action = "login"
    cursor = sqlite3.connect("app.db").cursor()
    cursor.execute("SELECT * FROM audit WHERE action = '%s'" % action)
    return jsonify(cursor.fetchall())`,
      ),
    ],
  ],
  cmdi: [
    '78',
    [
      v(
        '',
        `@app.route("/ping")
def ping():
    host = request.args.get("host")
    output = subprocess.check_output(f"ping -c 1 {host}", shell=True)
    return jsonify({"output": output.decode()})`,
      ),
      v(
        '',
        `@app.route("/convert", methods=["POST"])
def convert():
    filename = request.form.get("filename")
    os.system("convert uploads/" + filename + " output.pdf")
    return jsonify({"status": "ok"})`,
      ),
      v(
        '',
        `@app.route("/dns/<domain>")
def dns_lookup(domain):
    stream = os.popen("nslookup %s" % domain)
    return jsonify({"result": stream.read()})`,
      ),
      v(
        '',
        `def run_tool(args):
    return subprocess.run("git " + args, shell=True, capture_output=True, text=True).stdout

@app.route("/git", methods=["POST"])
def git_command():
    data = request.get_json()
    return jsonify({"out": run_tool(data["args"])})`,
      ),
      v(
        '',
        `@app.route("/archive")
def archive():
    folder = request.args.get("folder", "logs")
    cmd = ["sh", "-c", "tar czf /tmp/backup.tgz " + folder]
    subprocess.Popen(cmd).wait()
    return jsonify({"archived": folder})`,
      ),
      v(
        '',
        `@app.route("/exec")
def exec_tool():
    tool = request.args.get("tool")
    result = subprocess.run([tool, "--version"], capture_output=True)
    return jsonify({"version": result.stdout.decode()})`,
      ),
      s(
        '',
        `@app.route("/ping/safe")
def ping_safe():
    host = request.args.get("host")
    result = subprocess.run(["ping", "-c", "1", host], capture_output=True, text=True)
    return jsonify({"output": result.stdout})`,
      ),
      s(
        'import shlex',
        `@app.route("/grep")
def grep_logs():
    pattern = request.args.get("q", "")
    output = subprocess.check_output("grep -n " + shlex.quote(pattern) + " /var/log/app.log", shell=True)
    return jsonify({"matches": output.decode().splitlines()})`,
      ),
      s(
        '',
        `@app.route("/uptime")
def uptime():
    host = request.args.get("host")
    host = "localhost"
    out = os.popen("uptime " + host).read()
    return jsonify({"uptime": out})`,
      ),
      s(
        '',
        `SERVICES = ["nginx", "redis", "postgres"]

@app.route("/restart/<service>")
def restart(service):
    if service not in SERVICES:
        return jsonify({"error": "unknown service"}), 400
    os.system("systemctl restart " + service)
    return jsonify({"restarted": service})`,
      ),
      s(
        '',
        `@app.route("/disk")
def disk():
    mount = request.args.get("mount")
    if False:
        os.system("df -h " + mount)
    return jsonify({"ok": True})`,
      ),
    ],
  ],
  pathtraver: [
    '22',
    [
      v(
        '',
        `@app.route("/download")
def download():
    filename = request.args.get("file")
    return send_file(os.path.join("/srv/files", filename))`,
      ),
      v(
        '',
        `@app.route("/read/<path:name>")
def read_doc(name):
    with open("docs/" + name, "r") as fh:
        content = fh.read()
    return jsonify({"content": content})`,
      ),
      v(
        'import shutil',
        `@app.route("/workspace", methods=["DELETE"])
def delete_workspace():
    workspace = request.get_json().get("workspace")
    shutil.rmtree(os.path.join("/data/workspaces", workspace))
    return jsonify({"deleted": workspace})`,
      ),
      v(
        'from pathlib import Path\nBASE_DIR = Path("/srv/reports")',
        `@app.route("/reports")
def get_report():
    report = request.args.get("name")
    path = BASE_DIR / report
    return jsonify({"data": Path(path).read_text()})`,
      ),
      v(
        '',
        `@app.route("/upload", methods=["POST"])
def upload():
    f = request.files["document"]
    target = os.path.join("uploads", f.filename)
    f.save(target)
    os.remove(os.path.join("uploads", request.form["replace"]))
    return jsonify({"saved": target})`,
      ),
      s(
        'from werkzeug.utils import secure_filename',
        `@app.route("/download/safe")
def download_safe():
    filename = secure_filename(request.args.get("file", ""))
    return send_file(os.path.join("/srv/files", filename))`,
      ),
      s(
        '',
        `@app.route("/files/<path:name>")
def serve_file(name):
    return send_from_directory("/srv/public", name)`,
      ),
      s(
        '',
        `BASE = "/srv/files"

@app.route("/view")
def view_file():
    name = request.args.get("name")
    full = os.path.realpath(os.path.join(BASE, name))
    if not full.startswith(BASE + os.sep):
        abort(403)
    with open(full) as fh:
        return jsonify({"content": fh.read()})`,
      ),
      s(
        '',
        `@app.route("/avatar")
def avatar():
    user = request.args.get("user")
    filename = os.path.basename(user) + ".png"
    return send_file(os.path.join("avatars", filename))`,
      ),
      s(
        '',
        `@app.route("/template")
def template():
    name = request.args.get("name")
    name = "default.html"
    with open(os.path.join("templates", name)) as fh:
        return jsonify({"template": fh.read()})`,
      ),
    ],
  ],
  xss: [
    '79',
    [
      v(
        '',
        `@app.route("/hello")
def hello():
    name = request.args.get("name", "guest")
    return f"<h1>Hello {name}!</h1>"`,
      ),
      v(
        '',
        `@app.route("/search")
def search_page():
    q = request.args.get("q", "")
    html = "<p>Results for: " + q + "</p>"
    return make_response(html)`,
      ),
      v(
        '',
        `@app.route("/greet/<username>")
def greet(username):
    template = "<html><body>Welcome back, %s</body></html>" % username
    return render_template_string(template)`,
      ),
      v(
        'from markupsafe import Markup',
        `@app.route("/comment", methods=["POST"])
def comment():
    body = request.form.get("body")
    return render_template_string("<div>{{ c }}</div>", c=Markup(body))`,
      ),
      v(
        '',
        `def render_error(message):
    return "<div class='error'>{}</div>".format(message)

@app.route("/error")
def error_page():
    msg = request.args.get("msg")
    return render_error(msg), 400`,
      ),
      v(
        '',
        `@app.route("/bio", methods=["POST"])
def bio():
    data = request.get_json()
    parts = []
    parts.append("<section>")
    parts.append(data["bio"])
    parts.append("</section>")
    return "".join(parts)`,
      ),
      s(
        'from markupsafe import escape',
        `@app.route("/hello/safe")
def hello_safe():
    name = request.args.get("name", "guest")
    return f"<h1>Hello {escape(name)}!</h1>"`,
      ),
      s(
        '',
        `@app.route("/profile/<username>")
def profile_page(username):
    return render_template_string("<h1>Profile of {{ user }}</h1>", user=username)`,
      ),
      s(
        '',
        `@app.route("/api/echo")
def echo_json():
    text = request.args.get("text")
    return jsonify({"echo": text})`,
      ),
      s(
        'import html',
        `@app.route("/preview", methods=["POST"])
def preview():
    content = request.form.get("content", "")
    safe = html.escape(content)
    return "<article>" + safe + "</article>"`,
      ),
      s(
        '',
        `@app.route("/banner")
def banner():
    title = request.args.get("title")
    title = "Welcome"
    return "<h2>" + title + "</h2>"`,
      ),
    ],
  ],
  ssrf: [
    '918',
    [
      v(
        'import requests',
        `@app.route("/fetch")
def fetch():
    url = request.args.get("url")
    resp = requests.get(url, timeout=5)
    return jsonify({"status": resp.status_code, "body": resp.text[:200]})`,
      ),
      v(
        'import urllib.request',
        `@app.route("/preview-link", methods=["POST"])
def preview_link():
    link = request.get_json()["link"]
    with urllib.request.urlopen(link) as r:
        return jsonify({"title": r.read(500).decode(errors="ignore")})`,
      ),
      v(
        'import requests',
        `@app.route("/webhook/test", methods=["POST"])
def test_webhook():
    target = request.form["callback"]
    r = requests.post(target, json={"event": "ping"})
    return jsonify({"delivered": r.ok})`,
      ),
      v(
        'import httpx',
        `@app.route("/proxy/<path:host>")
def proxy(host):
    r = httpx.get("http://" + host + "/health")
    return jsonify({"health": r.text})`,
      ),
      v(
        'import requests',
        `def fetch_avatar(avatar_url):
    return requests.get(avatar_url, stream=True).content

@app.route("/avatar/import")
def import_avatar():
    data = fetch_avatar(request.args["avatar"])
    return jsonify({"size": len(data)})`,
      ),
      s(
        'import requests\nfrom urllib.parse import quote',
        `@app.route("/weather")
def weather():
    city = request.args.get("city")
    r = requests.get("https://api.weather.example.com/v1/current/" + quote(city))
    return jsonify(r.json())`,
      ),
      s(
        'import requests',
        `ALLOWED_HOSTS = {"https://status.example.com", "https://api.example.com"}

@app.route("/fetch/safe")
def fetch_safe():
    url = request.args.get("url")
    if url not in ALLOWED_HOSTS:
        abort(400)
    return jsonify({"body": requests.get(url, timeout=5).text})`,
      ),
      s(
        'import requests',
        `@app.route("/repo/<owner>")
def repo(owner):
    r = requests.get(f"https://api.github.com/users/{owner}/repos", timeout=5)
    return jsonify(r.json())`,
      ),
      s(
        'import requests',
        `@app.route("/status")
def status():
    service = request.args.get("service")
    service = "https://status.example.com/api"
    return jsonify(requests.get(service).json())`,
      ),
      s(
        'import requests',
        `@app.route("/health")
def health():
    url = request.args.get("url")
    if 3 * 4 > 20:
        requests.get(url)
    return jsonify({"ok": True})`,
      ),
    ],
  ],
  redirect: [
    '601',
    [
      v(
        '',
        `@app.route("/login", methods=["POST"])
def login():
    next_url = request.args.get("next")
    session["user"] = "demo"
    return redirect(next_url)`,
      ),
      v(
        '',
        `@app.route("/go")
def go():
    target = request.values.get("to", "/")
    return redirect(target, code=302)`,
      ),
      v(
        '',
        `@app.route("/logout")
def logout():
    session.clear()
    return redirect(request.referrer or "/")`,
      ),
      v(
        '',
        `@app.route("/out/<path:dest>")
def outbound(dest):
    return redirect("https://" + dest)`,
      ),
      v(
        '',
        `def after_login_target(args):
    return args.get("return_to", "/dashboard")

@app.route("/sso/callback")
def sso_callback():
    return redirect(after_login_target(request.args))`,
      ),
      s(
        'from flask import url_for',
        `@app.route("/login/safe", methods=["POST"])
def login_safe():
    return redirect(url_for("dashboard"))`,
      ),
      s(
        'from urllib.parse import urlparse',
        `SAFE_PATHS = ["/dashboard", "/settings", "/profile"]

@app.route("/continue")
def continue_to():
    target = request.args.get("next", "/dashboard")
    if target not in SAFE_PATHS:
        target = "/dashboard"
    return redirect(target)`,
      ),
      s(
        '',
        `@app.route("/docs/<page>")
def docs(page):
    return redirect("/static/docs/" + page)`,
      ),
      s(
        '',
        `@app.route("/home")
def home_redirect():
    target = request.args.get("next")
    target = "/"
    return redirect(target)`,
      ),
      s(
        '',
        `@app.route("/shop")
def shop():
    return redirect("https://shop.example.com/" + request.args.get("item", ""))`,
      ),
    ],
  ],
  codeinj: [
    '94',
    [
      v(
        '',
        `@app.route("/calc")
def calc():
    expr = request.args.get("expr")
    result = eval(expr)
    return jsonify({"result": result})`,
      ),
      v(
        '',
        `@app.route("/run", methods=["POST"])
def run_snippet():
    code = request.get_json()["code"]
    scope = {}
    exec(code, scope)
    return jsonify({"vars": list(scope.keys())})`,
      ),
      v(
        '',
        `@app.route("/filter")
def filter_items():
    field = request.args.get("field", "price")
    items = [{"price": 3}, {"price": 5}]
    key = eval("lambda item: item['" + field + "']")
    return jsonify(sorted(items, key=key))`,
      ),
      v(
        '',
        `def evaluate(formula, x):
    return eval(formula, {"x": x})

@app.route("/plot/<formula>")
def plot(formula):
    return jsonify([evaluate(formula, i) for i in range(10)])`,
      ),
      v(
        '',
        `@app.route("/compile", methods=["POST"])
def compile_rule():
    source = request.form["rule"]
    compiled = compile(source, "<rule>", "exec")
    return jsonify({"ok": compiled is not None})`,
      ),
      s(
        'import ast',
        `@app.route("/parse")
def parse_literal():
    raw = request.args.get("value", "[]")
    value = ast.literal_eval(raw)
    return jsonify({"value": value})`,
      ),
      s(
        '',
        `OPERATIONS = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}

@app.route("/op/<name>")
def op(name):
    a = int(request.args.get("a", 0))
    b = int(request.args.get("b", 0))
    return jsonify({"result": OPERATIONS[name](a, b)})`,
      ),
      s(
        '',
        `@app.route("/calc/safe")
def calc_safe():
    x = int(request.args.get("x", "0"))
    return jsonify({"square": eval(str(x) + " * " + str(x))})`,
      ),
      s(
        '',
        `@app.route("/version")
def version():
    expr = request.args.get("expr")
    expr = "1 + 1"
    return jsonify({"v": eval(expr)})`,
      ),
      s(
        '',
        `@app.route("/debug-eval")
def debug_eval():
    code = request.args.get("code")
    if 2 + 2 == 5:
        eval(code)
    return jsonify({"ok": True})`,
      ),
    ],
  ],
  deserialization: [
    '502',
    [
      v(
        'import pickle, base64',
        `@app.route("/session/load", methods=["POST"])
def load_session():
    blob = request.form["state"]
    state = pickle.loads(base64.b64decode(blob))
    return jsonify({"keys": list(state)})`,
      ),
      v(
        'import yaml',
        `@app.route("/config", methods=["POST"])
def upload_config():
    cfg = yaml.load(request.data, Loader=yaml.Loader)
    return jsonify(cfg)`,
      ),
      v(
        'import pickle',
        `@app.route("/import", methods=["POST"])
def import_model():
    uploaded = request.files["model"]
    model = pickle.load(uploaded)
    return jsonify({"type": type(model).__name__})`,
      ),
      v(
        'import jsonpickle',
        `@app.route("/restore", methods=["POST"])
def restore():
    obj = jsonpickle.decode(request.get_data(as_text=True))
    return jsonify({"restored": str(obj)})`,
      ),
      v(
        'import yaml',
        `@app.route("/workflow", methods=["POST"])
def workflow():
    spec = request.get_json()["spec"]
    steps = yaml.unsafe_load(spec)
    return jsonify({"steps": len(steps)})`,
      ),
      v(
        'import marshal, base64',
        `@app.route("/bytecode", methods=["POST"])
def bytecode():
    code = marshal.loads(base64.b64decode(request.args["c"]))
    return jsonify({"name": code.co_name})`,
      ),
      s(
        'import yaml',
        `@app.route("/config/safe", methods=["POST"])
def upload_config_safe():
    cfg = yaml.safe_load(request.data)
    return jsonify(cfg)`,
      ),
      s(
        'import json',
        `@app.route("/state", methods=["POST"])
def state():
    data = json.loads(request.form["state"])
    return jsonify(data)`,
      ),
      s(
        'import yaml',
        `@app.route("/config/load", methods=["POST"])
def load_config():
    cfg = yaml.load(request.get_data(), Loader=yaml.SafeLoader)
    return jsonify(cfg)`,
      ),
      s(
        'import pickle',
        `@app.route("/defaults")
def defaults():
    with open("defaults.pkl", "rb") as fh:
        data = pickle.load(fh)
    return jsonify(data)`,
      ),
    ],
  ],
  xxe: [
    '611',
    [
      v(
        'from lxml import etree',
        `@app.route("/xml", methods=["POST"])
def parse_xml():
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(request.data, parser)
    return jsonify({"tag": root.tag})`,
      ),
      v(
        'from lxml import etree',
        `@app.route("/invoice", methods=["POST"])
def invoice():
    xml = request.files["invoice"].read()
    parser = etree.XMLParser(load_dtd=True, no_network=False)
    doc = etree.fromstring(xml, parser=parser)
    return jsonify({"total": doc.findtext("total")})`,
      ),
      v(
        'import xml.sax\nfrom xml.sax.handler import feature_external_ges',
        `class Collector(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.names = []

@app.route("/sax", methods=["POST"])
def sax_parse():
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    handler = Collector()
    parser.setContentHandler(handler)
    parser.parse(request.files["doc"])
    return jsonify({"names": handler.names})`,
      ),
      v(
        'from lxml import etree\nimport io',
        `UNSAFE_PARSER = etree.XMLParser(resolve_entities=True)

@app.route("/feed", methods=["POST"])
def feed():
    tree = etree.parse(io.BytesIO(request.get_data()), UNSAFE_PARSER)
    return jsonify({"items": len(tree.getroot())})`,
      ),
      s(
        'import defusedxml.ElementTree as ET',
        `@app.route("/xml/safe", methods=["POST"])
def parse_xml_safe():
    root = ET.fromstring(request.data)
    return jsonify({"tag": root.tag})`,
      ),
      s(
        'from lxml import etree',
        `@app.route("/xml/hardened", methods=["POST"])
def parse_xml_hardened():
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    root = etree.fromstring(request.data, parser)
    return jsonify({"tag": root.tag})`,
      ),
      s(
        'from lxml import etree',
        `@app.route("/xml/static")
def parse_static():
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(b"<config><mode>fast</mode></config>", parser)
    return jsonify({"mode": root.findtext("mode")})`,
      ),
      s(
        'import xml.etree.ElementTree as ET',
        `@app.route("/xml/std", methods=["POST"])
def parse_std():
    root = ET.fromstring(request.get_data())
    return jsonify({"children": len(root)})`,
      ),
    ],
  ],
  ldapi: [
    '90',
    [
      v(
        'import ldap',
        `@app.route("/ldap/user")
def ldap_user():
    uid = request.args.get("uid")
    conn = ldap.initialize("ldap://ldap.example.com")
    results = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + uid + ")")
    return jsonify({"count": len(results)})`,
      ),
      v(
        'from ldap3 import Server, Connection, SUBTREE',
        `@app.route("/ldap/group")
def ldap_group():
    group = request.args.get("group")
    conn = Connection(Server("ldap://ldap.example.com"), auto_bind=True)
    conn.search("dc=example,dc=com", f"(&(objectClass=group)(cn={group}))", search_scope=SUBTREE)
    return jsonify({"entries": len(conn.entries)})`,
      ),
      v(
        'import ldap',
        `def find_by_mail(conn, mail):
    filt = "(mail=%s)" % mail
    return conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, filt)

@app.route("/ldap/mail", methods=["POST"])
def ldap_mail():
    conn = ldap.initialize("ldap://ldap.example.com")
    return jsonify({"found": len(find_by_mail(conn, request.form["mail"]))})`,
      ),
      v(
        'import ldap',
        `@app.route("/ldap/login", methods=["POST"])
def ldap_login():
    creds = request.get_json()
    ldap_conn = ldap.initialize("ldap://ldap.example.com")
    search_filter = "(&(uid={})(userPassword={}))".format(creds["user"], creds["password"])
    res = ldap_conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, search_filter)
    return jsonify({"ok": bool(res)})`,
      ),
      s(
        'import ldap\nfrom ldap.filter import escape_filter_chars',
        `@app.route("/ldap/user/safe")
def ldap_user_safe():
    uid = escape_filter_chars(request.args.get("uid", ""))
    conn = ldap.initialize("ldap://ldap.example.com")
    results = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + uid + ")")
    return jsonify({"count": len(results)})`,
      ),
      s(
        'from ldap3 import Server, Connection, SUBTREE\nfrom ldap3.utils.conv import escape_filter_chars',
        `@app.route("/ldap/group/safe")
def ldap_group_safe():
    group = escape_filter_chars(request.args.get("group", ""))
    conn = Connection(Server("ldap://ldap.example.com"), auto_bind=True)
    conn.search("dc=example,dc=com", f"(&(objectClass=group)(cn={group}))", search_scope=SUBTREE)
    return jsonify({"entries": len(conn.entries)})`,
      ),
      s(
        'import ldap',
        `@app.route("/ldap/admins")
def ldap_admins():
    conn = ldap.initialize("ldap://ldap.example.com")
    role = request.args.get("role")
    role = "admin"
    res = conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(role=" + role + ")")
    return jsonify({"count": len(res)})`,
      ),
      s(
        'import ldap',
        `@app.route("/ldap/dept/<int:dept_id>")
def ldap_dept(dept_id):
    conn = ldap.initialize("ldap://ldap.example.com")
    res = conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(departmentNumber=%d)" % dept_id)
    return jsonify({"count": len(res)})`,
      ),
    ],
  ],
  xpathi: [
    '643',
    [
      v(
        'from lxml import etree\ntree = etree.parse("users.xml")',
        `@app.route("/xpath/user")
def xpath_user():
    name = request.args.get("name")
    nodes = tree.xpath("//user[@name='" + name + "']/email/text()")
    return jsonify({"emails": [str(n) for n in nodes]})`,
      ),
      v(
        'from lxml import etree',
        `@app.route("/catalog")
def catalog():
    category = request.args.get("category")
    doc = etree.parse("catalog.xml")
    query = f"//product[category='{category}']/name"
    return jsonify([e.text for e in doc.xpath(query)])`,
      ),
      v(
        'from lxml import etree',
        `@app.route("/auth/xml", methods=["POST"])
def xml_auth():
    user = request.form["user"]
    pw = request.form["password"]
    root = etree.parse("accounts.xml").getroot()
    expr = etree.XPath("//account[user/text()='%s' and pass/text()='%s']" % (user, pw))
    return jsonify({"ok": bool(expr(root))})`,
      ),
      v(
        'import xml.etree.ElementTree as ET',
        `@app.route("/books")
def books():
    author = request.args.get("author")
    root = ET.parse("books.xml").getroot()
    found = root.findall(".//book[author='" + author + "']")
    return jsonify({"count": len(found)})`,
      ),
      s(
        'from lxml import etree\ntree = etree.parse("users.xml")',
        `@app.route("/xpath/user/safe")
def xpath_user_safe():
    name = request.args.get("name")
    nodes = tree.xpath("//user[@name=$name]/email/text()", name=name)
    return jsonify({"emails": [str(n) for n in nodes]})`,
      ),
      s(
        'from lxml import etree',
        `@app.route("/catalog/fixed")
def catalog_fixed():
    category = request.args.get("category")
    category = "books"
    doc = etree.parse("catalog.xml")
    return jsonify([e.text for e in doc.xpath("//product[category='" + category + "']/name")])`,
      ),
      s(
        'from lxml import etree',
        `VALID_CATEGORIES = ("books", "music", "games")

@app.route("/catalog/checked")
def catalog_checked():
    category = request.args.get("category", "books")
    if category in VALID_CATEGORIES:
        doc = etree.parse("catalog.xml")
        return jsonify([e.text for e in doc.xpath("//product[category='%s']/name" % category)])
    return jsonify([])`,
      ),
      s(
        'from lxml import etree',
        `@app.route("/catalog/<int:pid>")
def catalog_item(pid):
    doc = etree.parse("catalog.xml")
    return jsonify([e.text for e in doc.xpath("//product[@id=" + str(int(pid)) + "]/name")])`,
      ),
    ],
  ],
  nosqli: [
    '943',
    [
      v(
        'from pymongo import MongoClient\ndb = MongoClient()["app"]',
        `@app.route("/api/login", methods=["POST"])
def mongo_login():
    data = request.get_json()
    user = db.users.find_one({"username": data["username"], "password": data["password"]})
    return jsonify({"ok": user is not None})`,
      ),
      v(
        'from pymongo import MongoClient\ndb = MongoClient()["app"]',
        `@app.route("/api/search", methods=["POST"])
def mongo_search():
    query = request.json
    docs = list(db.products.find(query).limit(20))
    return jsonify({"count": len(docs)})`,
      ),
      v(
        'from pymongo import MongoClient\ndb = MongoClient()["app"]',
        `@app.route("/api/users")
def mongo_where():
    name = request.args.get("name")
    docs = db.users.find({"$where": "this.name == '" + name + "'"})
    return jsonify({"count": len(list(docs))})`,
      ),
      v(
        'from pymongo import MongoClient\ndb = MongoClient()["app"]',
        `@app.route("/api/orders", methods=["DELETE"])
def mongo_delete():
    body = request.get_json(force=True)
    criteria = {"owner": body.get("owner"), "status": body.get("status")}
    result = db.orders.delete_many(criteria)
    return jsonify({"deleted": result.deleted_count})`,
      ),
      s(
        'from pymongo import MongoClient\ndb = MongoClient()["app"]',
        `@app.route("/api/login/safe", methods=["POST"])
def mongo_login_safe():
    data = request.get_json()
    user = db.users.find_one({"username": str(data["username"]), "password_hash": str(data["password"])})
    return jsonify({"ok": user is not None})`,
      ),
      s(
        'from pymongo import MongoClient\ndb = MongoClient()["app"]',
        `@app.route("/api/profile")
def mongo_profile():
    username = request.args.get("username")
    doc = db.users.find_one({"username": username}, {"_id": 0})
    return jsonify(doc)`,
      ),
      s(
        'from pymongo import MongoClient\ndb = MongoClient()["app"]',
        `@app.route("/api/items/<item_id>")
def mongo_item(item_id):
    doc = db.items.find_one({"sku": item_id})
    return jsonify(doc or {})`,
      ),
      s(
        'from pymongo import MongoClient\ndb = MongoClient()["app"]',
        `@app.route("/api/count", methods=["POST"])
def mongo_count():
    payload = request.get_json()
    status = payload.get("status")
    if not isinstance(status, str):
        abort(400)
    return jsonify({"n": db.orders.count_documents({"status": status})})`,
      ),
    ],
  ],
  weakhash: [
    '328',
    [
      v(
        'import hashlib',
        `@app.route("/register", methods=["POST"])
def register():
    password = request.form["password"]
    hashed = hashlib.md5(password.encode()).hexdigest()
    return jsonify({"hash": hashed})`,
      ),
      v(
        'import hashlib',
        `def hash_password(pw, salt):
    return hashlib.sha1((salt + pw).encode("utf-8")).hexdigest()

@app.route("/password/change", methods=["POST"])
def change_password():
    return jsonify({"stored": hash_password(request.form["new"], "s@lt")})`,
      ),
      v(
        'import hashlib',
        `@app.route("/api/token", methods=["POST"])
def api_token():
    user = request.form["user"]
    token = hashlib.new("md5", (user + "secret").encode()).hexdigest()
    return jsonify({"token": token})`,
      ),
      v(
        'from Crypto.Hash import MD5',
        `@app.route("/sign", methods=["POST"])
def sign():
    h = MD5.new()
    h.update(request.get_data())
    return jsonify({"signature": h.hexdigest()})`,
      ),
      v(
        'import hashlib',
        `@app.route("/verify", methods=["POST"])
def verify_password():
    supplied = request.form["password"]
    digest = hashlib.sha1(supplied.encode()).hexdigest()
    return jsonify({"match": digest == load_stored_digest(request.form["user"])})`,
      ),
      s(
        'import hashlib, os',
        `@app.route("/register/safe", methods=["POST"])
def register_safe():
    password = request.form["password"]
    salt = os.urandom(16)
    hashed = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600000)
    return jsonify({"hash": hashed.hex()})`,
      ),
      s(
        'from werkzeug.security import generate_password_hash',
        `@app.route("/signup", methods=["POST"])
def signup():
    return jsonify({"hash": generate_password_hash(request.form["password"])})`,
      ),
      s(
        'import hashlib',
        `@app.route("/api/key", methods=["POST"])
def api_key_hash():
    key = request.form["key"]
    return jsonify({"digest": hashlib.sha256(key.encode()).hexdigest()})`,
      ),
      s(
        'import bcrypt',
        `@app.route("/password/set", methods=["POST"])
def set_password():
    hashed = bcrypt.hashpw(request.form["password"].encode(), bcrypt.gensalt())
    return jsonify({"ok": bool(hashed)})`,
      ),
      s(
        'import hashlib',
        `@app.route("/token/hash", methods=["POST"])
def token_hash():
    token = request.form["token"]
    return jsonify({"h": hashlib.sha512(token.encode()).hexdigest()})`,
      ),
    ],
  ],
  weakrand: [
    '330',
    [
      v(
        'import random, string',
        `@app.route("/password/reset", methods=["POST"])
def reset_password():
    token = "".join(random.choice(string.ascii_letters + string.digits) for _ in range(32))
    return jsonify({"reset_token": token})`,
      ),
      v(
        'import random',
        `@app.route("/otp")
def send_otp():
    otp = random.randint(100000, 999999)
    session["otp"] = otp
    return jsonify({"sent": True})`,
      ),
      v(
        'import random',
        `@app.route("/remember")
def remember_me():
    resp = make_response(jsonify({"ok": True}))
    resp.set_cookie("rememberMe", str(random.random()), secure=True, httponly=True)
    return resp`,
      ),
      v(
        'import random, string',
        `def generate_api_key(length=40):
    alphabet = string.ascii_letters + string.digits
    return "".join(random.choices(alphabet, k=length))

@app.route("/keys", methods=["POST"])
def create_key():
    return jsonify({"api_key": generate_api_key()})`,
      ),
      v(
        'import random',
        `@app.route("/session/new")
def new_session():
    session_id = "%032x" % random.getrandbits(128)
    return jsonify({"session_id": session_id})`,
      ),
      s(
        'import secrets',
        `@app.route("/password/reset/safe", methods=["POST"])
def reset_password_safe():
    return jsonify({"reset_token": secrets.token_urlsafe(32)})`,
      ),
      s(
        'import secrets',
        `@app.route("/otp/safe")
def send_otp_safe():
    otp = secrets.randbelow(900000) + 100000
    session["otp"] = otp
    return jsonify({"sent": True})`,
      ),
      s(
        'import random',
        `QUOTES = ["Keep going", "Ship it", "Stay curious"]

@app.route("/quote")
def quote():
    return jsonify({"quote": random.choice(QUOTES)})`,
      ),
      s(
        'import random',
        `@app.route("/shuffle")
def shuffle_cards():
    deck = list(range(52))
    random.shuffle(deck)
    return jsonify({"deck": deck[:5]})`,
      ),
      s(
        'import uuid',
        `@app.route("/invite", methods=["POST"])
def invite():
    return jsonify({"invite_token": uuid.uuid4().hex})`,
      ),
    ],
  ],
  trustbound: [
    '501',
    [
      v(
        '',
        `@app.route("/set-role", methods=["POST"])
def set_role():
    session["role"] = request.form["role"]
    return jsonify({"ok": True})`,
      ),
      v(
        '',
        `@app.route("/prefs")
def prefs():
    theme = request.args.get("theme")
    lang = request.args.get("lang")
    session["prefs"] = {"theme": theme, "lang": lang}
    return jsonify({"saved": True})`,
      ),
      v(
        '',
        `@app.route("/impersonate/<user_id>")
def impersonate(user_id):
    session["user_id"] = user_id
    return jsonify({"as": user_id})`,
      ),
      v(
        '',
        `@app.route("/cart/add", methods=["POST"])
def cart_add():
    item = request.get_json()
    key = "cart_" + item["sku"]
    session[key] = item.get("qty", 1)
    return jsonify({"ok": True})`,
      ),
      s(
        '',
        `@app.route("/set-theme")
def set_theme():
    theme = request.args.get("theme")
    if theme not in ("light", "dark"):
        theme = "light"
    session["theme"] = theme
    return jsonify({"theme": theme})`,
      ),
      s(
        '',
        `@app.route("/visit")
def visit():
    session["visits"] = session.get("visits", 0) + 1
    return jsonify({"visits": session["visits"]})`,
      ),
      s(
        '',
        `@app.route("/page-size")
def page_size():
    size = int(request.args.get("size", 20))
    session["page_size"] = size
    return jsonify({"size": size})`,
      ),
      s(
        '',
        `@app.route("/lang")
def set_lang():
    lang = request.args.get("lang")
    lang = "en"
    session["lang"] = lang
    return jsonify({"lang": lang})`,
      ),
    ],
  ],
  redos: [
    '1333',
    [
      v(
        'import re',
        `@app.route("/match")
def match():
    pattern = request.args.get("pattern")
    text = request.args.get("text", "")
    return jsonify({"match": bool(re.search(pattern, text))})`,
      ),
      v(
        'import re',
        `@app.route("/filter-logs", methods=["POST"])
def filter_logs():
    rx = re.compile(request.form["regex"])
    lines = ["GET /", "POST /login"]
    return jsonify([l for l in lines if rx.match(l)])`,
      ),
      v(
        'import re',
        `@app.route("/validate")
def validate_field():
    rule = request.args.get("rule")
    value = request.args.get("value", "")
    return jsonify({"valid": re.fullmatch("^" + rule + "$", value) is not None})`,
      ),
      s(
        'import re',
        `@app.route("/match/safe")
def match_safe():
    word = request.args.get("word", "")
    text = request.args.get("text", "")
    return jsonify({"match": bool(re.search(re.escape(word), text))})`,
      ),
      s(
        'import re',
        `EMAIL_RE = re.compile(r"^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$")

@app.route("/email/check")
def email_check():
    email = request.args.get("email", "")
    return jsonify({"valid": bool(EMAIL_RE.match(email))})`,
      ),
      s(
        'import re',
        `@app.route("/digits")
def digits():
    text = request.args.get("text", "")
    return jsonify({"digits": re.findall(r"\\d+", text)})`,
      ),
    ],
  ],
};

rmSync(join(here, 'cases'), { recursive: true, force: true });
mkdirSync(join(here, 'cases'), { recursive: true });
const rows = ['# test name, category, real vulnerability, cwe'];
let n = 0;
for (const [category, [cwe, cases]] of Object.entries(CASES)) {
  for (const c of cases) {
    n += 1;
    const name = `BenchmarkTest${String(n).padStart(5, '0')}`;
    const text = `${HEADER}${c.imports ? `${c.imports}\n` : ''}\n\n${c.body}\n`;
    writeFileSync(join(here, 'cases', `${name}.py`), text);
    rows.push(`${name},${category},${c.vuln},${cwe}`);
  }
}
writeFileSync(join(here, 'expected.csv'), `${rows.join('\n')}\n`);
console.log(`wrote ${n} cases`);
