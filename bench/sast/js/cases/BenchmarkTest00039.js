'use strict';

const express = require('express');

const router = express.Router();

function renderError(message) {
  return '<div class="error">' + message + '</div>';
}

router.get('/error', (req, res) => {
  res.status(400).send(renderError(req.query.msg));
});

module.exports = router;
