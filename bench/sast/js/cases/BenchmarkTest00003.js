'use strict';

const express = require('express');
const mysql = require('mysql2/promise');
const db = mysql.createPool({ host: 'localhost', database: 'shop' });

const router = express.Router();

router.post('/orders/search', async (req, res) => {
  const status = req.body.status;
  let sql = 'SELECT * FROM orders WHERE 1=1';
  if (status) {
    sql += " AND status = '" + status + "'";
  }
  const [rows] = await db.query(sql);
  res.json(rows);
});

module.exports = router;
