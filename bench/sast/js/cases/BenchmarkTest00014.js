'use strict';

const express = require('express');
const { exec, execFile } = require('child_process');

const router = express.Router();

router.get('/ping', (req, res) => {
  const host = req.query.host;
  execFile('ping', ['-c', '1', host], (error, stdout) => {
    if (error) return res.status(500).send('ping failed');
    res.type('text/plain').send(stdout);
  });
});

module.exports = router;
