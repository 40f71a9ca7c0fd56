'use strict';

const express = require('express');

const router = express.Router();

router.get('/greet', (req, res) => {
  const name = req.query.name || 'guest';
  res.send(`<h1>Hello, ${name}!</h1>`);
});

module.exports = router;
