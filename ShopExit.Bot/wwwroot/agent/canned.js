// @ts-check
// Canned replies (常用回复): the FAQ answers nearest to a search, put into the reply box to edit.
import { agentApi } from './api.js';
import { saveDraft } from './conversation.js';
import { $, clear, el, isPlainEnter, onActivate } from './dom.js';
import { str } from './format.js';
import { Latest } from './latest.js';
import { state } from './state.js';
import { report, showStatus } from './status.js';

/** @typedef {import('./types.js').CannedReply} CannedReply */

const CANNED_DEBOUNCE_MS = 250;
const HINT = '输入关键词搜索，点击一条放入回复框（可修改后发送）';

const search = new Latest();

/** @type {number | undefined} */
let timer;

/** Searches a moment after the agent stops typing. */
export function scheduleCanned() {
  window.clearTimeout(timer);
  timer = window.setTimeout(searchCanned, CANNED_DEBOUNCE_MS);
}

/**
 * Enter searches at once.
 * @param {KeyboardEvent} e
 */
export function onCannedKeydown(e) {
  if (isPlainEnter(e)) {
    e.preventDefault();
    searchCanned();
  }
}

function showHint() {
  const hint = $('canned-hint');
  hint.hidden = false;
  hint.textContent = HINT;
}

/** Searches now (the latest search wins); an empty search shows the hint. */
export async function searchCanned() {
  window.clearTimeout(timer);
  const q = $('canned-search', HTMLInputElement).value.trim();
  const list = $('canned-list');
  const hint = $('canned-hint');
  if (!q || !state.session) {
    search.abort();
    clear(list);
    showHint();
    return;
  }
  try {
    // For the open conversation's platform: its answer states that platform's facts directly.
    const platform = state.current ? str(state.current.handoff.platform || (state.current.handoff.context && state.current.handoff.context.platform)) : '';
    const found = await search.run((signal) => agentApi.canned(q, platform, signal));
    const items = (Array.isArray(found) ? found : []).filter(Boolean);
    clear(list);
    hint.hidden = items.length > 0;
    hint.textContent = '没有找到相关的常用回复';
    for (const item of items) {
      const li = el('li', {
        className: 'item canned-item clickable',
        testid: 'canned-item',
        data: { cannedId: str(item.id) },
        tabindex: '0',
        role: 'button',
        title: 'Put into the reply box (editable before sending)'
      },
      el('div', { className: 'canned-title', text: str(item.title) || str(item.id) }),
      el('div', { className: 'canned-text', text: str(item.text) }));
      onActivate(li, () => useCanned(item));
      list.appendChild(li);
    }
  } catch (err) {
    report(err, '搜索常用回复失败');
  }
}

/**
 * Puts a reply into the reply box, in place of the selection.
 * @param {CannedReply} item
 */
function useCanned(item) {
  if (!state.current) {
    showStatus('请先打开一个会话，再选择常用回复', 'error');
    return;
  }
  const input = $('reply-input', HTMLTextAreaElement);
  const text = str(item.text);
  const start = typeof input.selectionStart === 'number' ? input.selectionStart : input.value.length;
  const end = typeof input.selectionEnd === 'number' ? input.selectionEnd : input.value.length;
  input.focus();
  input.setRangeText(text, start, end, 'end');
  saveDraft();
  showStatus('已放入回复框，可修改后发送', 'info');
}

/** Empties the search (at logout). */
export function resetCanned() {
  search.abort();
  clear($('canned-list'));
  $('canned-search', HTMLInputElement).value = '';
  showHint();
}
