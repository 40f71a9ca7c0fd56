'use strict';

const express = require('express');

const router = express.Router();

router.post('/calc', (req, res) => {
  const a = Number(req.body.a);
  const b = Number(req.body.b);
  const result = eval(a + b);
  res.json({ result });
});

module.exports = router;
