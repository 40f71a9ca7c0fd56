'use strict';

const express = require('express');
const ldap = require('ldapjs');
const client = ldap.createClient({ url: 'ldap://directory.local' });

const router = express.Router();

const GROUPS = ['admins', 'editors', 'viewers'];

router.post('/groups/members', (req, res) => {
  const group = req.body.group;
  if (!GROUPS.includes(group)) return res.status(400).json({ error: 'unknown group' });
  client.search('dc=example,dc=com', { filter: '(cn=' + group + ')', scope: 'sub' }, (err, result) => {
    result.on('end', () => res.json({ ok: true }));
  });
});

module.exports = router;
