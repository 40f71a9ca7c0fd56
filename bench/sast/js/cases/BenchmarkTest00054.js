'use strict';

const express = require('express');

const router = express.Router();

router.get('/login/callback', (req, res) => {
  const returnTo = req.query.returnTo || '/';
  const safe = returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : '/';
  res.redirect('/app/' + encodeURIComponent(safe));
});

module.exports = router;
