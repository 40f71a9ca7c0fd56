const express = require('express');
const { exec } = require('child_process');
const fs = require('fs');
const path = require('path');
const { Pool } = require('pg');

const app = express();
const pool = new Pool();

// Look up an order by id.
app.get('/orders', async (req, res) => {
  const id = req.query.id;
  const result = await pool.query("SELECT * FROM orders WHERE id = '" + id + "'");
  res.json(result.rows);
});

// Safe version: parameterised.
app.get('/orders/safe', async (req, res) => {
  const result = await pool.query('SELECT * FROM orders WHERE id = $1', [req.query.id]);
  res.json(result.rows);
});

// Ping a host for the status page.
app.post('/ping', (req, res) => {
  exec(`ping -c 1 ${req.body.host}`, (err, stdout) => res.send(stdout));
});

// Download an invoice.
app.get('/invoice', (req, res) => {
  const file = path.join(__dirname, 'invoices', req.query.name);
  res.send(fs.readFileSync(file));
});

app.get('/login/callback', (req, res) => {
  res.redirect(req.query.next);
});

app.listen(8080);
