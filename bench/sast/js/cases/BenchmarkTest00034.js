'use strict';

const express = require('express');
const escapeHtml = require('escape-html');

const router = express.Router();

router.get('/greet', (req, res) => {
  const name = req.query.name || 'guest';
  res.send(`<h1>Hello, ${escapeHtml(name)}!</h1>`);
});

module.exports = router;
