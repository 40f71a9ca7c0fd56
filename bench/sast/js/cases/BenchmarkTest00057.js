'use strict';

const express = require('express');

const router = express.Router();

router.get('/out', (req, res) => {
  const dest = req.query.url;
  res.writeHead(302, { Location: dest });
  res.end();
});

module.exports = router;
