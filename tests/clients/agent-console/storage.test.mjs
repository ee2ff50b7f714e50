import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './console.mjs';

const s = await load('storage.js');

test('parseSession accepts a session with a token and a username only', () => {
  assert.deepEqual(s.parseSession('{"token":"t","username":"lily"}'), { token: 't', username: 'lily' });
  assert.equal(s.parseSession('{"token":"","username":"lily"}'), null);
  assert.equal(s.parseSession('{"token":"t"}'), null);
  assert.equal(s.parseSession('not json'), null);
  assert.equal(s.parseSession(null), null);
});

test('isExpired: past the expiry time; a session without one does not expire', () => {
  const now = Date.parse('2026-03-01T10:00:00Z');
  assert.equal(s.isExpired({ expiresAt: '2026-03-01T09:00:00Z' }, now), true);
  assert.equal(s.isExpired({ expiresAt: '2026-03-01T10:00:00Z' }, now), true);
  assert.equal(s.isExpired({ expiresAt: '2026-03-01T11:00:00Z' }, now), false);
  assert.equal(s.isExpired({ expiresAt: null }, now), false);
  assert.equal(s.isExpired(null, now), false);
});

test('without sessionStorage (node, or storage disabled) nothing is kept and nothing throws', () => {
  s.storeSet(s.SESSION_KEY, 'x');
  assert.equal(s.storeGet(s.SESSION_KEY), null);
  assert.equal(s.readSession(), null);
});
