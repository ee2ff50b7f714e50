// @ts-check
// Refreshing the lists: hub events come in bursts, and one refresh serves a burst. What a refresh
// does (the queue, my conversations, the statistics) is set by main.js, so that the modules that
// ask for one need not import the modules that do it.
import { state } from './state.js';

const EVENT_REFRESH_DELAY_MS = 400;

/** @type {() => void} */
let refresher = () => {};

/** @type {number | undefined} */
let timer;

/**
 * Sets what a refresh does.
 * @param {() => void} refresh
 */
export function setRefresher(refresh) {
  refresher = refresh;
}

/** Refreshes now. */
export function refreshAll() {
  refresher();
}

/** Refreshes soon, once for all the calls until then (nothing without a session). */
export function scheduleRefresh() {
  if (!state.session || timer !== undefined) {
    return;
  }
  timer = setTimeout(() => {
    timer = undefined;
    refresher();
  }, EVENT_REFRESH_DELAY_MS);
}

/** Drops a scheduled refresh (at logout). */
export function cancelScheduledRefresh() {
  clearTimeout(timer);
  timer = undefined;
}
