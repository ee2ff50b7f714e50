// @ts-check
// The walkthroughs as the context panel shows them (pure: no DOM).
import { norm, str } from './format.js';
import { PLATFORMS, lookup } from './labels.js';

/** @typedef {{ name: string, steps: readonly string[] }} Flow */

/** The walkthroughs' waterfall steps (0-based, as the snapshot reports them). */
export const FLOWS = Object.freeze({
  closure: Object.freeze({
    name: '店铺注销',
    steps: Object.freeze(['选择平台', '确认订单与纠纷已处理', '确认资金已提现', '确认数据已备份', '注销操作步骤', '进度总结', '结束（可转保证金退款）'])
  }),
  'deposit-refund': Object.freeze({
    name: '保证金退款',
    steps: Object.freeze(['选择平台', '确认账号是否被封', '确认有无纠纷或违规', '退还操作步骤', '退款进度', '结束'])
  })
});

/** The answers' keys. */
export const ANSWER_KEYS = Object.freeze({
  platform: '平台',
  orders: '订单与纠纷已处理',
  balance: '资金已提现',
  backup: '数据已备份',
  submitted: '已提交申请',
  banned: '账号被封',
  disputes: '有纠纷或违规',
  status: '退款进度'
});

/** Answer values that are codes. */
export const ANSWER_VALUES = Object.freeze({
  'deposit.status.arrived': '已到账',
  'deposit.status.reviewing': '审核中',
  'deposit.status.rejected': '被驳回',
  'deposit.status.wrong-amount': '金额不对'
});

/**
 * The walkthrough of a snapshot's flow ("closure" or "flow:closure"), or null.
 * @param {unknown} flow
 * @returns {Flow | null}
 */
export function flowInfo(flow) {
  const key = str(flow).replace(/^flow:/, '');
  return key === 'closure' || key === 'deposit-refund' ? FLOWS[key] : null;
}

/**
 * The flow's line: "店铺注销（closure）", the raw name when unknown, "—" when there is none.
 * @param {unknown} flow
 * @returns {string}
 */
export function flowText(flow) {
  const info = flowInfo(flow);
  return info ? `${info.name}（${str(flow)}）` : str(flow) || '—';
}

/**
 * The progress line: "第 2 步 / 共 7 步：确认订单与纠纷已处理"; "—" without a step.
 * @param {unknown} flow
 * @param {unknown} step The 0-based step.
 * @returns {string}
 */
export function stepText(flow, step) {
  if (typeof step !== 'number') {
    return '—';
  }
  const info = flowInfo(flow);
  let text = `第 ${step + 1} 步${info ? ` / 共 ${info.steps.length} 步` : ''}`;
  if (info && info.steps[step]) {
    text += `：${info.steps[step]}`;
  }
  return text;
}

/**
 * @param {string} key
 * @returns {string}
 */
export function answerKeyLabel(key) {
  return lookup(ANSWER_KEYS, key) || key;
}

/**
 * An answer as the agent reads it: JSON booleans as 是/否, codes and platforms in Chinese.
 * @param {unknown} raw
 * @returns {string}
 */
export function answerValue(raw) {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      value = raw;
    }
  }
  if (value === true) {
    return '是';
  }
  if (value === false) {
    return '否';
  }
  if (value === null || value === undefined) {
    return '—';
  }
  if (typeof value === 'string') {
    return lookup(ANSWER_VALUES, value) || lookup(PLATFORMS, norm(value)) || value;
  }
  if (typeof value === 'number') {
    return String(value);
  }
  try {
    return JSON.stringify(value);
  } catch {
    return str(raw);
  }
}
