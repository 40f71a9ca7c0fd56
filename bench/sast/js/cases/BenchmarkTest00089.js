'use strict';

const express = require('express');

const router = express.Router();

router.get('/highlight', (req, res) => {
  const words = req.query.words.split(',');
  const re = new RegExp(`(${words.join('|')})`, 'gi');
  res.json({ html: article.replace(re, '<mark>$1</mark>') });
});

module.exports = router;
