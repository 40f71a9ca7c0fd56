'use strict';

const express = require('express');
const validator = require('validator');

const router = express.Router();

router.get('/profile', (req, res) => {
  const bio = validator.escape(req.cookies.bio || '');
  const parts = ['<section>', bio, '</section>'];
  res.send(parts.join(''));
});

module.exports = router;
