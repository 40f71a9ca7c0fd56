'use strict';

const express = require('express');
const crypto = require('crypto');

const router = express.Router();

router.post('/legacy/encrypt', (req, res) => {
  const cipher = crypto.createCipheriv('aes-128-ecb', Buffer.from(process.env.LEGACY_KEY, 'hex'), null);
  res.json({ data: cipher.update(req.body.data, 'utf8', 'hex') + cipher.final('hex') });
});

module.exports = router;
