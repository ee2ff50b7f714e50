// @ts-check
// The console's state, shared by the modules (no DOM).
import { str } from './format.js';

/** @typedef {import('./types.js').Handoff} Handoff */
/** @typedef {import('./types.js').ActivityView} ActivityView */
/** @typedef {import('./types.js').Agent} Agent */
/** @typedef {import('./types.js').Session} Session */

/**
 * The open conversation.
 * @typedef {object} OpenConversation
 * @property {string} id The handoff id.
 * @property {Handoff} handoff
 * @property {boolean} loaded Whether the transcript has arrived (merchant messages wait in pending until then).
 * @property {Set<string>} ids The activity ids shown (each message shows once).
 * @property {ActivityView[]} pending
 * @property {number} lastTypingSent When the agent's typing was last sent (ms since the epoch).
 * @property {AbortController} abort Aborted when the conversation closes: its loads stop.
 */

export const state = {
  /** @type {Session | null} */
  session: null,
  /**
   * Aborted at logout: every request of the session stops, and no late answer of an older
   * session reaches the page.
   * @type {AbortController | null}
   */
  sessionAbort: null,
  /** @type {'online' | 'away'} */
  presence: 'online',
  /** @type {Handoff[]} The waiting queue, oldest first. */
  queue: [],
  /** @type {Handoff[]} This agent's active conversations. */
  mine: [],
  /** @type {Agent[]} The transfer targets. */
  agents: [],
  /** @type {OpenConversation | null} */
  current: null,
  /** @type {string | null} The conversation to reopen after a reload. */
  pendingOpen: null,
  /** @type {Map<string, number>} Unread merchant messages by handoff id. */
  unread: new Map(),
  /** @type {Map<string, string>} Reply drafts by handoff id. */
  drafts: new Map(),
  /** @type {Set<string>} Claims in flight: their hub echo is not news to this agent. */
  claiming: new Set(),
  /** Whether a send, transfer or resolve of the open conversation is in flight. */
  busy: false
};

/**
 * The signal of the session: aborted at logout (already aborted when there is no session).
 * @returns {AbortSignal}
 */
export function sessionSignal() {
  return state.sessionAbort ? state.sessionAbort.signal : AbortSignal.abort();
}

/** @returns {boolean} */
export function isSupervisor() {
  return !!state.session && state.session.role === 'supervisor';
}

/**
 * Whether a username is the signed-in agent's (case-insensitive).
 * @param {unknown} username
 * @returns {boolean}
 */
export function isMe(username) {
  return !!state.session && !!username && str(username).toLowerCase() === state.session.username.toLowerCase();
}
