'use strict';

const express = require('express');
const fs = require('fs');
const path = require('path');

const router = express.Router();

router.get('/avatar', (req, res) => {
  const user = req.query.user;
  const cleaned = user.replace('../', '');
  fs.createReadStream(path.join('avatars', cleaned + '.png')).pipe(res);
});

module.exports = router;
