'use strict';

const express = require('express');
const util = require('util');
const execAsync = util.promisify(require('child_process').exec);

const router = express.Router();

router.post('/convert', async (req, res) => {
  const { filename, format } = req.body;
  const { stdout } = await execAsync('convert uploads/' + filename + ' output.' + format);
  res.json({ ok: true, log: stdout });
});

module.exports = router;
