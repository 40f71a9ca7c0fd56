'use strict';

const express = require('express');

const router = express.Router();

router.get('/profile', (req, res) => {
  const bio = req.cookies.bio;
  const parts = ['<section>', bio, '</section>'];
  res.send(parts.join(''));
});

module.exports = router;
