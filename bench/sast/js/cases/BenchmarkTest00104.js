'use strict';

const express = require('express');

const router = express.Router();

router.get('/session/restore', (req, res) => {
  const raw = Buffer.from(req.cookies.profile, 'base64').toString();
  const profile = JSON.parse(raw);
  res.json({ user: profile.username });
});

module.exports = router;
