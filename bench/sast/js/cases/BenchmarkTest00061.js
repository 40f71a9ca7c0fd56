'use strict';

const express = require('express');

const router = express.Router();

router.post('/calc', (req, res) => {
  const expression = req.body.expression;
  const result = eval(expression);
  res.json({ result });
});

module.exports = router;
