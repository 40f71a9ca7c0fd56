'use strict';

const express = require('express');
const { sequelize } = require('../models');

const router = express.Router();

router.get('/reports', async (req, res) => {
  const sortColumn = req.query.sort || 'created_at';
  const rows = await sequelize.query(`SELECT * FROM reports ORDER BY ${sortColumn}`, { type: 'SELECT' });
  res.json(rows);
});

module.exports = router;
