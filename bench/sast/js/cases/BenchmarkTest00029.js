'use strict';

const express = require('express');
const fs = require('fs');
const path = require('path');

const router = express.Router();

router.post('/notes', (req, res) => {
  const { title, content } = req.body;
  const notePath = `./notes/${title}.txt`;
  fs.writeFileSync(notePath, content);
  res.status(201).json({ saved: notePath });
});

module.exports = router;
