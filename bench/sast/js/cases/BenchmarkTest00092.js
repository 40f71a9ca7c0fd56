'use strict';

const express = require('express');
const libxmljs = require('libxmljs');

const router = express.Router();

router.post('/import/xml', (req, res) => {
  const doc = libxmljs.parseXml(req.body.xml, { noent: false, nonet: true });
  const items = doc.find('//item').map((node) => node.text());
  res.json({ items });
});

module.exports = router;
