'use strict';

const express = require('express');

const router = express.Router();

router.get('/r/:code', (req, res) => {
  const target = Buffer.from(req.params.code, 'base64').toString('utf8');
  res.set('Location', target);
  res.status(301).end();
});

module.exports = router;
