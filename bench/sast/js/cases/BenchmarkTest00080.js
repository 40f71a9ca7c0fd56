'use strict';

const express = require('express');

const router = express.Router();

const preferences = new Map();

router.put('/prefs/:section/:key', (req, res) => {
  const { section, key } = req.params;
  const bucket = preferences.get(section) || new Map();
  bucket.set(key, req.body.value);
  preferences.set(section, bucket);
  res.json(Object.fromEntries(bucket));
});

module.exports = router;
