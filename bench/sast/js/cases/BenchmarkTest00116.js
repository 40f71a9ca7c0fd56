'use strict';

const express = require('express');
const crypto = require('crypto');

const router = express.Router();

router.get('/files/:id/etag', async (req, res) => {
  const content = await loadFile(req.params.id);
  const etag = crypto.createHash('md5').update(content).digest('hex');
  res.set('ETag', etag).json({ etag });
});

module.exports = router;
