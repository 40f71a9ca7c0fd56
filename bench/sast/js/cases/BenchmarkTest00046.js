'use strict';

const express = require('express');

const router = express.Router();

router.get('/weather', async (req, res) => {
  const city = encodeURIComponent(req.query.city);
  const response = await fetch(`https://api.weather.example.com/v1/current?city=${city}`);
  res.json(await response.json());
});

module.exports = router;
