'use strict';

const express = require('express');

const router = express.Router();

router.get('/search', (req, res) => {
  const q = req.query.q;
  res.json({ query: q, results: [] });
});

module.exports = router;
