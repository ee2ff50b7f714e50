// @ts-check
// sessionStorage (per tab, gone when the tab closes; never localStorage). Storage may be disabled:
// the console still works, and a reload asks for the login again.
import { str } from './format.js';

export const SESSION_KEY = 'shopexit.agent.session.v1';
export const PRESENCE_KEY = 'shopexit.agent.presence.v1';
export const OPEN_KEY = 'shopexit.agent.open.v1';

/**
 * @param {string} key
 * @returns {string | null}
 */
export function storeGet(key) {
  try {
    return globalThis.sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

/**
 * Stores a value; null or undefined removes it.
 * @param {string} key
 * @param {string | null | undefined} value
 */
export function storeSet(key, value) {
  try {
    if (value === null || value === undefined) {
      globalThis.sessionStorage.removeItem(key);
    } else {
      globalThis.sessionStorage.setItem(key, value);
    }
  } catch {
    // Storage disabled: nothing is kept.
  }
}

/**
 * A stored session as JSON text, or null when it is not one.
 * @param {string | null} json
 * @returns {import('./types.js').Session | null}
 */
export function parseSession(json) {
  try {
    const s = JSON.parse(json || 'null');
    if (!s || typeof s.token !== 'string' || !s.token || typeof s.username !== 'string') {
      return null;
    }
    return s;
  } catch {
    return null;
  }
}

/** @returns {import('./types.js').Session | null} */
export function readSession() {
  return parseSession(storeGet(SESSION_KEY));
}

/**
 * Whether a session's expiry time has passed (a session without one does not expire here).
 * @param {{ expiresAt?: unknown } | null | undefined} s
 * @param {number} [now]
 * @returns {boolean}
 */
export function isExpired(s, now = Date.now()) {
  const t = Date.parse(str(s && s.expiresAt));
  return !Number.isNaN(t) && t <= now;
}
