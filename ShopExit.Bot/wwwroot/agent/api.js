// @ts-check
// The agent API (/api/agent/..., Handoff/AgentApi.cs): fetch with the bearer token, typed errors,
// AbortSignal support. No DOM: node's test runner imports this module.
//
// Every authenticated request also stops when the session ends (state.sessionAbort), so no late
// answer of an older session reaches the page. An aborted request rejects with an ApiError whose
// code is 'Aborted' and that is marked handled: callers report nothing for it.
import { enc, str } from './format.js';
import { state, sessionSignal } from './state.js';

/** @typedef {import('./types.js').Handoff} Handoff */
/** @typedef {import('./types.js').ActivityView} ActivityView */
/** @typedef {import('./types.js').Agent} Agent */
/** @typedef {import('./types.js').Stats} Stats */
/** @typedef {import('./types.js').CannedReply} CannedReply */
/** @typedef {import('./types.js').LoginResponse} LoginResponse */

/**
 * A failed call. status is the HTTP status, 0 when there was no answer. code is the server's
 * error code (or the status as text), or one of the console's own: Network, Aborted, NoSession,
 * BadResponse. handled: the error was already dealt with (the login is shown again, say), so
 * it is not reported.
 */
export class ApiError extends Error {
  /**
   * @param {number} status
   * @param {string} code
   * @param {string} message
   * @param {boolean} [handled]
   */
  constructor(status, code, message, handled = false) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.handled = handled;
  }

  /** Whether the request was aborted (a newer load, a closed conversation, a logout). */
  get aborted() {
    return this.code === 'Aborted';
  }
}

/**
 * The HTTP status of an error, 0 when it is not an ApiError or there was no answer.
 * @param {unknown} err
 * @returns {number}
 */
export function statusOf(err) {
  return err instanceof ApiError ? err.status : 0;
}

/**
 * The server's error code of an error (AgentOffline, SameAgent, ...), '' when it is not an ApiError.
 * @param {unknown} err
 * @returns {string}
 */
export function codeOf(err) {
  return err instanceof ApiError ? err.code : '';
}

/**
 * What the agent reads when the server says nothing about an error.
 * @param {number} status
 * @returns {string}
 */
export function defaultMessage(status) {
  switch (status) {
    case 400: return '请求无效';
    case 401: return '未登录或登录已过期';
    case 403: return '没有权限执行此操作';
    case 404: return '未找到（可能已被处理）';
    case 409: return '状态已变化，操作未执行';
    case 429: return '操作太频繁，请稍后再试';
    default: return status >= 500 ? '服务器出错，请稍后再试' : '请求失败';
  }
}

/**
 * An error for the status bar: "没有权限执行此操作（HTTP 403 Forbidden）".
 * @param {unknown} err
 * @returns {string}
 */
export function describe(err) {
  if (err instanceof ApiError) {
    const code = err.code && err.code !== String(err.status) ? ` ${err.code}` : '';
    return err.message + (err.status ? `（HTTP ${err.status}${code}）` : '');
  }
  const message = err && typeof err === 'object' && 'message' in err && err.message ? err.message : err;
  return str(message) || '未知错误';
}

/** @returns {ApiError} */
function aborted() {
  return new ApiError(0, 'Aborted', '请求已取消', true);
}

/** @type {() => void} */
let onUnauthorized = () => {};

/**
 * What to do when the server answers 401 to a call of the current session (main.js ends the
 * session and shows the login).
 * @param {() => void} handler
 */
export function setUnauthorizedHandler(handler) {
  onUnauthorized = handler;
}

/**
 * @typedef {object} RequestOptions
 * @property {unknown} [body] Sent as JSON.
 * @property {boolean} [anonymous] Without the token (the login).
 * @property {AbortSignal} [signal]
 */

/**
 * Calls the API: the parsed JSON answer, null for 204 or an empty body. Throws ApiError; a 401 on
 * an authenticated call ends the session (the error is then handled).
 * @param {'GET' | 'POST'} method
 * @param {string} path
 * @param {RequestOptions} [options]
 * @returns {Promise<unknown>}
 */
export async function request(method, path, options = {}) {
  const { body, anonymous = false } = options;
  /** @type {Record<string, string>} */
  const headers = { Accept: 'application/json' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  /** @type {AbortSignal | undefined} */
  let signal = options.signal;
  if (!anonymous) {
    if (!state.session) {
      throw new ApiError(401, 'NoSession', '未登录', true);
    }
    headers.Authorization = `Bearer ${state.session.token}`;
    signal = signal ? AbortSignal.any([signal, sessionSignal()]) : sessionSignal();
  }

  /** @type {Response} */
  let response;
  try {
    response = await globalThis.fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
      credentials: 'same-origin',
      signal
    });
  } catch {
    throw signal?.aborted ? aborted() : new ApiError(0, 'Network', '网络错误，无法连接服务器');
  }
  const text = response.status === 204 ? '' : await response.text().catch(() => '');
  if (signal?.aborted) {
    throw aborted();
  }

  /** @type {unknown} */
  let data = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (!response.ok) {
    const error = data && typeof data === 'object' && 'error' in data && data.error && typeof data.error === 'object' ? data.error : {};
    const code = 'code' in error ? str(error.code) : '';
    const message = 'message' in error ? str(error.message) : '';
    const err = new ApiError(response.status, code || String(response.status), message || defaultMessage(response.status));
    if (response.status === 401 && !anonymous) {
      err.handled = true;
      onUnauthorized();
    }
    throw err;
  }
  return data;
}

/**
 * A typed call (the server is trusted for the shape; the callers still check what they use).
 * @template T
 * @param {'GET' | 'POST'} method
 * @param {string} path
 * @param {RequestOptions} [options]
 * @returns {Promise<T | null>}
 */
async function call(method, path, options) {
  return /** @type {T | null} */ (await request(method, path, options));
}

/** The calls the console makes, one per endpoint. */
export const agentApi = {
  /**
   * @param {string} username
   * @param {string} password
   * @returns {Promise<LoginResponse | null>}
   */
  login: (username, password) => call('POST', '/api/agent/token', { body: { username, password }, anonymous: true }),

  /**
   * @param {'online' | 'away'} presence
   * @returns {Promise<null>}
   */
  presence: (presence) => call('POST', '/api/agent/presence', { body: { presence } }),

  /**
   * The display names of the server's codes (DeskLabelCatalog.cs).
   * @param {AbortSignal} [signal]
   * @returns {Promise<unknown>}
   */
  labels: (signal) => call('GET', '/api/agent/labels', { signal }),

  /**
   * @param {AbortSignal} [signal]
   * @returns {Promise<Agent[] | null>}
   */
  agents: (signal) => call('GET', '/api/agent/agents', { signal }),

  /**
   * @param {AbortSignal} [signal]
   * @returns {Promise<Stats | null>}
   */
  stats: (signal) => call('GET', '/api/agent/stats', { signal }),

  /**
   * @param {string} q
   * @param {string} platform The open conversation's platform ('' when unknown).
   * @param {AbortSignal} [signal]
   * @returns {Promise<CannedReply[] | null>}
   */
  canned: (q, platform, signal) => call('GET', `/api/agent/canned?q=${enc(q)}${platform ? `&platform=${enc(platform)}` : ''}`, { signal }),

  /**
   * @param {'waiting' | 'active'} status
   * @param {AbortSignal} [signal]
   * @returns {Promise<Handoff[] | null>}
   */
  handoffs: (status, signal) => call('GET', `/api/agent/handoffs?status=${status}`, { signal }),

  /**
   * @param {string} id
   * @returns {Promise<Handoff | null>}
   */
  claim: (id) => call('POST', `/api/agent/handoffs/${enc(id)}/claim`),

  /**
   * @param {string} id
   * @param {string} text
   * @returns {Promise<{ id?: string } | null>}
   */
  send: (id, text) => call('POST', `/api/agent/handoffs/${enc(id)}/messages`, { body: { text } }),

  /**
   * @param {string} id
   * @returns {Promise<null>}
   */
  typing: (id) => call('POST', `/api/agent/handoffs/${enc(id)}/typing`),

  /**
   * @param {string} id
   * @param {AbortSignal} [signal]
   * @returns {Promise<{ activities?: ActivityView[] } | null>}
   */
  transcript: (id, signal) => call('GET', `/api/agent/handoffs/${enc(id)}/transcript`, { signal }),

  /**
   * @param {string} id
   * @param {string} activityId
   * @returns {Promise<{ text?: string } | null>}
   */
  reveal: (id, activityId) => call('POST', `/api/agent/handoffs/${enc(id)}/reveal`, { body: { activityId } }),

  /**
   * @param {string} id
   * @param {string} to The target agent's username.
   * @returns {Promise<Handoff | null>}
   */
  transfer: (id, to) => call('POST', `/api/agent/handoffs/${enc(id)}/transfer`, { body: { to } }),

  /**
   * @param {string} id
   * @returns {Promise<Handoff | null>}
   */
  resolve: (id) => call('POST', `/api/agent/handoffs/${enc(id)}/resolve`),

  /**
   * At logout, best effort: tells the desk this agent is away, without waiting for the answer
   * (keepalive: it still goes out while the page changes).
   * @param {string} token
   */
  awayBeacon(token) {
    globalThis.fetch('/api/agent/presence', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ presence: 'away' }),
      keepalive: true
    }).catch(() => { /* logging out anyway */ });
  }
};
