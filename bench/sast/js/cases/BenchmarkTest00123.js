'use strict';

const express = require('express');

const router = express.Router();

router.post('/preferences', (req, res) => {
  req.session.role = req.body.role;
  res.json({ saved: true });
});

module.exports = router;
