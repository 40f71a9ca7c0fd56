'use strict';

const express = require('express');

const router = express.Router();

router.post('/validate', (req, res) => {
  const { value, rule } = req.body;
  const ok = RegExp('^' + rule + '$').test(value);
  res.json({ ok });
});

module.exports = router;
