// @ts-check
// The console's Chinese labels for the server's codes (pure: no DOM).
import { norm, str } from './format.js';

/**
 * The server's display names for its codes (GET /api/agent/labels, DeskLabelCatalog.cs), loaded
 * at sign-in: the console keeps no copy of them. Until they arrive a code shows as itself.
 * @typedef {object} LabelTables
 * @property {Record<string, string>} reasons Why the bot escalated, by the wire name (requested).
 * @property {Record<string, string>} statuses waiting, active, resolved, cancelled.
 * @property {Record<string, string>} kinds live, ticket.
 * @property {Record<string, string>} presence online, away, offline.
 * @property {Record<string, string>} platforms douyin, kuaishou, taobao, pinduoduo, generic.
 * @property {Record<string, string>} pii PhoneNumber, IdCardNumber, BankCardNumber, Email.
 */

/** @type {LabelTables} */
export const labels = { reasons: {}, statuses: {}, kinds: {}, presence: {}, platforms: {}, pii: {} };

/**
 * Takes the server's tables; anything that is not a table of strings is ignored.
 * @param {unknown} server
 */
export function applyLabels(server) {
  const given = server && typeof server === 'object' ? /** @type {Record<string, unknown>} */ (server) : {};
  for (const name of /** @type {(keyof LabelTables)[]} */ (Object.keys(labels))) {
    const table = given[name];
    /** @type {Record<string, string>} */
    const clean = {};
    if (table && typeof table === 'object') {
      for (const [key, value] of Object.entries(table)) {
        if (typeof value === 'string') {
          clean[norm(key)] = value;
        }
      }
    }
    labels[name] = clean;
  }
}

export const SENDERS = Object.freeze({ user: '商家', bot: '机器人', agent: '客服', system: '系统' });

/**
 * An own property of a label table, or undefined (never one of Object.prototype's).
 * @param {Readonly<Record<string, string>>} table
 * @param {string} key
 * @returns {string | undefined}
 */
export function lookup(table, key) {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

/**
 * @param {unknown} reason
 * @returns {string}
 */
export function reasonLabel(reason) {
  return lookup(labels.reasons, norm(reason)) || (reason ? str(reason) : '未说明原因');
}

/**
 * The platform in Chinese, the code itself when unknown, '' when there is none.
 * @param {unknown} platform
 * @returns {string}
 */
export function platformLabel(platform) {
  if (!platform) {
    return '';
  }
  return lookup(labels.platforms, norm(platform)) || str(platform);
}

/**
 * The platform line of a list item: "平台：抖店", or "平台未知".
 * @param {unknown} platform
 * @returns {string}
 */
export function platformLine(platform) {
  const label = platformLabel(platform);
  return label ? `平台：${label}` : '平台未知';
}

/**
 * The platform in the context panel: "抖店（douyin）", the code alone when unknown, "未知".
 * @param {unknown} platform
 * @returns {string}
 */
export function platformDetail(platform) {
  if (!platform) {
    return '未知';
  }
  const label = platformLabel(platform);
  return label + (label !== str(platform) ? `（${str(platform)}）` : '');
}

/**
 * @param {unknown} kind
 * @returns {string}
 */
export function kindLabel(kind) {
  const code = str(kind) || 'live';
  return lookup(labels.kinds, norm(code)) || code;
}

/**
 * @param {unknown} presence
 * @returns {string}
 */
export function presenceLabel(presence) {
  return lookup(labels.presence, norm(presence)) || str(presence) || '未知';
}

/**
 * @param {unknown} status
 * @returns {string}
 */
export function statusLabel(status) {
  return lookup(labels.statuses, norm(status)) || str(status) || '—';
}

/**
 * An agent's load: "2 个会话"; a boolean as busy or idle; '' when unknown.
 * @param {unknown} active
 * @returns {string}
 */
export function loadLabel(active) {
  if (typeof active === 'number' && Number.isFinite(active)) {
    return `${active} 个会话`;
  }
  if (typeof active === 'boolean') {
    return active ? '有会话' : '空闲';
  }
  return '';
}

/**
 * An agent as a transfer target: "小李 · 在线 · 2 个会话".
 * @param {import('./types.js').Agent} agent
 * @returns {string}
 */
export function agentOptionText(agent) {
  const parts = [str(agent.displayName) || str(agent.username), presenceLabel(agent.presence)];
  const load = loadLabel(agent.active);
  if (load) {
    parts.push(load);
  }
  return parts.join(' · ');
}

/**
 * Who sent an activity: its role (user, bot, agent; system for what is not a message), the line
 * shown above the bubble ("客服 · 小李") and its English title.
 * @param {import('./types.js').ActivityView} activity
 * @returns {{ role: string, who: string, title: string }}
 */
export function senderOf(activity) {
  const type = str(activity.type) || 'message';
  const from = activity.from && typeof activity.from === 'object' ? activity.from : {};
  const role = type === 'message' ? (str(from.role) || 'user') : 'system';
  const roleName = lookup(SENDERS, role) || role;
  const name = str(from.name);
  return {
    role,
    who: name && name !== roleName ? `${roleName} · ${name}` : roleName,
    title: `From: ${role}${from.id ? ` (${str(from.id)})` : ''}`
  };
}
