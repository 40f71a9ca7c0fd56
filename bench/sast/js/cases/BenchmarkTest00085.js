'use strict';

const express = require('express');

const router = express.Router();

router.get('/filter', (req, res) => {
  const pattern = req.query.pattern;
  const re = new RegExp(pattern, 'i');
  res.json(products.filter((p) => re.test(p.name)));
});

module.exports = router;
