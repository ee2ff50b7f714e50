import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './console.mjs';

const l = await load('labels.js');

// What GET /api/agent/labels answers (DeskLabelCatalog.cs; its API test checks every code has one).
const server = {
  reasons: { requested: '商家要求转人工', repeatedFallback: '机器人多次未能理解', topic: '需人工处理的问题', sentiment: '商家情绪激动或着急', walkthrough: '引导流程中需要人工处理' },
  statuses: { waiting: '等待中', active: '进行中', resolved: '已结束', cancelled: '已取消' },
  kinds: { live: '实时', ticket: '工单' },
  presence: { online: '在线', away: '离开', offline: '离线' },
  platforms: { douyin: '抖店', kuaishou: '快手小店', taobao: '淘宝', pinduoduo: '拼多多', generic: '其他平台' },
  pii: { PhoneNumber: '手机号', IdCardNumber: '身份证号', BankCardNumber: '银行卡号', Email: '邮箱' }
};

test('before the server\'s labels arrive, a code shows as itself; junk tables are ignored', () => {
  l.applyLabels(null);
  assert.equal(l.reasonLabel('requested'), 'requested');
  assert.equal(l.statusLabel('waiting'), 'waiting');
  assert.equal(l.kindLabel('ticket'), 'ticket');
  l.applyLabels({ reasons: 'nope', statuses: { waiting: 3 } });
  assert.equal(l.statusLabel('waiting'), 'waiting');
  l.applyLabels(server);
});

test('reasonLabel: the escalation reasons in Chinese, whatever their case', () => {
  assert.equal(l.reasonLabel('requested'), '商家要求转人工');
  assert.equal(l.reasonLabel('repeatedFallback'), '机器人多次未能理解');
  assert.equal(l.reasonLabel('Topic'), '需人工处理的问题');
  assert.equal(l.reasonLabel('sentiment'), '商家情绪激动或着急');
  assert.equal(l.reasonLabel('somethingNew'), 'somethingNew');
  assert.equal(l.reasonLabel(''), '未说明原因');
  assert.equal(l.reasonLabel(undefined), '未说明原因');
});

test('labels never come from Object.prototype', () => {
  assert.equal(l.reasonLabel('constructor'), 'constructor');
  assert.equal(l.platformLabel('toString'), 'toString');
  assert.equal(l.presenceLabel('hasOwnProperty'), 'hasOwnProperty');
});

test('platform labels: list line, context detail', () => {
  assert.equal(l.platformLabel('douyin'), '抖店');
  assert.equal(l.platformLabel('PinDuoDuo'), '拼多多');
  assert.equal(l.platformLabel('jd'), 'jd');
  assert.equal(l.platformLabel(null), '');
  assert.equal(l.platformLine('kuaishou'), '平台：快手小店');
  assert.equal(l.platformLine(undefined), '平台未知');
  assert.equal(l.platformDetail('taobao'), '淘宝（taobao）');
  assert.equal(l.platformDetail('jd'), 'jd');
  assert.equal(l.platformDetail(''), '未知');
});

test('kind, presence, status, load', () => {
  assert.equal(l.kindLabel('ticket'), '工单');
  assert.equal(l.kindLabel('live'), '实时');
  assert.equal(l.kindLabel(undefined), '实时');
  assert.equal(l.presenceLabel('online'), '在线');
  assert.equal(l.presenceLabel('away'), '离开');
  assert.equal(l.presenceLabel('offline'), '离线');
  assert.equal(l.presenceLabel('busy'), 'busy');
  assert.equal(l.presenceLabel(undefined), '未知');
  assert.equal(l.statusLabel('waiting'), '等待中');
  assert.equal(l.statusLabel('active'), '进行中');
  assert.equal(l.statusLabel('resolved'), '已结束');
  assert.equal(l.statusLabel('cancelled'), '已取消');
  assert.equal(l.statusLabel(undefined), '—');
  assert.equal(l.loadLabel(2), '2 个会话');
  assert.equal(l.loadLabel(0), '0 个会话');
  assert.equal(l.loadLabel(true), '有会话');
  assert.equal(l.loadLabel(false), '空闲');
  assert.equal(l.loadLabel(undefined), '');
  assert.equal(l.loadLabel(Number.NaN), '');
});

test('agentOptionText: name, presence and load', () => {
  assert.equal(l.agentOptionText({ username: 'lily', displayName: '小李', presence: 'online', active: 2 }), '小李 · 在线 · 2 个会话');
  assert.equal(l.agentOptionText({ username: 'bob', presence: 'away' }), 'bob · 离开');
});

test('senderOf: role and the line above the bubble', () => {
  assert.deepEqual(l.senderOf({ type: 'message', from: { id: 'u1', role: 'user' } }), { role: 'user', who: '商家', title: 'From: user (u1)' });
  assert.deepEqual(l.senderOf({ from: { id: 'agent:lily', name: '小李', role: 'agent' } }), { role: 'agent', who: '客服 · 小李', title: 'From: agent (agent:lily)' });
  assert.deepEqual(l.senderOf({ type: 'message', from: { role: 'bot', name: '机器人' } }), { role: 'bot', who: '机器人', title: 'From: bot' });
  assert.deepEqual(l.senderOf({ type: 'message' }), { role: 'user', who: '商家', title: 'From: user' });
  assert.deepEqual(l.senderOf({ type: 'event', from: { role: 'bot' } }), { role: 'system', who: '系统', title: 'From: system' });
  assert.equal(l.senderOf({ type: 'message', from: { role: 'robot' } }).who, 'robot');
});
