// @ts-check
// Small pieces of UI that the lists, the conversation header and the context panel share.
import { el } from './dom.js';
import { str } from './format.js';
import { kindLabel, platformLine } from './labels.js';
import { sentimentDisplay } from './sentiment.js';

/**
 * @template {{ root: HTMLElement }} N
 * @template {{ id: unknown }} T
 * @typedef {object} ListView
 * @property {HTMLElement} list
 * @property {Map<string, N>} nodes The item nodes by id.
 * @property {(item: T) => N} create
 * @property {(node: N, item: T) => void} update
 */

/**
 * Updates a keyed list in place, so a refresh never replaces the button under the agent's pointer.
 * @template {{ root: HTMLElement }} N
 * @template {{ id: unknown }} T
 * @param {ListView<N, T>} view
 * @param {readonly T[]} items
 */
export function reconcile(view, items) {
  const { list, nodes, create, update } = view;
  const seen = new Set();
  items.forEach((item, index) => {
    const key = String(item.id);
    let node = nodes.get(key);
    if (!node) {
      node = create(item);
      nodes.set(key, node);
    }
    update(node, item);
    seen.add(key);
    const at = list.children[index];
    if (at !== node.root) {
      list.insertBefore(node.root, at || null);
    }
  });
  for (const [key, node] of nodes) {
    if (!seen.has(key)) {
      node.root.remove();
      nodes.delete(key);
    }
  }
}

/**
 * @param {HTMLElement} node
 * @param {unknown} kind
 */
export function setKindTag(node, kind) {
  node.textContent = kindLabel(kind);
  node.className = `tag ${kind === 'ticket' ? 'tag-ticket' : 'tag-live'}`;
  node.title = kind === 'ticket' ? 'Ticket (merchant left a message)' : 'Live chat';
}

/**
 * @param {HTMLElement} node
 * @param {unknown} platform
 */
export function setPlatform(node, platform) {
  node.textContent = platformLine(platform);
  node.title = `Platform: ${platform ? str(platform) : 'unknown'}`;
}

/**
 * @param {HTMLElement} node
 * @param {import('./types.js').Sentiment | null | undefined} sentiment
 */
export function setSentiment(node, sentiment) {
  const info = sentimentDisplay(sentiment);
  node.textContent = info.text;
  node.className = info.cls;
  node.title = info.title;
}

/**
 * A sentiment as a span ("😠 负面 -0.8", or "情绪未知").
 * @param {import('./types.js').Sentiment | null | undefined} sentiment
 * @returns {HTMLSpanElement}
 */
export function sentimentNode(sentiment) {
  const info = sentimentDisplay(sentiment);
  return el('span', { className: info.cls, text: info.text, title: info.title });
}
