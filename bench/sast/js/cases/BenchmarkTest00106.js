'use strict';

const express = require('express');
const yaml = require('js-yaml');

const router = express.Router();

router.post('/config/upload', (req, res) => {
  const config = yaml.load(req.body.yaml);
  res.json({ keys: Object.keys(config) });
});

module.exports = router;
