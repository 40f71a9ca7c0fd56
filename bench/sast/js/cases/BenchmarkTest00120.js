'use strict';

const express = require('express');
const crypto = require('crypto');

const router = express.Router();

const KEY = Buffer.from(process.env.ENC_KEY, 'hex');

router.post('/tokens', (req, res) => {
  const iv = crypto.randomBytes(16);
  const cipher = crypto.createCipheriv('aes-256-cbc', KEY, iv);
  const token = cipher.update(JSON.stringify(req.body), 'utf8', 'base64') + cipher.final('base64');
  res.json({ token, iv: iv.toString('base64') });
});

module.exports = router;
