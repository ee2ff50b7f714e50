// @ts-check
// The names of the kinds of personal data (pure: no DOM): each masked value carries its label
// from the server (MaskedPii.label), and the server's table (labels.pii) names the rest.
import { norm, str } from './format.js';
import { labels, lookup } from './labels.js';

/**
 * The Chinese name of a category, the category itself when unknown.
 * @param {unknown} category
 * @returns {string}
 */
export function piiLabel(category) {
  return lookup(labels.pii, norm(category)) || str(category);
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
    const label = str(p.label) || piiLabel(p.category);
    if (label && !categories.includes(label)) {
      categories.push(label);
    }
  }
  return {
    text: `含${categories.length ? categories.join('、') : '敏感信息'}（已打码）`,
    title: `Contains personal data, masked: ${pii.map((p) => `${str(p.category)} ${str(p.masked)}`).join(', ')}`
  };
}
