'use strict';

const express = require('express');

const router = express.Router();

router.get('/schedule', (req, res) => {
  const task = req.query.task;
  setTimeout('runTask("' + task + '")', 1000);
  res.json({ scheduled: true });
});

module.exports = router;
