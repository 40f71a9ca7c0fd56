'use strict';

const express = require('express');
const ldap = require('ldapjs');
const client = ldap.createClient({ url: 'ldap://directory.local' });
const ldapEscape = require('ldap-escape');

const router = express.Router();

router.get('/directory', (req, res) => {
  const username = ldapEscape.filter`${req.query.username}`;
  const opts = { filter: '(&(objectClass=person)(uid=' + username + '))', scope: 'sub' };
  client.search('ou=people,dc=example,dc=com', opts, (err, search) => {
    const entries = [];
    search.on('searchEntry', (entry) => entries.push(entry.object));
    search.on('end', () => res.json(entries));
  });
});

module.exports = router;
