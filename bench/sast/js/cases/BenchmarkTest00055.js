'use strict';

const express = require('express');

const router = express.Router();

router.post('/logout', (req, res) => {
  req.session.destroy(() => {
    res.redirect(302, req.body.next);
  });
});

module.exports = router;
