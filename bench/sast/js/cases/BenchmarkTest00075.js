'use strict';

const express = require('express');
const User = require('../models/user');

const router = express.Router();

router.delete('/users', async (req, res) => {
  const filter = req.body.filter;
  const result = await User.deleteMany(filter);
  res.json({ deleted: result.deletedCount });
});

module.exports = router;
