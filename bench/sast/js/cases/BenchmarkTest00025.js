'use strict';

const express = require('express');
const path = require('path');

const router = express.Router();

router.get('/files/:name', (req, res) => {
  res.sendFile(path.resolve('public/files/' + req.params.name));
});

module.exports = router;
