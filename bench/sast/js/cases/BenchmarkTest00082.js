'use strict';

const express = require('express');
const _ = require('lodash');

const router = express.Router();

const config = { theme: 'light' };
const EDITABLE = ['theme', 'language', 'timezone'];

router.patch('/config', (req, res) => {
  const path = req.body.path;
  if (!EDITABLE.includes(path)) return res.status(400).json({ error: 'not editable' });
  _.set(config, path, req.body.value);
  res.json(config);
});

module.exports = router;
