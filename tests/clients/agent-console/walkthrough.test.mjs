import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './console.mjs';

const w = await load('walkthrough.js');

test('flowInfo knows both walkthroughs, with or without the flow: prefix', () => {
  assert.equal(w.flowInfo('closure').name, '店铺注销');
  assert.equal(w.flowInfo('flow:deposit-refund').name, '保证金退款');
  assert.equal(w.flowInfo('other'), null);
  assert.equal(w.flowInfo('constructor'), null);
  assert.equal(w.flowInfo(undefined), null);
});

test('flowText and stepText', () => {
  assert.equal(w.flowText('closure'), '店铺注销（closure）');
  assert.equal(w.flowText('flow:closure'), '店铺注销（flow:closure）');
  assert.equal(w.flowText('other'), 'other');
  assert.equal(w.flowText(undefined), '—');
  assert.equal(w.stepText('closure', 1), '第 2 步 / 共 7 步：确认订单与纠纷已处理');
  assert.equal(w.stepText('deposit-refund', 5), '第 6 步 / 共 6 步：结束');
  assert.equal(w.stepText('deposit-refund', 9), '第 10 步 / 共 6 步');
  assert.equal(w.stepText('other', 0), '第 1 步');
  assert.equal(w.stepText('closure', undefined), '—');
});

test('answer keys and values', () => {
  assert.equal(w.answerKeyLabel('balance'), '资金已提现');
  assert.equal(w.answerKeyLabel('mystery'), 'mystery');
  assert.equal(w.answerValue('true'), '是');
  assert.equal(w.answerValue(false), '否');
  assert.equal(w.answerValue('null'), '—');
  assert.equal(w.answerValue(undefined), '—');
  assert.equal(w.answerValue('"douyin"'), '抖店');
  assert.equal(w.answerValue('kuaishou'), '快手小店');
  assert.equal(w.answerValue('deposit.status.reviewing'), '审核中');
  assert.equal(w.answerValue('"deposit.status.wrong-amount"'), '金额不对');
  assert.equal(w.answerValue('42'), '42');
  assert.equal(w.answerValue('{"a":1}'), '{"a":1}');
  assert.equal(w.answerValue('plain text'), 'plain text');
});
