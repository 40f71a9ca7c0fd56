'use strict';

const express = require('express');
const fs = require('fs/promises');
const path = require('path');

const router = express.Router();

const BASE_DIR = path.resolve('./documents');

router.delete('/documents', async (req, res) => {
  const target = path.resolve(BASE_DIR, req.body.path);
  await fs.unlink(target);
  res.status(204).end();
});

module.exports = router;
