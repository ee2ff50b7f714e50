// @ts-check
// Pure helpers over handoffs and lists of them (no DOM).
import { norm, str } from './format.js';

/** @typedef {import('./types.js').Handoff} Handoff */
/** @typedef {import('./types.js').HandoffContext} HandoffContext */

/**
 * Whether two ids are the same (ids may come as numbers or strings).
 * @param {unknown} a
 * @param {unknown} b
 * @returns {boolean}
 */
export function sameId(a, b) {
  return String(a) === String(b);
}

/**
 * A handoff's context, {} when it has none.
 * @param {Handoff | null | undefined} h
 * @returns {HandoffContext}
 */
export function contextOf(h) {
  return h && h.context && typeof h.context === 'object' ? h.context : {};
}

/**
 * What the lists and the header show of a handoff (the handoff's own fields first).
 * @param {Handoff} h
 */
export function summaryOf(h) {
  const c = contextOf(h);
  return { reason: h.reason || c.reason, platform: h.platform || c.platform, sentiment: h.sentiment || c.sentiment };
}

/**
 * What a queue card quotes: the merchant's latest words (masked by the server); for a ticket, its
 * description and what the merchant added to it last.
 * @param {Handoff} h
 * @returns {string}
 */
export function previewOf(h) {
  const c = contextOf(h);
  if (h.kind === 'ticket') {
    const added = Array.isArray(c.additions) && c.additions.length > 0 ? c.additions[c.additions.length - 1] : '';
    return [str(c.description), str(added)].filter((x) => x !== '').join(' · ');
  }
  return h.lastMessage ? str(h.lastMessage.text) : '';
}

/**
 * Oldest first; a handoff without a time counts as the epoch.
 * @param {Handoff} a
 * @param {Handoff} b
 * @returns {number}
 */
export function byWaiting(a, b) {
  const ta = Date.parse(str(a.waitingSince));
  const tb = Date.parse(str(b.waitingSince));
  return (Number.isNaN(ta) ? 0 : ta) - (Number.isNaN(tb) ? 0 : tb);
}

/**
 * The queue's order: live chats first (a merchant is waiting in the chat), then tickets, each
 * oldest first.
 * @param {Handoff} a
 * @param {Handoff} b
 * @returns {number}
 */
export function byQueueOrder(a, b) {
  /** @param {Handoff} h */
  const rank = (h) => (norm(h.kind) === 'ticket' ? 1 : 0);
  return rank(a) - rank(b) || byWaiting(a, b);
}

/**
 * The handoffs of a list with an id, the first of each id; [] for what is not a list.
 * @param {unknown} list
 * @returns {Handoff[]}
 */
export function uniqueById(list) {
  const seen = new Set();
  /** @type {unknown[]} */
  const items = Array.isArray(list) ? list : [];
  return /** @type {Handoff[]} */ (items.filter((h) => {
    if (!h || typeof h !== 'object') {
      return false;
    }
    const id = /** @type {{ id?: unknown }} */ (h).id;
    if (id === null || id === undefined || seen.has(String(id))) {
      return false;
    }
    seen.add(String(id));
    return true;
  }));
}

/**
 * The list without the handoff of h's id, h at its end.
 * @param {readonly Handoff[]} list
 * @param {Handoff} h
 * @returns {Handoff[]}
 */
export function upsert(list, h) {
  return [...list.filter((x) => !sameId(x.id, h.id)), h];
}

/**
 * The list with h in place of the handoff of its id, or at its end.
 * @param {readonly Handoff[]} list
 * @param {Handoff} h
 * @returns {Handoff[]}
 */
export function replaceOrAppend(list, h) {
  return list.some((x) => sameId(x.id, h.id)) ? list.map((x) => (sameId(x.id, h.id) ? h : x)) : [...list, h];
}

/**
 * The waiting ones (a handoff without a status counts as waiting).
 * @param {unknown} list
 * @returns {Handoff[]}
 */
export function waitingOnly(list) {
  return uniqueById(list).filter((h) => !h.status || h.status === 'waiting');
}

/**
 * The active ones assigned to the agent isMe accepts (a handoff without a status counts as active).
 * @param {unknown} list
 * @param {(username: unknown) => boolean} isMe
 * @returns {Handoff[]}
 */
export function activeMine(list, isMe) {
  return uniqueById(list).filter((h) => (!h.status || h.status === 'active') && isMe(h.assignedTo));
}

/**
 * Why a conversation left this agent, for the status bar.
 * @param {Handoff} h The handoff as it is now.
 * @returns {string}
 */
export function leftBecause(h) {
  switch (h.status) {
    case 'resolved': return '该会话已结束';
    case 'cancelled': return '商家已取消该会话';
    case 'active': return `该会话已转接给 ${str(h.assignedToName) || str(h.assignedTo)}`;
    default: return '该会话已不再由你处理';
  }
}
