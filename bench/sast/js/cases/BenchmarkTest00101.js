'use strict';

const express = require('express');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');
const doc = new DOMParser().parseFromString(require('fs').readFileSync('users.xml', 'utf8'));

const router = express.Router();

router.post('/xml-login', (req, res) => {
  const { user, pass } = req.body;
  const expr = "//account[@user='" + user + "' and @pass='" + pass + "']";
  const match = xpath.select1(expr, doc);
  res.json({ ok: Boolean(match) });
});

module.exports = router;
