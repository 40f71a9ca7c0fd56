'use strict';

const express = require('express');
const axios = require('axios');

const router = express.Router();

router.get('/preview', async (req, res) => {
  const url = req.query.url;
  const response = await axios.get(url, { timeout: 5000 });
  res.json({ status: response.status, length: response.data.length });
});

module.exports = router;
