'use strict';

const express = require('express');
const crypto = require('crypto');

const router = express.Router();

const KEY = crypto.scryptSync(process.env.APP_SECRET, 'salt', 8);

router.post('/encrypt', (req, res) => {
  const cipher = crypto.createCipheriv('des-cbc', KEY, crypto.randomBytes(8));
  const out = cipher.update(req.body.text, 'utf8', 'hex') + cipher.final('hex');
  res.json({ out });
});

module.exports = router;
