// @ts-check
// ShopExit agent console (客服工作台): native ES modules, no framework, no build step. This module
// wires the page's events to the other modules and starts the console.
//
// SECURITY: merchant text is hostile; it only ever reaches the page as text (see dom.js).
// The token lives in sessionStorage (per tab, gone when the tab closes), never in localStorage.
import { resolve, transfer } from './actions.js';
import { setUnauthorizedHandler } from './api.js';
import { onCannedKeydown, scheduleCanned } from './canned.js';
import { onReplyInput, onReplyKeydown, openConversation, refreshMine, sendReply } from './conversation.js';
import { $ } from './dom.js';
import { refreshQueue } from './queue.js';
import { scheduleRefresh, setRefresher } from './refresh.js';
import { endSession, onLoginSubmit, onLogout, onPresenceChange, startSession } from './session.js';
import { isSupervisor, state } from './state.js';
import { refreshStats } from './stats.js';
import { showStatus } from './status.js';
import { isExpired, readSession, SESSION_KEY, storeSet } from './storage.js';

setRefresher(() => {
  refreshQueue();
  refreshMine();
  if (isSupervisor()) {
    refreshStats();
  }
});
setUnauthorizedHandler(() => endSession('登录已过期或无效，请重新登录。'));

/**
 * The handoff id of the "my conversations" item an event happened in, or null.
 * @param {Event} event
 * @returns {string | null}
 */
function myItemOf(event) {
  const target = event.target instanceof Element ? event.target.closest('[data-testid="my-item"]') : null;
  return target instanceof HTMLElement && target.dataset.handoffId !== undefined ? target.dataset.handoffId : null;
}

function wire() {
  $('login-form').addEventListener('submit', onLoginSubmit);
  $('logout').addEventListener('click', onLogout);
  $('presence').addEventListener('change', onPresenceChange);
  $('reply-input').addEventListener('keydown', onReplyKeydown);
  $('reply-input').addEventListener('input', onReplyInput);
  $('reply-send').addEventListener('click', sendReply);
  $('transfer').addEventListener('click', transfer);
  $('resolve').addEventListener('click', resolve);
  $('canned-search').addEventListener('input', scheduleCanned);
  $('canned-search').addEventListener('keydown', onCannedKeydown);
  $('status-close').addEventListener('click', () => showStatus(''));
  // An item of "my conversations" opens on click, Enter or Space.
  const myList = $('my-list');
  myList.addEventListener('click', (e) => {
    const id = myItemOf(e);
    if (id !== null) {
      openConversation(id);
    }
  });
  myList.addEventListener('keydown', (e) => {
    const id = myItemOf(e);
    if (id !== null && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      openConversation(id);
    }
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && state.session) {
      scheduleRefresh();
    }
  });
}

function boot() {
  wire();
  const saved = readSession();
  if (saved && isExpired(saved)) {
    storeSet(SESSION_KEY, null);
    $('login-username', HTMLInputElement).value = saved.username;
    $('login-error').textContent = '登录已过期，请重新登录。';
    $('login-password').focus();
    return;
  }
  if (saved) {
    startSession(saved, false);
  } else {
    $('login-username').focus();
  }
}

boot();
