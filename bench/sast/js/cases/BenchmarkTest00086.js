'use strict';

const express = require('express');
const escapeStringRegexp = require('escape-string-regexp');

const router = express.Router();

router.get('/filter', (req, res) => {
  const pattern = escapeStringRegexp(req.query.pattern);
  const re = new RegExp(pattern, 'i');
  res.json(products.filter((p) => re.test(p.name)));
});

module.exports = router;
