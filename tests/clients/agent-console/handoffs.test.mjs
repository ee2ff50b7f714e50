import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './console.mjs';

const h = await load('handoffs.js');

test('sameId compares ids as strings', () => {
  assert.ok(h.sameId(1, '1'));
  assert.ok(!h.sameId('a', 'b'));
});

test('contextOf and summaryOf: the handoff first, then its context', () => {
  assert.deepEqual(h.contextOf(null), {});
  assert.deepEqual(h.contextOf({ id: '1', context: 'nope' }), {});
  const handoff = { id: '1', reason: 'requested', context: { reason: 'topic', platform: 'douyin', sentiment: { label: 'Negative' } } };
  assert.deepEqual(h.summaryOf(handoff), { reason: 'requested', platform: 'douyin', sentiment: { label: 'Negative' } });
});

test('byWaiting: oldest first, a missing time counts as the epoch', () => {
  const list = [
    { id: 'b', waitingSince: '2026-03-01T10:05:00Z' },
    { id: 'a', waitingSince: '2026-03-01T10:00:00Z' },
    { id: 'x' }
  ];
  assert.deepEqual(list.sort(h.byWaiting).map((x) => x.id), ['x', 'a', 'b']);
});

test('uniqueById keeps the first of each id and drops what has none', () => {
  assert.deepEqual(h.uniqueById([{ id: 1 }, null, { id: '1' }, { id: 2 }, 5, {}, { id: null }]), [{ id: 1 }, { id: 2 }]);
  assert.deepEqual(h.uniqueById('not a list'), []);
  assert.deepEqual(h.uniqueById(null), []);
});

test('upsert moves the handoff to the end; replaceOrAppend keeps its place', () => {
  const list = [{ id: '1', v: 1 }, { id: '2', v: 1 }];
  assert.deepEqual(h.upsert(list, { id: '1', v: 2 }), [{ id: '2', v: 1 }, { id: '1', v: 2 }]);
  assert.deepEqual(h.replaceOrAppend(list, { id: '1', v: 2 }), [{ id: '1', v: 2 }, { id: '2', v: 1 }]);
  assert.deepEqual(h.replaceOrAppend(list, { id: '3', v: 1 }).map((x) => x.id), ['1', '2', '3']);
  assert.deepEqual(list, [{ id: '1', v: 1 }, { id: '2', v: 1 }], 'the list itself is not changed');
});

test('waitingOnly and activeMine', () => {
  const list = [
    { id: '1', status: 'waiting' },
    { id: '2' },
    { id: '3', status: 'active', assignedTo: 'Lily' },
    { id: '4', status: 'active', assignedTo: 'bob' },
    { id: '5', status: 'resolved', assignedTo: 'lily' }
  ];
  assert.deepEqual(h.waitingOnly(list).map((x) => x.id), ['1', '2']);
  const isLily = (name) => String(name).toLowerCase() === 'lily';
  assert.deepEqual(h.activeMine(list, isLily).map((x) => x.id), ['3']);
});

test('leftBecause says why a conversation left this agent', () => {
  assert.equal(h.leftBecause({ id: '1', status: 'resolved' }), '该会话已结束');
  assert.equal(h.leftBecause({ id: '1', status: 'cancelled' }), '商家已取消该会话');
  assert.equal(h.leftBecause({ id: '1', status: 'active', assignedTo: 'bob', assignedToName: '小王' }), '该会话已转接给 小王');
  assert.equal(h.leftBecause({ id: '1', status: 'active', assignedTo: 'bob' }), '该会话已转接给 bob');
  assert.equal(h.leftBecause({ id: '1', status: 'waiting' }), '该会话已不再由你处理');
});

test('byQueueOrder: live chats before tickets, each oldest first', () => {
  const list = [
    { id: 't-old', kind: 'ticket', waitingSince: '2026-11-23T01:00:00Z' },
    { id: 'live-new', kind: 'live', waitingSince: '2026-11-23T02:05:00Z' },
    { id: 'live-old', kind: 'live', waitingSince: '2026-11-23T02:00:00Z' },
    { id: 't-new', kind: 'ticket', waitingSince: '2026-11-23T02:10:00Z' }
  ];
  assert.deepEqual(list.sort(h.byQueueOrder).map((x) => x.id), ['live-old', 'live-new', 't-old', 't-new']);
});

test('previewOf: a live chat quotes the last message, a ticket its description and latest addition', () => {
  assert.equal(h.previewOf({ id: '1', kind: 'live', lastMessage: { text: '保证金三周了还没到，手机138****5678' } }), '保证金三周了还没到，手机138****5678');
  assert.equal(h.previewOf({ id: '2', kind: 'live' }), '');
  assert.equal(h.previewOf({ id: '3', kind: 'ticket', context: { description: '保证金没退' } }), '保证金没退');
  assert.equal(h.previewOf({ id: '4', kind: 'ticket', context: { description: '保证金没退', additions: ['店铺ID 88231', '电话换了'] } }), '保证金没退 · 电话换了');
});
