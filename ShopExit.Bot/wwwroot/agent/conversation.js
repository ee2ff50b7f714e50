// @ts-check
// The open conversation: header, transcript, live chat both ways, typing, drafts.
import { refreshAgents } from './agents.js';
import { agentApi, describe, ApiError } from './api.js';
import { renderContext } from './context-panel.js';
import { $, clear, el, isPlainEnter } from './dom.js';
import { fmtTime, str } from './format.js';
import { summaryOf } from './handoffs.js';
import { reasonLabel } from './labels.js';
import { buildMessage } from './message.js';
import { countUnread, findMine, loadMine, removeFromMine, renderMine } from './my-list.js';
import { state } from './state.js';
import { report, showStatus } from './status.js';
import { OPEN_KEY, storeSet } from './storage.js';
import { sentimentNode, setKindTag, setPlatform } from './widgets.js';

/** @typedef {import('./types.js').Handoff} Handoff */
/** @typedef {import('./types.js').ActivityView} ActivityView */
/** @typedef {import('./state.js').OpenConversation} OpenConversation */

const TYPING_SHOW_MS = 4000;
const TYPING_SEND_MS = 3000;

/** @type {number | undefined} */
let typingTimer;

const replyInput = () => $('reply-input', HTMLTextAreaElement);

/** Keeps the reply box's text as the open conversation's draft. */
export function saveDraft() {
  if (state.current) {
    const text = replyInput().value;
    if (text) {
      state.drafts.set(state.current.id, text);
    } else {
      state.drafts.delete(state.current.id);
    }
  }
}

// The open conversation is no longer open: its loads stop.
function dropCurrent() {
  state.current?.abort.abort();
  state.current = null;
}

/**
 * Opens one of this agent's conversations (the reply box is focused when it is open already).
 * @param {unknown} id
 */
export function openConversation(id) {
  const h = findMine(id);
  if (!h) {
    showStatus('该会话已不在「我的会话」中', 'error');
    return;
  }
  if (state.current && state.current.id === String(id)) {
    replyInput().focus();
    return;
  }
  saveDraft();
  dropCurrent();
  /** @type {OpenConversation} */
  const cur = { id: str(h.id), handoff: h, loaded: false, ids: new Set(), pending: [], lastTypingSent: 0, abort: new AbortController() };
  state.current = cur;
  storeSet(OPEN_KEY, cur.id);
  state.unread.delete(cur.id);
  renderMine();

  $('conv-empty').hidden = true;
  $('conv').hidden = false;
  hideTyping();
  renderConversationHeader(h);
  renderContext(h);
  setConversationBusy(false);
  const input = replyInput();
  input.value = state.drafts.get(cur.id) || '';
  refreshAgents();
  loadTranscript(cur);
  input.focus();
}

/** Closes the open conversation (its draft is kept). */
export function closeConversation() {
  if (state.current) {
    saveDraft();
  }
  dropCurrent();
  storeSet(OPEN_KEY, null);
  hideTyping();
  clear($('transcript'));
  clear($('conv-title'));
  clear($('conv-meta'));
  replyInput().value = '';
  $('conv').hidden = true;
  $('conv-empty').hidden = false;
  renderContext(null);
  renderMine();
}

/**
 * The conversation ends here (resolved or transferred by this agent, or taken away).
 * @param {string} id
 */
export function leaveConversation(id) {
  removeFromMine(id);
  if (state.current && state.current.id === id) {
    dropCurrent(); // no draft to keep
    closeConversation();
  }
}

/** @param {boolean} busy */
export function setConversationBusy(busy) {
  state.busy = busy;
  $('transfer', HTMLButtonElement).disabled = busy;
  $('resolve', HTMLButtonElement).disabled = busy;
  $('reply-send', HTMLButtonElement).disabled = busy;
}

/** @param {Handoff} h */
export function renderConversationHeader(h) {
  const { reason, platform, sentiment } = summaryOf(h);
  const title = $('conv-title');
  title.textContent = reasonLabel(reason);
  title.title = `Reason: ${str(reason)}`;
  const meta = $('conv-meta');
  clear(meta);
  const kind = el('span', { className: 'tag' });
  setKindTag(kind, h.kind);
  meta.appendChild(kind);
  const where = el('span');
  setPlatform(where, platform);
  meta.appendChild(where);
  meta.appendChild(sentimentNode(sentiment));
  if (h.waitingSince) {
    meta.appendChild(el('span', { text: `发起于 ${fmtTime(h.waitingSince)}`, title: `Waiting since ${str(h.waitingSince)}` }));
  }
  meta.appendChild(el('span', { text: `会话 ${str(h.conversationId)}`, title: 'Conversation id' }));
}

/**
 * @param {string} text
 * @param {boolean} [isError]
 * @returns {HTMLDivElement}
 */
function note(text, isError = false) {
  return el('div', { className: `transcript-note${isError ? ' is-error' : ''}`, text });
}

/**
 * Loads the transcript; switching to another conversation aborts the load.
 * @param {OpenConversation} cur
 */
async function loadTranscript(cur) {
  const box = $('transcript');
  clear(box);
  box.appendChild(note('正在加载聊天记录…'));
  try {
    const data = await agentApi.transcript(cur.id, cur.abort.signal);
    if (state.current !== cur) {
      return;
    }
    clear(box);
    cur.loaded = true;
    const activities = data && Array.isArray(data.activities) ? data.activities : [];
    for (const a of activities) {
      appendActivity(cur, a);
    }
    for (const a of cur.pending.splice(0)) {
      appendActivity(cur, a);
    }
    if (!box.querySelector('.message')) {
      const empty = note('暂无消息');
      empty.classList.add('transcript-empty');
      box.appendChild(empty);
    }
    box.scrollTop = box.scrollHeight;
  } catch (err) {
    if (state.current === cur && !(err instanceof ApiError && err.handled)) {
      clear(box);
      const retry = el('button', { type: 'button', className: 'btn btn-small', text: '重试', title: 'Retry' });
      retry.addEventListener('click', () => {
        if (state.current === cur) {
          loadTranscript(cur);
        }
      });
      box.appendChild(el('div', { className: 'transcript-note is-error' }, `聊天记录加载失败：${describe(err)} `, retry));
    }
    report(err, '加载聊天记录失败');
  }
}

/**
 * Adds an activity to the open conversation's transcript, once per id; keeps the transcript
 * scrolled to the bottom when it was there (or when forced).
 * @param {OpenConversation} cur
 * @param {ActivityView} a
 * @param {boolean} [forceScroll]
 */
function appendActivity(cur, a, forceScroll = false) {
  if (!a || typeof a !== 'object' || state.current !== cur) {
    return;
  }
  if (a.id !== null && a.id !== undefined) {
    const key = String(a.id);
    if (cur.ids.has(key)) {
      return;
    }
    cur.ids.add(key);
  }
  const node = buildMessage(cur.id, a);
  if (!node) {
    return;
  }
  const box = $('transcript');
  const nearBottom = box.scrollHeight - box.scrollTop - box.clientHeight < 80;
  box.querySelector('.transcript-empty')?.remove();
  box.appendChild(node);
  if (nearBottom || forceScroll) {
    box.scrollTop = box.scrollHeight;
  }
}

function showTyping() {
  $('typing').hidden = false;
  window.clearTimeout(typingTimer);
  typingTimer = window.setTimeout(hideTyping, TYPING_SHOW_MS);
}

function hideTyping() {
  window.clearTimeout(typingTimer);
  typingTimer = undefined;
  $('typing').hidden = true;
}

/** Sends the reply box's text; it stays there when the send fails. */
export async function sendReply() {
  const cur = state.current;
  if (!cur || state.busy) {
    return;
  }
  const input = replyInput();
  const text = input.value.trim();
  if (!text) {
    input.focus();
    return;
  }
  setConversationBusy(true);
  try {
    const data = await agentApi.send(cur.id, text);
    const draft = state.drafts.get(cur.id);
    if (draft !== undefined && draft.trim() === text) {
      state.drafts.delete(cur.id);
    }
    if (state.current !== cur) {
      return;
    }
    appendActivity(cur, {
      id: data && data.id !== undefined ? data.id : null,
      type: 'message',
      timestamp: new Date().toISOString(),
      from: { id: state.session ? state.session.username : '', name: state.session ? state.session.displayName : '', role: 'agent' },
      text,
      pii: []
    }, true);
    if (input.value.trim() === text) {
      input.value = '';
      state.drafts.delete(cur.id);
    }
    cur.lastTypingSent = 0;
  } catch (err) {
    report(err, '发送失败，消息仍在输入框中');
  } finally {
    if (state.current === cur) {
      setConversationBusy(false);
      input.focus();
    }
  }
}

/**
 * Enter sends; Shift+Enter (or an IME's Enter) does not.
 * @param {KeyboardEvent} e
 */
export function onReplyKeydown(e) {
  if (isPlainEnter(e) && !e.shiftKey && !e.ctrlKey && !e.altKey && !e.metaKey) {
    e.preventDefault();
    sendReply();
  }
}

/** Keeps the draft, and tells the merchant the agent is typing (at most every 3 seconds). */
export async function onReplyInput() {
  const cur = state.current;
  if (!cur) {
    return;
  }
  saveDraft();
  const now = Date.now();
  if (replyInput().value.trim() && now - cur.lastTypingSent >= TYPING_SEND_MS) {
    cur.lastTypingSent = now;
    try {
      await agentApi.typing(cur.id);
    } catch (err) {
      report(err, '发送“正在输入”状态失败');
    }
  }
}

/** Reloads "my conversations" and brings the open conversation in line with it. */
export async function refreshMine() {
  if (!(await loadMine())) {
    return;
  }
  const cur = state.current;
  if (cur) {
    const fresh = findMine(cur.id);
    if (!fresh) {
      closeConversation();
      showStatus('当前会话已不在「我的会话」中（可能已被转接或结束）', 'info');
    } else {
      cur.handoff = fresh;
      renderConversationHeader(fresh);
    }
  }
  renderMine();
  if (!state.current && state.pendingOpen) {
    const id = state.pendingOpen;
    state.pendingOpen = null;
    if (findMine(id)) {
      openConversation(id);
    }
  }
}

/**
 * A merchant message from the hub: into the open transcript (after the transcript, while it
 * loads), or one more unread for another of this agent's conversations.
 * @param {import('./types.js').MerchantMessage} m
 */
export function receiveMerchantMessage(m) {
  if (!m || !m.activity) {
    return;
  }
  const id = str(m.handoffId);
  const cur = state.current;
  if (cur && cur.id === id) {
    hideTyping();
    if (cur.loaded) {
      appendActivity(cur, m.activity);
    } else {
      cur.pending.push(m.activity);
    }
  } else if (findMine(id)) {
    countUnread(id);
  }
}

/**
 * The merchant is typing in the open conversation.
 * @param {import('./types.js').MerchantTyping} m
 */
export function receiveMerchantTyping(m) {
  if (m && state.current && state.current.id === str(m.handoffId)) {
    showTyping();
  }
}
