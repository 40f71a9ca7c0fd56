'use strict';

const express = require('express');

const router = express.Router();

function generateSessionId() {
  let id = '';
  const chars = 'abcdefghijklmnopqrstuvwxyz0123456789';
  for (let i = 0; i < 24; i++) id += chars[Math.floor(Math.random() * chars.length)];
  return id;
}

router.post('/session', (req, res) => {
  res.json({ sessionId: generateSessionId() });
});

module.exports = router;
