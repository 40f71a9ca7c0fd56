'use strict';

const express = require('express');
const { Pool } = require('pg');
const pool = new Pool();

const router = express.Router();

router.get('/users', async (req, res) => {
  const { email } = req.query;
  const result = await pool.query(`SELECT id, name FROM users WHERE email = '${email}'`);
  res.json(result.rows);
});

module.exports = router;
