'use strict';

const express = require('express');

const router = express.Router();

const CONDITIONS = {
  isAdult: (ctx) => ctx.age >= 18,
  isVip: (ctx) => ctx.tier === 'vip',
};

router.post('/rules/evaluate', (req, res) => {
  const { condition, context } = req.body;
  const fn = CONDITIONS[condition];
  if (!fn) return res.status(400).json({ error: 'unknown condition' });
  res.json({ matched: Boolean(fn(context)) });
});

module.exports = router;
