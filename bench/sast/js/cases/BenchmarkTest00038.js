'use strict';

const express = require('express');

const router = express.Router();

router.post('/comment', (req, res) => {
  const comment = req.body.comment;
  res.setHeader('Content-Type', 'text/plain');
  res.write(comment);
  res.end();
});

module.exports = router;
