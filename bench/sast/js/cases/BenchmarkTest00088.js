'use strict';

const express = require('express');

const router = express.Router();

function escapeRegex(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

router.post('/validate', (req, res) => {
  const { value, rule } = req.body;
  const ok = new RegExp('^' + escapeRegex(rule) + '$').test(value);
  res.json({ ok });
});

module.exports = router;
