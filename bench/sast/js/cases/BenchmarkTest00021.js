'use strict';

const express = require('express');
const { exec, execFile } = require('child_process');

const router = express.Router();

router.get('/dns', (req, res) => {
  const domain = req.query.domain;
  const args = ['+short', domain];
  exec('dig ' + args.join(' '), (err, out) => res.type('text/plain').send(out));
});

module.exports = router;
