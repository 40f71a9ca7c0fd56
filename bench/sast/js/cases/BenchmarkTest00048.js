'use strict';

const express = require('express');
const http = require('http');

const router = express.Router();

router.get('/proxy', (req, res) => {
  const target = 'http://internal-status.local/health';
  http.get(target, (upstream) => {
    upstream.pipe(res);
  });
});

module.exports = router;
