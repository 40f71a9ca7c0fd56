import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ruleIds, scanHandler } from './helpers.js';

interface Case {
  name: string;
  rule: string;
  imports?: string;
  found: string;
  safe: string[];
}

const CASES: Case[] = [
  {
    name: 'SQL injection',
    rule: 'js-sql-injection',
    imports: "const { Pool } = require('pg'); const pool = new Pool();",
    found:
      "app.get('/u', async (req, res) => { const id = req.query.id; await pool.query(`SELECT * FROM u WHERE id = '${id}'`); res.json({}); });",
    safe: [
      "app.get('/u', async (req, res) => { await pool.query('SELECT * FROM u WHERE id = $1', [req.query.id]); res.json({}); });",
      "app.get('/u', async (req, res) => { let id = req.query.id; id = 'fixed'; await pool.query('SELECT * FROM u WHERE id = ' + id); res.json({}); });",
      "app.get('/u', async (req, res) => { const id = Number(req.query.id); await pool.query('SELECT * FROM u WHERE id = ' + id); res.json({}); });",
      "app.get('/u', async (req, res) => { const id = 7 * 18 + 106 > 200 ? 'x' : req.query.id; await pool.query('SELECT * FROM u WHERE id = ' + id); res.json({}); });",
      "app.get('/u', async (req, res) => { const id = 'constant'; await pool.query(`SELECT * FROM u WHERE id = '${id}'`); res.json({}); });",
    ],
  },
  {
    name: 'command injection',
    rule: 'js-command-injection',
    imports: "const { exec, execFile, spawn } = require('node:child_process');",
    found: "app.post('/p', (req, res) => { const { host } = req.body; exec('ping ' + host, () => res.end()); });",
    safe: [
      "app.post('/p', (req, res) => { execFile('ping', ['-c', '1', req.body.host], () => res.end()); });",
      "app.post('/p', (req, res) => { if (false) { exec('ping ' + req.body.host); } res.end(); });",
      "app.post('/p', (req, res) => { const allowed = ['a', 'b']; const h = req.body.host; if (!allowed.includes(h)) return res.status(400).end(); exec('ping ' + h); res.end(); });",
    ],
  },
  {
    name: 'path traversal',
    rule: 'js-path-traversal',
    imports: "const fs = require('fs'); const path = require('path'); const BASE = path.resolve('files');",
    found: "app.get('/f', (req, res) => { fs.readFile(path.join(BASE, req.query.name), (e, d) => res.json({ d })); });",
    safe: [
      "app.get('/f', (req, res) => { fs.readFile(path.join(BASE, path.basename(req.query.name)), (e, d) => res.json({ d })); });",
      "app.get('/f', (req, res) => { const p = path.resolve(BASE, req.query.name); if (!p.startsWith(BASE + path.sep)) return res.status(403).end(); fs.readFile(p, (e, d) => res.json({ d })); });",
    ],
  },
  {
    name: 'XSS',
    rule: 'js-xss',
    found: "app.get('/x', (req, res) => { res.send('<b>' + req.query.q + '</b>'); });",
    imports: "const escapeHtml = require('escape-html');",
    safe: [
      "app.get('/x', (req, res) => { res.send('<b>' + escapeHtml(req.query.q) + '</b>'); });",
      "app.get('/x', (req, res) => { res.json({ q: req.query.q }); });",
      "app.get('/x', (req, res) => { res.type('text/plain').send(req.query.q); });",
    ],
  },
  {
    name: 'SSRF',
    rule: 'js-ssrf',
    imports: "const axios = require('axios');",
    found: "app.get('/s', async (req, res) => { const r = await axios.get(req.query.url); res.json(r.data); });",
    safe: [
      "app.get('/s', async (req, res) => { const r = await axios.get('https://api.example.com/items/' + encodeURIComponent(req.query.id)); res.json(r.data); });",
      "const HOSTS = new Set(['a.example.com']); app.get('/s', async (req, res) => { const u = new URL(req.query.url); if (!HOSTS.has(u.hostname)) return res.status(400).end(); const r = await fetch(u); res.json(await r.json()); });",
    ],
  },
  {
    name: 'open redirect',
    rule: 'js-open-redirect',
    found: "app.get('/r', (req, res) => { res.redirect(req.query.next); });",
    safe: ["app.get('/r', (req, res) => { res.redirect('/home/' + encodeURIComponent(req.query.next)); });"],
  },
  {
    name: 'code injection',
    rule: 'js-code-injection',
    found: "app.post('/e', (req, res) => { res.json({ v: eval(req.body.expr) }); });",
    safe: [
      "app.post('/e', (req, res) => { setTimeout(() => console.info('done'), 10); res.json({ v: eval('1 + ' + parseInt(req.body.n, 10)) }); });",
    ],
  },
  {
    name: 'NoSQL injection',
    rule: 'js-nosql-injection',
    imports: "const User = require('./models/user');",
    found:
      "app.post('/l', async (req, res) => { const u = await User.findOne({ name: req.body.name, pass: req.body.pass }); res.json(u); });",
    safe: [
      "app.post('/l', async (req, res) => { const u = await User.findOne({ name: String(req.body.name) }); res.json(u); });",
      "app.post('/l', async (req, res) => { const list = [1, 2]; res.json(list.find((x) => x === req.body.n)); });",
    ],
  },
  {
    name: 'prototype pollution',
    rule: 'js-prototype-pollution',
    found:
      "const store = {}; app.post('/p', (req, res) => { const { a, b } = req.body; store[a][b] = req.body.v; res.end(); });",
    safe: ["const store = new Map(); app.post('/p', (req, res) => { store.set(req.body.a, req.body.v); res.end(); });"],
  },
  {
    name: 'ReDoS',
    rule: 'js-redos',
    imports: "const escapeStringRegexp = require('escape-string-regexp');",
    found: "app.get('/r', (req, res) => { res.json({ ok: new RegExp(req.query.p).test('x') }); });",
    safe: [
      "app.get('/r', (req, res) => { res.json({ ok: new RegExp(escapeStringRegexp(req.query.p)).test('x') }); });",
    ],
  },
  {
    name: 'XXE',
    rule: 'js-xxe',
    imports: "const libxmljs = require('libxmljs');",
    found:
      "app.post('/x', (req, res) => { const d = libxmljs.parseXml(req.body.xml, { noent: true }); res.json({ r: d.root().name() }); });",
    safe: [
      "app.post('/x', (req, res) => { const d = libxmljs.parseXml(req.body.xml); res.json({ r: d.root().name() }); });",
    ],
  },
  {
    name: 'LDAP injection',
    rule: 'js-ldap-injection',
    found:
      "app.get('/l', (req, res) => { ldapClient.search('dc=x', { filter: '(uid=' + req.query.u + ')' }, () => res.end()); });",
    safe: [
      "app.get('/l', (req, res) => { if (!/^[a-z0-9]+$/.test(req.query.u)) return res.end(); ldapClient.search('dc=x', { filter: '(uid=admin)' }, () => res.end()); });",
    ],
  },
  {
    name: 'XPath injection',
    rule: 'js-xpath-injection',
    imports: "const xpath = require('xpath');",
    found: 'app.get(\'/x\', (req, res) => { res.json(xpath.select("//u[@n=\'" + req.query.n + "\']", doc)); });',
    safe: [
      "app.get('/x', (req, res) => { const n = parseInt(req.query.n, 10); res.json(xpath.select('//u[@id=' + n + ']', doc)); });",
    ],
  },
  {
    name: 'unsafe deserialisation',
    rule: 'js-unsafe-deserialization',
    imports: "const serialize = require('node-serialize');",
    found: "app.post('/d', (req, res) => { res.json(serialize.unserialize(req.body.data)); });",
    safe: ["app.post('/d', (req, res) => { res.json(JSON.parse(req.body.data)); });"],
  },
  {
    name: 'trust boundary',
    rule: 'js-trust-boundary',
    found: "app.post('/s', (req, res) => { req.session.user = req.body.user; res.end(); });",
    safe: ["app.post('/s', (req, res) => { req.session.visits = 1; res.end(); });"],
  },
  {
    name: 'log injection',
    rule: 'js-log-injection',
    found: "app.post('/s', (req, res) => { console.log('login attempt: ' + req.body.user); res.end(); });",
    safe: [
      "app.post('/s', (req, res) => { console.log('login attempt: ' + req.body.user.replace(/[\\r\\n]/g, '')); res.end(); });",
    ],
  },
];

describe('JS taint rules, end to end through scanJsFile', () => {
  for (const item of CASES) {
    it(`${item.name}: finds the vulnerable handler`, () => {
      assert.ok(ruleIds(scanHandler(item.found, item.imports)).includes(item.rule), `expected ${item.rule}`);
    });
    item.safe.forEach((safe, index) => {
      it(`${item.name}: safe look-alike #${index + 1} is not reported`, () => {
        assert.deepEqual(
          ruleIds(scanHandler(safe, item.imports)).filter((id) => id === item.rule),
          [],
        );
      });
    });
  }
});
