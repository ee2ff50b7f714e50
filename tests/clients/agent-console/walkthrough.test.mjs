import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './console.mjs';

const w = await load('walkthrough.js');

test('flowText shows the name the server sent, with the id', () => {
  assert.equal(w.flowText({ flow: 'flow:closure', name: '店铺注销' }), '店铺注销（flow:closure）');
  assert.equal(w.flowText({ flow: 'flow:new' }), 'flow:new');
  assert.equal(w.flowText({}), '—');
});

test('stepText counts from 1, names the step, and says when a blocker holds it', () => {
  assert.equal(w.stepText({ step: 'balance', stepLabel: '清空店铺资金并提现', stepNumber: 2, stepCount: 5 }), '第 2 步 / 共 5 步：清空店铺资金并提现');
  assert.equal(w.stepText({ step: 'platform', stepLabel: '选择平台', stepNumber: 0, stepCount: 5 }), '选择平台');
  assert.equal(w.stepText({ step: 'disputes', stepLabel: '确认账户没有纠纷和违规', stepNumber: 2, stepCount: 4, blocked: true }), '第 2 步 / 共 4 步：确认账户没有纠纷和违规（等待商家处理）');
  assert.equal(w.stepText({}), '—');
});

test('answerLines mark each answer by its status, and ignore what is not an answer', () => {
  const lines = w.answerLines({
    answers: [
      { step: 'orders', label: '处理完未完成的订单和纠纷', answer: '已完成', status: 'done' },
      { step: 'balance', label: '清空店铺资金并提现', answer: '还没有', status: 'blocked' },
      { step: 'odd', answer: 'x', status: 'constructor' },
      null,
      'text'
    ]
  });
  assert.deepEqual(lines, [
    { step: 'orders', text: '✅ 处理完未完成的订单和纠纷：已完成' },
    { step: 'balance', text: '⛔ 清空店铺资金并提现：还没有' },
    { step: 'odd', text: 'odd：x' }
  ]);
  assert.deepEqual(w.answerLines({ answers: { a: 1 } }), []);
});
