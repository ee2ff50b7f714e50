// @ts-check
// The Chinese names of the kinds of personal data (pure: no DOM). The server's categories are the
// names of the PiiCategory enum (ShopExit.Bot/Analysis/PiiCategory.cs): a node test checks that
// every one of them has a label here. The other keys are the usual synonyms.
import { norm, str } from './format.js';
import { lookup } from './labels.js';

/** By norm() of the category. */
export const PII_LABELS = Object.freeze({
  phonenumber: '手机号',
  phone: '手机号',
  mobile: '手机号',
  idcardnumber: '身份证号',
  idcard: '身份证号',
  idnumber: '身份证号',
  bankcardnumber: '银行卡号',
  bankcard: '银行卡号',
  bankaccount: '银行卡号',
  card: '卡号',
  email: '邮箱',
  address: '地址',
  name: '姓名',
  qq: 'QQ 号',
  wechat: '微信号'
});

/**
 * The Chinese name of a category, the category itself when unknown.
 * @param {unknown} category
 * @returns {string}
 */
export function piiLabel(category) {
  return lookup(PII_LABELS, norm(category)) || str(category);
}

/**
 * The note beside a message with personal data: "含手机号、邮箱（已打码）", and its English title.
 * @param {ReadonlyArray<import('./types.js').PiiView>} pii
 * @returns {{ text: string, title: string }}
 */
export function piiNote(pii) {
  /** @type {string[]} */
  const categories = [];
  for (const p of pii) {
    const label = piiLabel(p.category);
    if (label && !categories.includes(label)) {
      categories.push(label);
    }
  }
  return {
    text: `含${categories.length ? categories.join('、') : '敏感信息'}（已打码）`,
    title: `Contains personal data, masked: ${pii.map((p) => `${str(p.category)} ${str(p.masked)}`).join(', ')}`
  };
}
