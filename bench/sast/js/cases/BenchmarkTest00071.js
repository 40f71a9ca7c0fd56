'use strict';

const express = require('express');
const { MongoClient } = require('mongodb');
const client = new MongoClient(process.env.MONGO_URL);

const router = express.Router();

router.get('/items', async (req, res) => {
  const items = client.db('shop').collection('items');
  const docs = await items.find({ category: req.query.category }).toArray();
  res.json(docs);
});

module.exports = router;
