'use strict';

const express = require('express');
const path = require('path');

const router = express.Router();

router.get('/files/:name', (req, res) => {
  res.sendFile(req.params.name, { root: path.join(__dirname, 'public/files') });
});

module.exports = router;
