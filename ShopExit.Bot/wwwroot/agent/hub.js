// @ts-check
// The real-time hub (SignalR, /hubs/agent; Handoff/AgentHub.cs): new and updated handoffs, merchant
// messages and typing. Without it the console still works: the lists are polled every 15 seconds.
import { describe } from './api.js';
import { renderContext } from './context-panel.js';
import {
  leaveConversation, receiveMerchantMessage, receiveMerchantTyping, renderConversationHeader
} from './conversation.js';
import { $ } from './dom.js';
import { str } from './format.js';
import { contextOf, leftBecause } from './handoffs.js';
import { reasonLabel } from './labels.js';
import { findMine, upsertMine } from './my-list.js';
import { isQueued, refreshQueue, removeFromQueue, upsertQueue } from './queue.js';
import { refreshAll, scheduleRefresh } from './refresh.js';
import { isMe, state } from './state.js';
import { showStatus, showsError } from './status.js';

/** @typedef {import('./types.js').Handoff} Handoff */
/** @typedef {'on' | 'off' | 'reconnecting'} ConnState */

const HUB_RETRY_MS = 10 * 1000;

/** @type {signalR.HubConnection | null} */
let hub = null;

/** @type {number | undefined} */
let retryTimer;

/**
 * Shows the connection's state in the top bar.
 * @param {ConnState} kind
 * @param {string} [text]
 */
export function setConn(kind, text) {
  const node = $('conn');
  node.className = `conn conn-${kind}`;
  node.setAttribute('data-state', kind);
  node.textContent = text || (kind === 'on' ? '实时连接：已连接' : kind === 'reconnecting' ? '实时连接：重连中' : '实时连接：未连接');
}

/** Connects (at login). */
export function startHub() {
  const signalR = window.signalR;
  if (!signalR || !signalR.HubConnectionBuilder) {
    setConn('off', '实时连接：不可用');
    showStatus('实时连接组件 (SignalR) 未能加载，页面将每 15 秒自动刷新队列。', 'error');
    return;
  }
  const conn = new signalR.HubConnectionBuilder()
    .withUrl('/hubs/agent', { accessTokenFactory: () => (state.session ? state.session.token : '') })
    .withAutomaticReconnect()
    .configureLogging(signalR.LogLevel.Warning)
    .build();
  hub = conn;

  // Events of a connection that was stopped (a logout) are dropped.
  /**
   * @template {unknown[]} A
   * @param {(...args: A) => void} handler
   * @returns {(...args: A) => void}
   */
  const live = (handler) => (...args) => {
    if (hub === conn) {
      handler(...args);
    }
  };

  conn.on('handoffCreated', live(onHandoffCreated));
  conn.on('handoffUpdated', live(onHandoffUpdated));
  conn.on('merchantMessage', live((m) => {
    receiveMerchantMessage(m);
    scheduleRefresh();
  }));
  conn.on('merchantTyping', live((m) => {
    receiveMerchantTyping(m);
    scheduleRefresh();
  }));
  conn.onreconnecting(live(() => {
    setConn('reconnecting');
    showStatus('实时连接中断，正在重连…', 'info');
  }));
  conn.onreconnected(live(() => {
    setConn('on');
    showStatus('实时连接已恢复', 'ok');
    refreshAll();
  }));
  conn.onclose(live(() => {
    setConn('off');
    showStatus('实时连接已断开，稍后自动重连（期间每 15 秒刷新）。', 'error');
    scheduleRetry(conn);
  }));
  connect(conn);
}

/** @param {signalR.HubConnection} conn */
async function connect(conn) {
  setConn('reconnecting', '实时连接：连接中');
  try {
    await conn.start();
  } catch (err) {
    if (hub !== conn) {
      return;
    }
    setConn('off');
    showStatus(`实时连接失败：${describe(err)}。稍后自动重试（期间每 15 秒刷新）。`, 'error');
    refreshQueue(); // an expired token shows up here as a 401 and brings the login back
    scheduleRetry(conn);
    return;
  }
  if (hub !== conn) {
    conn.stop().catch(() => { /* already stopped */ });
    return;
  }
  setConn('on');
  if (showsError(/实时连接/)) {
    showStatus('实时连接已恢复', 'ok');
  }
  refreshAll(); // catch up on anything that happened before the hub listened
}

/** @param {signalR.HubConnection} conn */
function scheduleRetry(conn) {
  window.clearTimeout(retryTimer);
  retryTimer = window.setTimeout(() => {
    const signalR = window.signalR;
    if (signalR && hub === conn && state.session && conn.state === signalR.HubConnectionState.Disconnected) {
      connect(conn);
    }
  }, HUB_RETRY_MS);
}

/** Disconnects (at logout). */
export function stopHub() {
  window.clearTimeout(retryTimer);
  retryTimer = undefined;
  const conn = hub;
  hub = null;
  conn?.stop().catch(() => { /* closing anyway */ });
}

/** @param {Handoff} h */
function onHandoffCreated(h) {
  if (h && h.id !== undefined && (!h.status || h.status === 'waiting')) {
    upsertQueue(h);
  }
  scheduleRefresh();
}

/** @param {Handoff} h */
function onHandoffUpdated(h) {
  if (!h || h.id === undefined || h.id === null) {
    scheduleRefresh();
    return;
  }
  const id = str(h.id);
  const wasMine = !!findMine(id);
  const isMine = h.status === 'active' && isMe(h.assignedTo);

  if (h.status === 'waiting') {
    upsertQueue(h);
  } else if (isQueued(id)) {
    removeFromQueue(id);
  }

  if (isMine) {
    upsertMine(h);
    if (!wasMine && !state.claiming.has(id)) {
      showStatus(`有会话转接给你：${reasonLabel(h.reason || contextOf(h).reason)}`, 'info');
    }
    if (state.current && state.current.id === id) {
      state.current.handoff = h;
      renderConversationHeader(h);
      renderContext(h);
    }
  } else if (wasMine) {
    const open = !!state.current && state.current.id === id;
    leaveConversation(id);
    if (open) {
      showStatus(leftBecause(h), 'info');
    }
  }
  scheduleRefresh();
}
