import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { JS_EXTENSIONS, jsRules, scanJsFile } from '../../../../src/scanners/sast/js/index.js';
import { ruleIds, scan, scanHandler } from './helpers.js';

const PG = "const { Pool } = require('pg'); const db = new Pool();";

describe('finding shape', () => {
  const body =
    "app.get('/u', async (req, res) => {\n  const id = req.query.id;\n  const sql = 'SELECT * FROM t WHERE id = ' + id;\n  await db.query(sql);\n  res.end();\n});";
  it('locates the sink, keeps a code flow from source to sink and names both', () => {
    const [finding] = scanHandler(body, PG).filter((f) => f.ruleId === 'js-sql-injection');
    assert.ok(finding);
    assert.equal(finding.scanner, 'sast');
    assert.equal(finding.snippet, 'await db.query(sql);');
    assert.deepEqual(finding.cwe, ['CWE-89']);
    assert.equal(finding.properties?.source, 'express req.query');
    const messages = finding.codeFlow?.map((step) => step.message) ?? [];
    assert.equal(messages[0], 'express req.query read here');
    assert.ok(messages.includes('assigned to `id`'));
    assert.ok(messages.includes('assigned to `sql`'));
    assert.match(messages[messages.length - 1] ?? '', /passed to db\.query\(\)/);
    assert.equal(finding.location.startLine, finding.codeFlow?.at(-1)?.location.startLine);
  });
  it('keeps the fingerprint when the code moves down', () => {
    const first = scanHandler(body, PG)[0];
    const moved = scanHandler(`\n\n// comment\n${body}`, PG)[0];
    assert.ok(first && moved);
    assert.notEqual(first.location.startLine, moved.location.startLine);
    assert.equal(first.fingerprint, moved.fingerprint);
  });
  it('exports rule metadata and extensions', () => {
    assert.ok(jsRules.length >= 20);
    assert.equal(new Set(jsRules.map((r) => r.id)).size, jsRules.length);
    for (const rule of jsRules) assert.ok(rule.cwe.length > 0 && rule.remediation && rule.owasp, rule.id);
    assert.deepEqual([...JS_EXTENSIONS].sort(), ['.cjs', '.cts', '.js', '.jsx', '.mjs', '.mts', '.ts', '.tsx']);
  });
  it('reports parse errors as skips and never throws', () => {
    const skipped: string[] = [];
    assert.deepEqual(scanJsFile('bad.js', 'const = ;', { skip: (s) => skipped.push(s.reason) }), []);
    assert.deepEqual(skipped, ['parse-error']);
  });
});

describe('data flow', () => {
  const sql = (body: string) => ruleIds(scanHandler(body, PG)).filter((id) => id === 'js-sql-injection').length;
  it('follows function summaries, callbacks, promises and collections', () => {
    assert.equal(
      sql(
        "function where(v) { return `id = '${v}'`; }\napp.get('/a', (req, res) => { db.query('SELECT 1 WHERE ' + where(req.query.id)); });",
      ),
      1,
    );
    assert.equal(
      sql("app.get('/a', (req, res) => { Promise.resolve(req.query.id).then((v) => db.query('SELECT ' + v)); });"),
      1,
    );
    assert.equal(
      sql(
        "app.get('/a', (req, res) => { const ids = req.query.ids.split(','); ids.map((x) => 'n' + x).forEach((v) => db.query('SELECT ' + v)); });",
      ),
      1,
    );
    assert.equal(
      sql(
        "app.get('/a', (req, res) => { const m = new Map(); m.set('k', req.query.id); db.query('SELECT ' + m.get('k')); });",
      ),
      1,
    );
    assert.equal(
      sql(
        "app.get('/a', (req, res) => { const { user: { name } } = req.body; const parts = []; parts.push(name); db.query(`SELECT ${[...parts].join(',')}`); });",
      ),
      1,
    );
  });
  it('drops constant members of collections and dead branches', () => {
    assert.equal(
      sql(
        "app.get('/a', (req, res) => { const m = new Map(); m.set('a', 'safe'); m.set('b', req.query.id); db.query('SELECT ' + m.get('a')); });",
      ),
      0,
    );
    assert.equal(
      sql(
        "app.get('/a', (req, res) => { const list = ['safe', req.query.id, 'x']; list.shift(); db.query('SELECT ' + list[1]); });",
      ),
      0,
    );
    assert.equal(
      sql(
        "app.get('/a', (req, res) => { let v = req.query.id; if (1 > 2) { db.query('SELECT ' + v); } switch (req.query.k) { case 'a': v = 'A'; break; default: v = 'B'; } db.query('SELECT ' + v); });",
      ),
      0,
    );
  });
  it('folds switches on constants and refines conditional expressions', () => {
    const switched = (index: number) =>
      `app.get('/a', (req, res) => { let bar; switch ('ABC'.charAt(${index})) { case 'A': bar = req.query.id; break; case 'B': bar = 'safe'; break; default: bar = req.query.id; } db.query('SELECT ' + bar); });`;
    assert.equal(sql(switched(1)), 0);
    assert.equal(sql(switched(2)), 1);
    assert.equal(
      sql(
        "const OK = ['a']; app.get('/a', (req, res) => { const { v: rawV, w: rawW } = req.query; const v = OK.includes(rawV) ? rawV : 'a'; const w = OK.includes(rawW) ? 'a' : rawW; db.query('SELECT ' + w); db.query('SELECT ' + v); });",
      ),
      1,
    );
  });
  it('knows Koa, Fastify, Hono, Next.js and node http sources', () => {
    const sources = [
      "router.get('/k', async (ctx) => { await db.query('SELECT ' + ctx.request.body.id); });",
      "fastify.get('/f', async (request, reply) => { await db.query('SELECT ' + request.query.id); });",
      "app.get('/h', async (c) => { await db.query('SELECT ' + c.req.query('id')); return c.text('ok'); });",
      "export async function GET(request) { const id = request.nextUrl.searchParams.get('id'); await db.query('SELECT ' + id); }",
      "export async function POST(request, { params }) { await db.query('SELECT ' + params.slug); }",
      "export default async function handler(req, res) { await db.query('SELECT ' + req.body.id); }",
      "http.createServer((req, res) => { let body = ''; req.on('data', (c) => { body += c; }); req.on('end', () => db.query('SELECT ' + body)); });",
    ];
    for (const source of sources)
      assert.equal(
        ruleIds(scan(`${PG}\n${source}`, 'app.ts')).filter((id) => id === 'js-sql-injection').length,
        1,
        source,
      );
  });
  it('reports CLI input at lower severity and confidence', () => {
    const [finding] = scan("const { execSync } = require('child_process');\nexecSync('ls ' + process.argv[2]);");
    assert.equal(finding?.ruleId, 'js-command-injection');
    assert.equal(finding?.severity, 'medium');
    assert.equal(finding?.confidence, 'low');
  });
  it('summarises exported functions of a local module one import away', () => {
    const root = mkdtempSync(join(tmpdir(), 'bulwark-sast-js-'));
    try {
      writeFileSync(
        join(root, 'query.ts'),
        'export function byName(name: string) { return "SELECT * FROM u WHERE n = \'" + name + "\'"; }\nexport function safe(name: string) { return \'SELECT 1\'; }\n',
      );
      const source = `import { byName, safe } from './query.js';\n${PG}\napp.get('/q', async (req, res) => {\n  await db.query(byName(req.query.n));\n  await db.query(safe(req.query.n));\n});\n`;
      const findings = scan(source, 'app.ts', root).filter((f) => f.ruleId === 'js-sql-injection');
      assert.equal(findings.length, 1);
      assert.equal(findings[0]?.location.startLine, 4);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
