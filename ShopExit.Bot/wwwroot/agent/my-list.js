// @ts-check
// "My conversations" (我的会话): this agent's active conversations, with unread counts.
// Opening one is wired by main.js (a click or Enter on an item's data-handoff-id).
import { agentApi } from './api.js';
import { $, el } from './dom.js';
import { str, unreadText } from './format.js';
import { activeMine, replaceOrAppend, sameId, summaryOf } from './handoffs.js';
import { reasonLabel } from './labels.js';
import { Latest } from './latest.js';
import { reconcile, setKindTag, setPlatform, setSentiment } from './widgets.js';
import { scheduleRefresh } from './refresh.js';
import { isMe, state } from './state.js';
import { report } from './status.js';

/** @typedef {import('./types.js').Handoff} Handoff */

/**
 * @typedef {object} MyItem
 * @property {HTMLLIElement} root
 * @property {HTMLElement} title
 * @property {HTMLElement} unread
 * @property {HTMLElement} kind
 * @property {HTMLElement} platform
 * @property {HTMLElement} sentiment
 */

const load = new Latest();

/** @type {Map<string, MyItem>} */
const nodes = new Map();

/**
 * @param {unknown} id
 * @returns {Handoff | null}
 */
export function findMine(id) {
  return state.mine.find((h) => sameId(h.id, id)) || null;
}

// A local change makes a list in flight stale: it is dropped, and a fresh one asked for.
function staleLoad() {
  if (load.abort()) {
    scheduleRefresh();
  }
}

/** @param {Handoff} h */
export function upsertMine(h) {
  staleLoad();
  state.mine = replaceOrAppend(state.mine, h);
  renderMine();
}

/** @param {unknown} id */
export function removeFromMine(id) {
  staleLoad();
  state.mine = state.mine.filter((x) => !sameId(x.id, id));
  state.unread.delete(String(id));
  state.drafts.delete(String(id));
  renderMine();
}

/**
 * Loads the list (the latest load wins). The caller renders it.
 * @returns {Promise<boolean>} Whether state.mine was replaced.
 */
export async function loadMine() {
  if (!state.session) {
    return false;
  }
  try {
    const list = await load.run((signal) => agentApi.handoffs('active', signal));
    state.mine = activeMine(list, isMe);
    return true;
  } catch (err) {
    report(err, '刷新我的会话失败');
    return false;
  }
}

/**
 * Counts one more unread merchant message.
 * @param {string} id
 */
export function countUnread(id) {
  state.unread.set(id, (state.unread.get(id) || 0) + 1);
  renderMine();
}

/**
 * @param {Handoff} h
 * @returns {MyItem}
 */
function createItem(h) {
  const title = el('span', { className: 'item-title' });
  const unread = el('span', { className: 'unread', testid: 'unread', hidden: true, title: 'Unread merchant messages' });
  const kind = el('span', { className: 'tag' });
  const platform = el('span');
  const sentiment = el('span');
  const root = el('li', {
    className: 'item my-item clickable',
    testid: 'my-item',
    data: { handoffId: str(h.id) },
    tabindex: '0',
    role: 'button',
    title: 'Open this conversation'
  },
  el('div', { className: 'item-row' }, title, unread),
  el('div', { className: 'item-meta' }, kind, platform, sentiment));
  return { root, title, unread, kind, platform, sentiment };
}

/**
 * @param {MyItem} n
 * @param {Handoff} h
 */
function updateItem(n, h) {
  const { reason, platform, sentiment } = summaryOf(h);
  n.title.textContent = reasonLabel(reason);
  setKindTag(n.kind, h.kind);
  setPlatform(n.platform, platform);
  setSentiment(n.sentiment, sentiment);
  const unread = state.unread.get(str(h.id)) || 0;
  n.unread.hidden = unread === 0;
  n.unread.textContent = unreadText(unread);
  const open = !!state.current && sameId(state.current.id, h.id);
  n.root.classList.toggle('is-open', open);
  if (open) {
    n.root.setAttribute('aria-current', 'true');
  } else {
    n.root.removeAttribute('aria-current');
  }
}

export function renderMine() {
  reconcile({ list: $('my-list'), nodes, create: createItem, update: updateItem }, state.mine);
  $('my-empty').hidden = state.mine.length > 0;
  $('my-count').textContent = String(state.mine.length);
}
