// @ts-check
// The session: login, logout, the token (in sessionStorage), presence and its heartbeat, polling.
import { refreshAgents, renderTransferOptions } from './agents.js';
import { agentApi, ApiError, describe, statusOf } from './api.js';
import { resetCanned } from './canned.js';
import { closeConversation, refreshMine } from './conversation.js';
import { $, add, clear, el } from './dom.js';
import { str } from './format.js';
import { setConn, startHub, stopHub } from './hub.js';
import { applyLabels, presenceLabel } from './labels.js';
import { renderMine } from './my-list.js';
import { BASE_TITLE, refreshQueue, renderQueue, tick } from './queue.js';
import { cancelScheduledRefresh } from './refresh.js';
import { isSupervisor, sessionSignal, state } from './state.js';
import { setupStats, stopStats } from './stats.js';
import { report, showStatus } from './status.js';
import { OPEN_KEY, PRESENCE_KEY, SESSION_KEY, storeGet, storeSet } from './storage.js';

/** @typedef {import('./types.js').Session} Session */

const HEARTBEAT_MS = 60 * 1000;
const QUEUE_POLL_MS = 15 * 1000;
const TICK_MS = 1000;
const MAX_TIMEOUT_MS = 2147483000;

/** @type {number[]} */
let intervals = [];

/** @type {number | undefined} */
let expiryTimer;

const input = (/** @type {string} */ id) => $(id, HTMLInputElement);

/** Takes the server's display names (a failure leaves the codes showing, and is said). */
async function loadLabels() {
  try {
    applyLabels(await agentApi.labels(sessionSignal()));
  } catch (err) {
    report(err, '加载显示名称失败');
  }
}

/**
 * Starts a session: the console shows, the lists load, the hub connects.
 * @param {{ token: string, expiresAt?: string | null, username?: string, displayName?: string, role?: string }} s
 * @param {boolean} fresh A new login (else a reload of the tab: presence and the open conversation come back).
 */
export function startSession(s, fresh) {
  state.sessionAbort?.abort();
  state.sessionAbort = new AbortController();
  state.session = {
    token: s.token,
    expiresAt: s.expiresAt || null,
    username: str(s.username),
    displayName: str(s.displayName) || str(s.username),
    role: str(s.role) || 'agent'
  };
  storeSet(SESSION_KEY, JSON.stringify(state.session));
  state.presence = fresh ? 'online' : (storeGet(PRESENCE_KEY) === 'away' ? 'away' : 'online');
  storeSet(PRESENCE_KEY, state.presence);
  state.pendingOpen = fresh ? null : storeGet(OPEN_KEY);
  if (fresh) {
    storeSet(OPEN_KEY, null);
  }

  $('presence', HTMLSelectElement).value = state.presence;
  $('login-view').hidden = true;
  $('console-view').hidden = false;
  $('login-error').textContent = '';
  input('login-password').value = '';
  renderMe();
  setupStats();
  renderQueue();
  renderMine();
  renderTransferOptions();

  postPresence(state.presence, false);
  startHub();
  // The server's names for its codes first, so nothing is drawn with a bare code.
  loadLabels().then(() => {
    refreshQueue();
    refreshMine();
    refreshAgents();
  });

  intervals.push(window.setInterval(tick, TICK_MS));
  intervals.push(window.setInterval(() => {
    refreshQueue();
    refreshMine();
    refreshAgents();
  }, QUEUE_POLL_MS));
  intervals.push(window.setInterval(() => postPresence(state.presence, false), HEARTBEAT_MS));

  const expires = Date.parse(str(state.session.expiresAt));
  if (!Number.isNaN(expires)) {
    expiryTimer = window.setTimeout(() => endSession('登录已过期，请重新登录。'), Math.min(Math.max(0, expires - Date.now()), MAX_TIMEOUT_MS));
  }
}

/**
 * Ends the session: every request of it stops, the login shows again (with the message).
 * @param {string} message
 */
export function endSession(message) {
  const previous = state.session ? state.session.username : '';
  state.sessionAbort?.abort();
  state.sessionAbort = null;
  for (const id of intervals) {
    window.clearInterval(id);
  }
  intervals = [];
  window.clearTimeout(expiryTimer);
  expiryTimer = undefined;
  cancelScheduledRefresh();
  stopStats();
  stopHub();
  closeConversation();
  state.session = null;
  state.queue = [];
  state.mine = [];
  state.agents = [];
  state.pendingOpen = null;
  state.unread.clear();
  state.drafts.clear();
  state.claiming.clear();
  storeSet(SESSION_KEY, null);
  storeSet(PRESENCE_KEY, null);
  storeSet(OPEN_KEY, null);

  renderQueue();
  renderMine();
  renderTransferOptions();
  clear($('stats-slot'));
  resetCanned();
  $('me').textContent = '';
  setConn('off');
  showStatus('');
  document.title = BASE_TITLE;

  $('console-view').hidden = true;
  $('login-view').hidden = false;
  $('login-error').textContent = message || '';
  const username = input('login-username');
  const password = input('login-password');
  password.value = '';
  if (previous && !username.value) {
    username.value = previous;
  }
  (username.value ? password : username).focus();
}

function renderMe() {
  const me = $('me');
  clear(me);
  if (!state.session) {
    return;
  }
  add(me, `${state.session.displayName}（${state.session.username}）`);
  me.appendChild(el('span', {
    className: 'role-badge',
    text: isSupervisor() ? '主管' : '客服',
    title: `Role: ${state.session.role}`
  }));
}

/**
 * The login form.
 * @param {Event} event
 */
export async function onLoginSubmit(event) {
  event.preventDefault();
  const username = input('login-username').value.trim();
  const password = input('login-password').value;
  const error = $('login-error');
  if (!username || !password) {
    error.textContent = '请输入用户名和密码。';
    return;
  }
  const button = $('login-submit', HTMLButtonElement);
  button.disabled = true;
  button.textContent = '登录中…';
  error.textContent = '';
  try {
    const data = await agentApi.login(username, password);
    if (!data || typeof data.token !== 'string' || !data.token) {
      throw new ApiError(0, 'BadResponse', '服务器返回的登录信息无效');
    }
    startSession({
      token: data.token,
      expiresAt: data.expiresAt,
      username: data.username || username,
      displayName: data.displayName,
      role: data.role
    }, true);
  } catch (err) {
    error.textContent = statusOf(err) === 401 ? '用户名或密码错误。' : `登录失败：${describe(err)}`;
    input('login-password').select();
  } finally {
    button.disabled = false;
    button.textContent = '登录';
  }
}

export function onLogout() {
  if (state.session) {
    agentApi.awayBeacon(state.session.token);
  }
  endSession('');
}

/**
 * Tells the desk this agent's presence (also the heartbeat).
 * @param {'online' | 'away'} value
 * @param {boolean} announce Whether to say so in the status bar.
 * @returns {Promise<boolean>} Whether the server took it.
 */
async function postPresence(value, announce) {
  try {
    await agentApi.presence(value);
    if (announce) {
      showStatus(`状态已切换为「${presenceLabel(value)}」`, 'ok');
    }
    return true;
  } catch (err) {
    report(err, '更新在线状态失败');
    return false;
  }
}

/** The presence select: back to the previous value when the server refuses. */
export async function onPresenceChange() {
  const select = $('presence', HTMLSelectElement);
  const previous = state.presence;
  /** @type {'online' | 'away'} */
  const value = select.value === 'away' ? 'away' : 'online';
  state.presence = value;
  storeSet(PRESENCE_KEY, value);
  select.disabled = true;
  const session = sessionSignal();
  const ok = await postPresence(value, true);
  select.disabled = false;
  if (!ok && !session.aborted) {
    state.presence = previous;
    storeSet(PRESENCE_KEY, previous);
    select.value = previous;
  }
}
