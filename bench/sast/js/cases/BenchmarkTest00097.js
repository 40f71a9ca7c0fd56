'use strict';

const express = require('express');
const ldap = require('ldapjs');
const client = ldap.createClient({ url: 'ldap://directory.local' });

const router = express.Router();

router.post('/groups/members', (req, res) => {
  const group = req.body.group;
  client.search('dc=example,dc=com', { filter: '(cn=' + group + ')', scope: 'sub' }, (err, result) => {
    result.on('end', () => res.json({ ok: true }));
  });
});

module.exports = router;
