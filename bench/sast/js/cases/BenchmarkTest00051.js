'use strict';

const express = require('express');
const got = require('got');

const router = express.Router();

router.get('/avatar-fetch', async (req, res) => {
  const imageUrl = req.headers['x-avatar-url'];
  const image = await got(imageUrl).buffer();
  res.type('image/png').send(image);
});

module.exports = router;
