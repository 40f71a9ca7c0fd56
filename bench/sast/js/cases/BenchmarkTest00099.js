'use strict';

const express = require('express');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');
const doc = new DOMParser().parseFromString(require('fs').readFileSync('users.xml', 'utf8'));

const router = express.Router();

router.get('/xml-users', (req, res) => {
  const name = req.query.name;
  const nodes = xpath.select(`//user[name/text()='${name}']/email/text()`, doc);
  res.json(nodes.map((n) => n.toString()));
});

module.exports = router;
