import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './console.mjs';

const { Latest } = await load('latest.js');

// A task that waits until its signal aborts, or answers when told to.
function pending() {
  let answer;
  let seen;
  const task = (signal) => {
    seen = signal;
    return new Promise((resolve, reject) => {
      answer = resolve;
      signal.addEventListener('abort', () => reject(signal.reason));
    });
  };
  return { task, answer: (value) => answer(value), signal: () => seen };
}

test('a new run aborts the one in flight; the newest answer comes through', async () => {
  const latest = new Latest();
  const first = pending();
  const second = pending();
  const one = latest.run(first.task);
  const two = latest.run(second.task);
  assert.ok(first.signal().aborted);
  assert.ok(!second.signal().aborted);
  await assert.rejects(one, { name: 'AbortError' });
  second.answer('fresh');
  assert.equal(await two, 'fresh');
  assert.equal(latest.busy, false);
});

test('abort() says whether a run was in flight', async () => {
  const latest = new Latest();
  assert.equal(latest.abort(), false);
  const task = pending();
  const run = latest.run(task.task);
  assert.equal(latest.busy, true);
  assert.equal(latest.abort(), true);
  assert.equal(latest.busy, false);
  await assert.rejects(run, { name: 'AbortError' });
  assert.equal(latest.abort(), false);
});

test('a finished run leaves nothing in flight, a failed one too', async () => {
  const latest = new Latest();
  assert.equal(await latest.run(async () => 1), 1);
  assert.equal(latest.busy, false);
  await assert.rejects(latest.run(async () => { throw new Error('boom'); }), /boom/);
  assert.equal(latest.busy, false);
});
