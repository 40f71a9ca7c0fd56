'use strict';

const express = require('express');

const router = express.Router();

const preferences = {};

router.put('/prefs/:section/:key', (req, res) => {
  const { section, key } = req.params;
  preferences[section] = preferences[section] || {};
  preferences[section][key] = req.body.value;
  res.json(preferences[section]);
});

module.exports = router;
