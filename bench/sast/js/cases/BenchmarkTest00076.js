'use strict';

const express = require('express');
const User = require('../models/user');

const router = express.Router();

router.delete('/users', async (req, res) => {
  const id = req.body.id;
  const result = await User.deleteMany({ _id: id.toString() });
  res.json({ deleted: result.deletedCount });
});

module.exports = router;
