'use strict';

const express = require('express');
const { PrismaClient } = require('@prisma/client');
const prisma = new PrismaClient();

const router = express.Router();

function buildFilter(field, value) {
  return `${field} = '${value}'`;
}

router.get('/customers', async (req, res) => {
  const where = buildFilter('country', req.query.country);
  const customers = await prisma.$queryRawUnsafe('SELECT * FROM customers WHERE ' + where);
  res.json(customers);
});

module.exports = router;
