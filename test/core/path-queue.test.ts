import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PathQueue } from '../../src/core/path-queue.js';

test('a path queue hands out every path once, in order, across many takes and pushes, then null', async () => {
  const queue = new PathQueue();
  const all = Array.from({ length: 300_000 }, (_, i) => `f${i}`);
  queue.push(all.slice(0, 250_000)); // one push of a git-sized list
  const taken: string[] = [];
  for (let round = 0; round < 2000; round++) taken.push(...((await queue.take(7)) ?? []));
  queue.push(all.slice(250_000));
  assert.equal(queue.size, 300_000 - 14_000);
  queue.close();
  for (let batch = await queue.take(33); batch; batch = await queue.take(33)) taken.push(...batch);
  assert.deepEqual(taken, all);
  assert.equal(await queue.take(5), null);
});

test('a take waits for the walk: it resolves on the next push or on close', async () => {
  const queue = new PathQueue();
  const pending = queue.take(10);
  queue.push(['a', 'b']);
  assert.deepEqual(await pending, ['a', 'b']);
  const last = queue.take(10);
  queue.close();
  assert.equal(await last, null);
});
