'use strict';

const express = require('express');
const { sequelize } = require('../models');

const router = express.Router();

const SORTABLE = ['created_at', 'title', 'author'];

router.get('/reports', async (req, res) => {
  const sortColumn = req.query.sort || 'created_at';
  if (!SORTABLE.includes(sortColumn)) {
    return res.status(400).json({ error: 'invalid sort column' });
  }
  const rows = await sequelize.query(`SELECT * FROM reports ORDER BY ${sortColumn}`, { type: 'SELECT' });
  res.json(rows);
});

module.exports = router;
