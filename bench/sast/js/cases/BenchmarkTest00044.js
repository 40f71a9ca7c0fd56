'use strict';

const express = require('express');
const axios = require('axios');

const router = express.Router();

const ALLOWED_HOSTS = ['images.example.com', 'cdn.example.com'];

router.get('/preview', async (req, res) => {
  const url = new URL(req.query.url);
  if (!ALLOWED_HOSTS.includes(url.hostname)) {
    return res.status(400).json({ error: 'host not allowed' });
  }
  const response = await axios.get(url.toString(), { timeout: 5000 });
  res.json({ status: response.status });
});

module.exports = router;
