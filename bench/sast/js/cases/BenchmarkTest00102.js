'use strict';

const express = require('express');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');
const doc = new DOMParser().parseFromString(require('fs').readFileSync('users.xml', 'utf8'));

const router = express.Router();

router.post('/xml-login', (req, res) => {
  const id = parseInt(req.body.id, 10);
  const expr = '//account[@id=' + id + ']';
  const match = xpath.select1(expr, doc);
  res.json({ ok: Boolean(match) });
});

module.exports = router;
