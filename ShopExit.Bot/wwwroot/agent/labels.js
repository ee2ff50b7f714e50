// @ts-check
// The console's Chinese labels for the server's codes (pure: no DOM).
import { norm, str } from './format.js';

/** Why the bot escalated (EscalationReason.cs), by norm(). */
export const REASONS = Object.freeze({
  requested: '商家要求转人工',
  repeatedfallback: '机器人多次未能理解',
  topic: '需人工处理的问题',
  sentiment: '商家情绪激动或着急',
  walkthrough: '引导流程中需要人工处理'
});

/** The merchant's platform, by norm(). */
export const PLATFORMS = Object.freeze({
  douyin: '抖店',
  kuaishou: '快手小店',
  taobao: '淘宝',
  pinduoduo: '拼多多',
  generic: '其他平台'
});

export const PRESENCE = Object.freeze({ online: '在线', away: '离开', offline: '离线' });
export const STATUSES = Object.freeze({ waiting: '等待中', active: '进行中', resolved: '已结束', cancelled: '已取消' });
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
  return lookup(REASONS, norm(reason)) || (reason ? str(reason) : '未说明原因');
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
  return lookup(PLATFORMS, norm(platform)) || str(platform);
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
  return kind === 'ticket' ? '工单' : '实时';
}

/**
 * @param {unknown} presence
 * @returns {string}
 */
export function presenceLabel(presence) {
  return lookup(PRESENCE, str(presence)) || str(presence) || '未知';
}

/**
 * @param {unknown} status
 * @returns {string}
 */
export function statusLabel(status) {
  return lookup(STATUSES, str(status)) || str(status) || '—';
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
