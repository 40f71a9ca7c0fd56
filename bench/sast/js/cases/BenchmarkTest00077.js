'use strict';

const express = require('express');

const router = express.Router();

function merge(target, source) {
  for (const key in source) {
    if (typeof source[key] === 'object' && source[key] !== null) {
      if (!target[key]) target[key] = {};
      merge(target[key], source[key]);
    } else {
      target[key] = source[key];
    }
  }
  return target;
}

const settings = {};

router.post('/settings', (req, res) => {
  merge(settings, req.body);
  res.json(settings);
});

module.exports = router;
