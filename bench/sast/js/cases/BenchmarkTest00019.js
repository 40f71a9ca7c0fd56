'use strict';

const express = require('express');
const childProcess = require('child_process');

const router = express.Router();

router.post('/git/checkout', (req, res) => {
  const branch = req.body.branch;
  const output = childProcess.execSync(`git checkout ${branch}`, { cwd: '/srv/repo' });
  res.json({ output: output.toString() });
});

module.exports = router;
