'use strict';

const express = require('express');

const router = express.Router();

router.post('/password-reset', async (req, res) => {
  const resetToken = Math.random().toString(36).substring(2, 15);
  await saveResetToken(req.body.email, resetToken);
  res.json({ sent: true });
});

module.exports = router;
