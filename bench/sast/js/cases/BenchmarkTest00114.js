'use strict';

const express = require('express');
const bcrypt = require('bcrypt');

const router = express.Router();

router.post('/register', async (req, res) => {
  const { email, password } = req.body;
  const passwordHash = await bcrypt.hash(password, 12);
  await createUser(email, passwordHash);
  res.status(201).json({ ok: true });
});

module.exports = router;
