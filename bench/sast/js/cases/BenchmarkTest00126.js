'use strict';

const express = require('express');

const router = express.Router();

router.get('/lang', (req, res) => {
  const lang = req.query.lang === 'fr' ? 'fr' : 'en';
  req.session.language = lang;
  res.redirect('/');
});

module.exports = router;
