'use strict';

const express = require('express');
const { spawn } = require('child_process');

const router = express.Router();

router.get('/logs', (req, res) => {
  const lines = req.query.lines;
  const child = spawn('tail -n ' + lines + ' /var/log/app.log', { shell: true });
  child.stdout.pipe(res);
});

module.exports = router;
