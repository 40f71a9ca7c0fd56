'use strict';

const express = require('express');
const crypto = require('crypto');

const router = express.Router();

router.post('/password-reset', async (req, res) => {
  const resetToken = crypto.randomBytes(32).toString('hex');
  await saveResetToken(req.body.email, resetToken);
  res.json({ sent: true });
});

module.exports = router;
