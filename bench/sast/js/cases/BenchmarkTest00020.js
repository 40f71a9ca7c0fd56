'use strict';

const express = require('express');
const childProcess = require('child_process');

const router = express.Router();

router.post('/git/checkout', (req, res) => {
  let branch = req.body.branch;
  if (!/^[a-zA-Z0-9_\-]+$/.test(branch)) {
    return res.status(400).json({ error: 'invalid branch name' });
  }
  const output = childProcess.execSync(`git checkout ${branch}`, { cwd: '/srv/repo' });
  res.json({ output: output.toString() });
});

module.exports = router;
