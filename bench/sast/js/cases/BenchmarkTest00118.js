'use strict';

const express = require('express');
const crypto = require('crypto');

const router = express.Router();

const KEY = crypto.scryptSync(process.env.APP_SECRET, 'salt', 32);

router.post('/encrypt', (req, res) => {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', KEY, iv);
  const out = cipher.update(req.body.text, 'utf8', 'hex') + cipher.final('hex');
  res.json({ out, iv: iv.toString('hex'), tag: cipher.getAuthTag().toString('hex') });
});

module.exports = router;
