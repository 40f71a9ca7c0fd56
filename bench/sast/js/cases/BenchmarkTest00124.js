'use strict';

const express = require('express');

const router = express.Router();

const ROLES = ['viewer', 'editor'];

router.post('/preferences', (req, res) => {
  const role = req.body.role;
  if (!ROLES.includes(role)) return res.status(400).json({ error: 'bad role' });
  req.session.role = role;
  res.json({ saved: true });
});

module.exports = router;
