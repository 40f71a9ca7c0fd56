'use strict';

const express = require('express');

const router = express.Router();

router.post('/invites', (req, res) => {
  const inviteCode = Math.floor(100000 + Math.random() * 900000).toString();
  res.json({ inviteCode });
});

module.exports = router;
