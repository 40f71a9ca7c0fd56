'use strict';

const express = require('express');
const vm = require('vm');

const router = express.Router();

router.post('/template/preview', (req, res) => {
  const code = req.body.code;
  const sandbox = { data: { name: 'demo' } };
  const output = vm.runInNewContext(code, sandbox, { timeout: 100 });
  res.json({ output });
});

module.exports = router;
