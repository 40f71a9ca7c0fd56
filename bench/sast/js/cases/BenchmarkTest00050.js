'use strict';

const express = require('express');
const axios = require('axios');

const router = express.Router();

router.post('/import', async (req, res) => {
  const source = req.body.source;
  const feeds = { news: 'https://feeds.example.com/news.xml', blog: 'https://feeds.example.com/blog.xml' };
  const url = feeds[source] ? feeds.news : feeds.blog;
  const { data } = await axios({ url, method: 'get', responseType: 'text' });
  res.json({ size: data.length });
});

module.exports = router;
