'use strict';

const express = require('express');

const router = express.Router();

router.get('/login/callback', (req, res) => {
  const returnTo = req.query.returnTo || '/';
  res.redirect(returnTo);
});

module.exports = router;
