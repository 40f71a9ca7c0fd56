'use strict';

const express = require('express');
const fs = require('fs');
const path = require('path');

const router = express.Router();

router.get('/download', (req, res) => {
  const file = path.basename(req.query.file);
  const fullPath = path.join(__dirname, 'uploads', file);
  fs.readFile(fullPath, (err, data) => {
    if (err) return res.status(404).send('Not found');
    res.type('application/octet-stream').send(data);
  });
});

module.exports = router;
