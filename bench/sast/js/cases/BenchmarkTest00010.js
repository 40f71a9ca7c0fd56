'use strict';

const express = require('express');
const knex = require('knex')({ client: 'pg' });

const router = express.Router();

router.get('/search', async (req, res) => {
  const term = req.query.q;
  const rows = await knex('articles').whereRaw('title ILIKE ?', [`%${term}%`]);
  res.json(rows);
});

module.exports = router;
