'use strict';

const express = require('express');
const util = require('util');
const execAsync = util.promisify(require('child_process').exec);

const router = express.Router();

const FORMATS = new Set(['png', 'jpg', 'webp']);

router.post('/convert', async (req, res) => {
  const { format } = req.body;
  if (!FORMATS.has(format)) return res.status(400).json({ error: 'unsupported format' });
  const { stdout } = await execAsync('convert uploads/current.img output.' + format);
  res.json({ ok: true, log: stdout });
});

module.exports = router;
