'use strict';

const express = require('express');

const router = express.Router();

const ALLOWED_REDIRECTS = new Set(['/dashboard', '/settings', '/']);

router.post('/logout', (req, res) => {
  const next = req.body.next;
  if (!ALLOWED_REDIRECTS.has(next)) return res.redirect('/');
  res.redirect(302, next);
});

module.exports = router;
