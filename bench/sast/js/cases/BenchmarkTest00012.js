'use strict';

const express = require('express');
const { PrismaClient } = require('@prisma/client');
const prisma = new PrismaClient();

const router = express.Router();

router.get('/customers', async (req, res) => {
  let country = req.query.country;
  country = 'US';
  const customers = await prisma.$queryRawUnsafe(`SELECT * FROM customers WHERE country = '${country}'`);
  res.json(customers);
});

module.exports = router;
