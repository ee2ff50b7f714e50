// @ts-check
// The desk's statistics (值班统计), for supervisors: queue length, waiting times, each agent's load.
import { agentApi, statusOf } from './api.js';
import { $, clear, el, maybe } from './dom.js';
import { clockNow, fmtDuration, str } from './format.js';
import { loadLabel, presenceLabel } from './labels.js';
import { Latest } from './latest.js';
import { isMe, isSupervisor } from './state.js';
import { report, showStatus } from './status.js';

/** @typedef {import('./types.js').Stats} Stats */

const STATS_POLL_MS = 10 * 1000;

const load = new Latest();

/** @type {number | undefined} */
let timer;

/** Shows the panel to a supervisor (and polls it); nothing for an agent. */
export function setupStats() {
  const slot = $('stats-slot');
  clear(slot);
  stopStats();
  if (!isSupervisor()) {
    return;
  }
  slot.appendChild(el('section', { className: 'panel', id: 'stats', testid: 'stats' },
    el('h2', { className: 'panel-title', title: 'Desk statistics (supervisors)', text: '值班统计' }),
    el('div', { id: 'stats-body' }, el('p', { className: 'empty', text: '加载中…' }))));
  refreshStats();
  timer = window.setInterval(refreshStats, STATS_POLL_MS);
}

/** Stops polling (at logout, or when the server says no). */
export function stopStats() {
  window.clearInterval(timer);
  timer = undefined;
  load.abort();
}

/** Loads the statistics (the latest load wins). */
export async function refreshStats() {
  if (!isSupervisor() || !maybe('stats')) {
    return;
  }
  try {
    const s = await load.run((signal) => agentApi.stats(signal));
    renderStats(s || {});
  } catch (err) {
    if (statusOf(err) === 403) {
      stopStats();
      clear($('stats-slot'));
      showStatus('没有查看值班统计的权限（HTTP 403）', 'error');
      return;
    }
    report(err, '刷新值班统计失败');
  }
}

/**
 * @param {string} value
 * @param {string} label
 * @param {string} title
 * @param {string} testid
 * @returns {HTMLDivElement}
 */
function statBox(value, label, title, testid) {
  return el('div', { className: 'stat', title, testid },
    el('div', { className: 'stat-value', text: value }),
    el('div', { className: 'stat-label', text: label }));
}

/**
 * The oldest and average waits: "—" while nobody waits (an average of earlier waits still shows).
 * @param {Stats} s
 * @returns {{ waiting: number, oldest: string, average: string }}
 */
export function waitFigures(s) {
  const waiting = typeof s.waiting === 'number' ? s.waiting : 0;
  const hasWait = waiting > 0;
  return {
    waiting,
    oldest: hasWait && typeof s.oldestWaitSeconds === 'number' ? fmtDuration(s.oldestWaitSeconds) : '—',
    average: typeof s.averageWaitSeconds === 'number' && (hasWait || s.averageWaitSeconds > 0) ? fmtDuration(s.averageWaitSeconds) : '—'
  };
}

/** @param {Stats} s */
function renderStats(s) {
  const body = maybe('stats-body');
  if (!body) {
    return;
  }
  clear(body);
  const figures = waitFigures(s);
  body.appendChild(el('div', { className: 'stats-grid' },
    statBox(String(figures.waiting), '排队中', 'Waiting in queue', 'stats-waiting'),
    statBox(figures.oldest, '最久等待', 'Oldest wait', 'stats-oldest'),
    statBox(figures.average, '平均等待', 'Average wait', 'stats-average')));

  const agents = Array.isArray(s.agents) ? s.agents : [];
  if (agents.length === 0) {
    body.appendChild(el('p', { className: 'empty', text: '暂无客服账号' }));
  } else {
    const rows = agents.filter(Boolean).map((a) => el('tr', { testid: 'stats-agent', data: { username: str(a.username) } },
      el('td', { text: (str(a.displayName) || str(a.username)) + (isMe(a.username) ? '（我）' : ''), title: str(a.username) }),
      el('td', { text: presenceLabel(a.presence), title: `Presence: ${str(a.presence)}` }),
      el('td', { className: 'num', text: typeof a.active === 'number' ? String(a.active) : loadLabel(a.active), title: 'Active conversations' })));
    body.appendChild(el('table', { className: 'stats-table' },
      el('thead', null, el('tr', null,
        el('th', { text: '客服', title: 'Agent' }),
        el('th', { text: '状态', title: 'Presence' }),
        el('th', { className: 'num', text: '会话', title: 'Active conversations (load)' }))),
      el('tbody', null, rows)));
  }
  body.appendChild(el('div', { className: 'stats-updated', text: `更新于 ${clockNow()}` }));
}
