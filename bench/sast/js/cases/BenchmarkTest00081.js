'use strict';

const express = require('express');
const _ = require('lodash');

const router = express.Router();

const config = { theme: 'light' };

router.patch('/config', (req, res) => {
  _.set(config, req.body.path, req.body.value);
  res.json(config);
});

module.exports = router;
