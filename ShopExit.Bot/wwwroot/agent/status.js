// @ts-check
// The status bar at the bottom: notices pass after 6 seconds, errors stay until dismissed.
import { $ } from './dom.js';
import { ApiError, describe } from './api.js';

const NOTICE_MS = 6000;

/** @type {number | undefined} */
let timer;

/** @typedef {'info' | 'ok' | 'error'} StatusKind */

/**
 * Shows a message ('' hides the bar).
 * @param {string} message
 * @param {StatusKind} [kind]
 */
export function showStatus(message, kind = 'info') {
  const bar = $('status');
  // A passing notice does not hide an error the agent has not seen yet.
  if (kind === 'info' && bar.getAttribute('data-kind') === 'error' && message) {
    return;
  }
  window.clearTimeout(timer);
  $('status-text').textContent = message || '';
  bar.classList.remove('is-error', 'is-ok', 'is-info');
  if (message) {
    bar.classList.add(`is-${kind}`);
    bar.setAttribute('data-kind', kind);
  } else {
    bar.removeAttribute('data-kind');
  }
  $('status-close').hidden = !message;
  if (message && kind !== 'error') {
    timer = window.setTimeout(() => showStatus(''), NOTICE_MS);
  }
}

/**
 * Whether the bar shows an error whose text matches.
 * @param {RegExp} pattern
 * @returns {boolean}
 */
export function showsError(pattern) {
  return $('status').getAttribute('data-kind') === 'error' && pattern.test($('status-text').textContent || '');
}

/**
 * Reports a failure as "what：why" (nothing for an error already handled, or aborted).
 * @param {unknown} err
 * @param {string} what
 */
export function report(err, what) {
  if (!err || (err instanceof ApiError && err.handled)) {
    return;
  }
  if (!(err instanceof ApiError)) {
    console.error(err);
  }
  showStatus(`${what}：${describe(err)}`, 'error');
}
