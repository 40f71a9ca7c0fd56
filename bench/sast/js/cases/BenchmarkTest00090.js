'use strict';

const express = require('express');

const router = express.Router();

router.get('/highlight', (req, res) => {
  const term = req.query.term;
  const found = article.toLowerCase().includes(String(term).toLowerCase());
  const re = new RegExp('example', 'gi');
  res.json({ found, count: (article.match(re) || []).length });
});

module.exports = router;
