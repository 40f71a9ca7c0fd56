'use strict';

const express = require('express');
const crypto = require('crypto');

const router = express.Router();

const KEY = Buffer.from(process.env.ENC_KEY, 'hex');
const IV = Buffer.alloc(16, 0);

router.post('/tokens', (req, res) => {
  const cipher = crypto.createCipheriv('aes-256-cbc', KEY, IV);
  const token = cipher.update(JSON.stringify(req.body), 'utf8', 'base64') + cipher.final('base64');
  res.json({ token });
});

module.exports = router;
