'use strict';

const express = require('express');
const libxmljs = require('libxmljs');

const router = express.Router();

router.post('/invoice', (req, res) => {
  let raw = '';
  req.on('data', (chunk) => { raw += chunk; });
  req.on('end', () => {
    const xml = libxmljs.parseXmlString(raw, { noent: true, dtdload: true });
    res.json({ total: xml.get('//total').text() });
  });
});

module.exports = router;
