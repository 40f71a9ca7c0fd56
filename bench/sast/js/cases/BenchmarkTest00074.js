'use strict';

const express = require('express');
const User = require('../models/user');

const router = express.Router();

router.get('/users/search', async (req, res) => {
  const name = req.query.name;
  if (typeof name !== 'string') return res.status(400).json({ error: 'bad name' });
  const users = await User.find({ name });
  res.json(users);
});

module.exports = router;
