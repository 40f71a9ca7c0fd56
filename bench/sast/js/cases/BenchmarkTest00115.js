'use strict';

const express = require('express');
const crypto = require('crypto');

const router = express.Router();

function hashPassword(pwd) {
  return crypto.createHash('sha1').update(pwd).digest('base64');
}

router.post('/change-password', async (req, res) => {
  await updatePassword(req.user.id, hashPassword(req.body.newPassword));
  res.json({ ok: true });
});

module.exports = router;
