// @ts-check
// The waiting queue (等待队列), oldest first, with waiting times that tick every second; claim.
import { agentApi, statusOf } from './api.js';
import { openConversation, refreshMine } from './conversation.js';
import { $, el } from './dom.js';
import { secondsSince, str, waitLevel, waitText } from './format.js';
import { byQueueOrder, previewOf, sameId, summaryOf, upsert, waitingOnly } from './handoffs.js';
import { reasonLabel } from './labels.js';
import { Latest } from './latest.js';
import { upsertMine } from './my-list.js';
import { scheduleRefresh } from './refresh.js';
import { sessionSignal, state } from './state.js';
import { report, showStatus } from './status.js';
import { reconcile, setKindTag, setPlatform, setSentiment } from './widgets.js';

/** @typedef {import('./types.js').Handoff} Handoff */

/**
 * @typedef {object} QueueItem
 * @property {HTMLLIElement} root
 * @property {HTMLElement} title
 * @property {HTMLElement} kind
 * @property {HTMLElement} platform
 * @property {HTMLElement} sentiment
 * @property {HTMLElement} preview
 * @property {HTMLElement} wait
 * @property {HTMLButtonElement} claim
 */

export const BASE_TITLE = 'ShopExit 客服工作台';

const load = new Latest();

/** @type {Map<string, QueueItem>} */
const nodes = new Map();

// A local change makes a list in flight stale: it is dropped, and a fresh one asked for.
function staleLoad() {
  if (load.abort()) {
    scheduleRefresh();
  }
}

/**
 * @param {unknown} id
 * @returns {boolean}
 */
export function isQueued(id) {
  return state.queue.some((x) => sameId(x.id, id));
}

/** @param {Handoff} h */
export function upsertQueue(h) {
  staleLoad();
  state.queue = upsert(state.queue, h).sort(byQueueOrder);
  renderQueue();
}

/** @param {unknown} id */
export function removeFromQueue(id) {
  staleLoad();
  state.queue = state.queue.filter((x) => !sameId(x.id, id));
  renderQueue();
}

/** Loads the queue (the latest load wins). */
export async function refreshQueue() {
  if (!state.session) {
    return;
  }
  try {
    const list = await load.run((signal) => agentApi.handoffs('waiting', signal));
    state.queue = waitingOnly(list);
    renderQueue();
  } catch (err) {
    report(err, '刷新队列失败');
  }
}

/**
 * @param {Handoff} h
 * @returns {QueueItem}
 */
function createItem(h) {
  const id = str(h.id);
  const title = el('span', { className: 'item-title' });
  const kind = el('span', { className: 'tag' });
  const platform = el('span');
  const sentiment = el('span');
  const preview = el('p', { className: 'item-preview', testid: 'queue-preview' });
  const wait = el('span', { className: 'wait', testid: 'wait' });
  const claimButton = el('button', { type: 'button', className: 'btn btn-primary btn-small', testid: 'claim', title: 'Claim this conversation', text: '接入' });
  claimButton.addEventListener('click', () => claim(id, claimButton));
  const root = el('li', { className: 'item queue-item', testid: 'queue-item', data: { handoffId: id } },
    el('div', { className: 'item-row' }, title, kind),
    el('div', { className: 'item-meta' }, platform, sentiment),
    preview,
    el('div', { className: 'item-foot' }, wait, claimButton));
  return { root, title, kind, platform, sentiment, preview, wait, claim: claimButton };
}

/**
 * @param {QueueItem} n
 * @param {Handoff} h
 */
function updateItem(n, h) {
  const { reason, platform, sentiment } = summaryOf(h);
  n.title.textContent = reasonLabel(reason);
  n.title.title = `Reason: ${str(reason)}`;
  setKindTag(n.kind, h.kind);
  setPlatform(n.platform, platform);
  setSentiment(n.sentiment, sentiment);
  const said = previewOf(h);
  n.preview.textContent = said;
  n.preview.title = said;
  n.preview.hidden = said === '';
  n.wait.setAttribute('data-since', str(h.waitingSince));
  n.root.classList.toggle('kind-ticket', h.kind === 'ticket');
  n.root.classList.toggle('kind-live', h.kind !== 'ticket');
}

export function renderQueue() {
  reconcile({ list: $('queue'), nodes, create: createItem, update: updateItem }, state.queue);
  const count = state.queue.length;
  $('queue-empty').hidden = count > 0;
  const badge = $('queue-count');
  badge.textContent = String(count);
  badge.classList.toggle('count-hot', count > 0);
  document.title = count > 0 ? `(${count}) ${BASE_TITLE}` : BASE_TITLE;
  tick();
}

/** The waiting times tick every second. */
export function tick() {
  const now = Date.now();
  for (const node of document.querySelectorAll('[data-since]')) {
    const secs = secondsSince(node.getAttribute('data-since'), now);
    const level = waitLevel(secs);
    node.textContent = waitText(secs);
    node.classList.toggle('wait-warn', level === 'warn');
    node.classList.toggle('wait-late', level === 'late');
  }
}

/**
 * Claims a waiting conversation and opens it.
 * @param {string} id
 * @param {HTMLButtonElement} button
 */
async function claim(id, button) {
  if (!state.session) {
    return;
  }
  const session = sessionSignal();
  button.disabled = true;
  button.textContent = '接入中…';
  state.claiming.add(id);
  try {
    const h = await agentApi.claim(id);
    removeFromQueue(id);
    if (h && h.id !== undefined) {
      upsertMine(h);
      openConversation(h.id);
    } else {
      refreshMine();
    }
    showStatus('已接入会话', 'ok');
  } catch (err) {
    const status = statusOf(err);
    if (status === 409) {
      removeFromQueue(id);
      showStatus('该会话已被其他客服接入，队列已刷新。', 'error');
    } else if (status === 404) {
      removeFromQueue(id);
      showStatus('该会话已不存在（可能商家已离开），队列已刷新。', 'error');
    } else {
      report(err, '接入失败');
    }
  } finally {
    state.claiming.delete(id);
    button.disabled = false;
    button.textContent = '接入';
    if (!session.aborted) {
      refreshQueue();
      refreshMine();
    }
  }
}
