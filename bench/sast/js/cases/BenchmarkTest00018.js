'use strict';

const express = require('express');
const { spawn } = require('child_process');

const router = express.Router();

router.get('/logs', (req, res) => {
  const lines = String(parseInt(req.query.lines, 10) || 100);
  const child = spawn('tail', ['-n', lines, '/var/log/app.log']);
  child.stdout.pipe(res);
});

module.exports = router;
