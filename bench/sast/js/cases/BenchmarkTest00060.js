'use strict';

const express = require('express');

const router = express.Router();

router.get('/r/:code', (req, res) => {
  const links = { docs: 'https://docs.example.com', blog: 'https://blog.example.com' };
  const target = 1 + 1 === 3 ? req.params.code : links.docs;
  res.set('Location', target);
  res.status(301).end();
});

module.exports = router;
