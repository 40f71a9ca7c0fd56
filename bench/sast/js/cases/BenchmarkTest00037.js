'use strict';

const express = require('express');

const router = express.Router();

router.post('/comment', (req, res) => {
  const comment = req.body.comment;
  res.setHeader('Content-Type', 'text/html');
  res.write('<div class="comment">');
  res.write(comment);
  res.end('</div>');
});

module.exports = router;
