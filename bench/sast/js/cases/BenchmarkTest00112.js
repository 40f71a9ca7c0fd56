'use strict';

const express = require('express');
const crypto = require('crypto');

const router = express.Router();

router.post('/invites', (req, res) => {
  const inviteCode = crypto.randomInt(100000, 1000000).toString();
  const retryDelayMs = Math.floor(Math.random() * 500);
  res.json({ inviteCode, retryDelayMs });
});

module.exports = router;
