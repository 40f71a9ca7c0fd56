'use strict';

const express = require('express');

const router = express.Router();

router.post('/rules/evaluate', (req, res) => {
  const { condition, context } = req.body;
  const fn = new Function('ctx', `return (${condition});`);
  res.json({ matched: Boolean(fn(context)) });
});

module.exports = router;
