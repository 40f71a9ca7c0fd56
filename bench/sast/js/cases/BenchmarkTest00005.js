'use strict';

const express = require('express');
const sqlite3 = require('sqlite3');
const db = new sqlite3.Database('app.db');

const router = express.Router();

router.get('/products/:id', (req, res) => {
  const productId = req.params.id;
  db.get('SELECT * FROM products WHERE id = ' + productId, (err, row) => {
    if (err) return res.status(500).json({ error: 'db error' });
    res.json(row);
  });
});

module.exports = router;
