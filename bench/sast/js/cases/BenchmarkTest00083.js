'use strict';

const express = require('express');

const router = express.Router();

router.post('/tree', (req, res) => {
  const tree = {};
  for (const { parent, child, value } of req.body.entries) {
    if (!tree[parent]) tree[parent] = {};
    tree[parent][child] = value;
  }
  res.json(tree);
});

module.exports = router;
