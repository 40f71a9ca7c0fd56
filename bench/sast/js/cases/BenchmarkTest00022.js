'use strict';

const express = require('express');
const { exec, execFile } = require('child_process');

const router = express.Router();

router.get('/dns', (req, res) => {
  const domain = req.query.domain;
  const cmd = false ? 'dig ' + domain : 'dig +short example.com';
  exec(cmd, (err, out) => res.type('text/plain').send(out));
});

module.exports = router;
