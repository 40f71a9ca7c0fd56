'use strict';

const express = require('express');

const router = express.Router();

router.get('/search', (req, res) => {
  const q = req.query.q;
  let html = '<html><body>';
  html += '<p>Results for: ' + q + '</p>';
  html += '</body></html>';
  res.status(200).send(html);
});

module.exports = router;
