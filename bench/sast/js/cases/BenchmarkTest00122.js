'use strict';

const express = require('express');
const crypto = require('crypto');

const router = express.Router();

router.post('/legacy/digest', (req, res) => {
  const mac = crypto.createHmac('sha256', process.env.LEGACY_KEY).update(req.body.data).digest('hex');
  res.json({ mac });
});

module.exports = router;
