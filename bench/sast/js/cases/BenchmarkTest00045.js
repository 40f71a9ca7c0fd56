'use strict';

const express = require('express');

const router = express.Router();

router.post('/webhooks/test', async (req, res) => {
  const { callbackUrl, payload } = req.body;
  const response = await fetch(callbackUrl, { method: 'POST', body: JSON.stringify(payload) });
  res.json({ delivered: response.ok });
});

module.exports = router;
