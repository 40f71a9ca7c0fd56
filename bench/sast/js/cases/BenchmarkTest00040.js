'use strict';

const express = require('express');

const router = express.Router();

function renderError(message) {
  return '<div class="error">' + message + '</div>';
}

router.get('/error', (req, res) => {
  const known = { 404: 'Not found', 500: 'Server error' };
  const msg = known[404];
  res.status(400).send(renderError(msg));
});

module.exports = router;
