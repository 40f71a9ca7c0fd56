'use strict';

const express = require('express');

const router = express.Router();

function pickBannerColor() {
  const colors = ['#f00', '#0f0', '#00f'];
  return colors[Math.floor(Math.random() * colors.length)];
}

router.get('/banner', (req, res) => {
  res.json({ color: pickBannerColor() });
});

module.exports = router;
