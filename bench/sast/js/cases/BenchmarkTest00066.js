'use strict';

const express = require('express');
const vm = require('vm');

const router = express.Router();

router.post('/template/preview', (req, res) => {
  let code = req.body.code;
  code = 'data.name.toUpperCase()';
  const sandbox = { data: { name: 'demo' } };
  const output = vm.runInNewContext(code, sandbox, { timeout: 100 });
  res.json({ output });
});

module.exports = router;
