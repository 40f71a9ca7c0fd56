'use strict';

const express = require('express');

const router = express.Router();

router.get('/out', (req, res) => {
  const dest = req.query.url;
  res.writeHead(302, { Location: '/interstitial?target=' + encodeURIComponent(dest) });
  res.end();
});

module.exports = router;
