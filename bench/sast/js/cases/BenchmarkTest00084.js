'use strict';

const express = require('express');

const router = express.Router();

router.post('/tree', (req, res) => {
  const tree = Object.create(null);
  const parent = 'root';
  const child = 'leaf';
  tree[parent] = Object.create(null);
  tree[parent][child] = req.body.value;
  res.json(tree);
});

module.exports = router;
