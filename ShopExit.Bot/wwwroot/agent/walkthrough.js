// @ts-check
// The walkthrough as the context panel shows it (pure: no DOM). The server sends the labels
// (the walkthroughs are content: the console knows none of their steps).
import { str } from './format.js';

/** How an answer left its item (WalkthroughAnswer.cs). */
export const STATUSES = Object.freeze({ done: '✅', todo: '⬜', blocked: '⛔' });

/**
 * The flow's line: "店铺注销（flow:closure）", the id alone without a name, "—" without either.
 * @param {import('./types.js').Walkthrough} w
 * @returns {string}
 */
export function flowText(w) {
  const name = str(w.name);
  const id = str(w.flow);
  return name ? `${name}（${id}）` : id || '—';
}

/**
 * The progress line: "第 2 步 / 共 5 步：清空店铺资金并提现", "选择平台" before the first step,
 * with "（等待商家处理）" when a blocker holds it.
 * @param {import('./types.js').Walkthrough} w
 * @returns {string}
 */
export function stepText(w) {
  const label = str(w.stepLabel) || str(w.step) || '—';
  const number = typeof w.stepNumber === 'number' && w.stepNumber > 0 ? w.stepNumber : 0;
  const count = typeof w.stepCount === 'number' && w.stepCount > 0 ? ` / 共 ${w.stepCount} 步` : '';
  const text = number ? `第 ${number} 步${count}：${label}` : label;
  return w.blocked ? `${text}（等待商家处理）` : text;
}

/**
 * The answers as list lines: "✅ 清空店铺资金并提现：已完成"; unknown statuses get no mark.
 * @param {import('./types.js').Walkthrough} w
 * @returns {{ step: string, text: string }[]}
 */
export function answerLines(w) {
  const answers = Array.isArray(w.answers) ? w.answers : [];
  return answers.filter((a) => a && typeof a === 'object').map((a) => {
    const mark = Object.prototype.hasOwnProperty.call(STATUSES, str(a.status)) ? `${STATUSES[/** @type {'done'} */ (str(a.status))]} ` : '';
    return { step: str(a.step), text: `${mark}${str(a.label) || str(a.step)}：${str(a.answer) || '—'}` };
  });
}
