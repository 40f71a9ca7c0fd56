'use strict';

const express = require('express');
const fs = require('fs');
const path = require('path');

const router = express.Router();

router.post('/notes', (req, res) => {
  const { content } = req.body;
  const id = Date.now().toString(36);
  const notePath = `./notes/${id}.txt`;
  fs.writeFileSync(notePath, content);
  res.status(201).json({ saved: notePath });
});

module.exports = router;
