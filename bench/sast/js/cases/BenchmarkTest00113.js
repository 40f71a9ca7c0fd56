'use strict';

const express = require('express');
const crypto = require('crypto');

const router = express.Router();

router.post('/register', async (req, res) => {
  const { email, password } = req.body;
  const passwordHash = crypto.createHash('md5').update(password).digest('hex');
  await createUser(email, passwordHash);
  res.status(201).json({ ok: true });
});

module.exports = router;
