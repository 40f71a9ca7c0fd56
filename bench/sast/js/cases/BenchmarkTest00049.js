'use strict';

const express = require('express');
const axios = require('axios');

const router = express.Router();

router.post('/import', async (req, res) => {
  const source = req.body.source;
  const config = { url: source, method: 'get', responseType: 'text' };
  const { data } = await axios(config);
  res.json({ size: data.length });
});

module.exports = router;
