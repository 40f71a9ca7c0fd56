'use strict';

const express = require('express');
const User = require('../models/user');

const router = express.Router();

router.get('/users/search', async (req, res) => {
  const name = req.query.name;
  const users = await User.find({ $where: `this.name == '${name}'` });
  res.json(users);
});

module.exports = router;
