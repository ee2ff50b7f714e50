import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { load } from './console.mjs';

const api = await load('api.js');
const { state } = await load('state.js');

const realFetch = globalThis.fetch;
let calls;

/** Answers every fetch with this (a Response, or a function of the request). */
function answer(respond) {
  globalThis.fetch = async (url, init) => {
    calls.push({ url, init });
    if (init.signal?.aborted) {
      throw init.signal.reason;
    }
    return typeof respond === 'function' ? respond(url, init) : respond;
  };
}

function json(status, body) {
  return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

beforeEach(() => {
  calls = [];
  state.session = { token: 'tok-1', expiresAt: null, username: 'lily', displayName: '小李', role: 'agent' };
  state.sessionAbort = new AbortController();
});

afterEach(() => {
  globalThis.fetch = realFetch;
  api.setUnauthorizedHandler(() => {});
  state.session = null;
  state.sessionAbort = null;
});

test('an authenticated GET: bearer token, JSON accepted, no cache, the parsed answer', async () => {
  answer(json(200, [{ id: 'h1' }]));
  assert.deepEqual(await api.agentApi.handoffs('waiting'), [{ id: 'h1' }]);
  const { url, init } = calls[0];
  assert.equal(url, '/api/agent/handoffs?status=waiting');
  assert.equal(init.method, 'GET');
  assert.deepEqual(init.headers, { Accept: 'application/json', Authorization: 'Bearer tok-1' });
  assert.equal(init.body, undefined);
  assert.equal(init.cache, 'no-store');
  assert.equal(init.credentials, 'same-origin');
});

test('a POST sends JSON; ids are encoded; 204 is null', async () => {
  answer(new Response(null, { status: 204 }));
  assert.equal(await api.agentApi.reveal('a/b', 'act-1'), null);
  const { url, init } = calls[0];
  assert.equal(url, '/api/agent/handoffs/a%2Fb/reveal');
  assert.equal(init.method, 'POST');
  assert.equal(init.headers['Content-Type'], 'application/json');
  assert.equal(init.body, '{"activityId":"act-1"}');
});

test('the login goes without a token', async () => {
  state.session = null;
  answer(json(200, { token: 't', username: 'lily' }));
  assert.deepEqual(await api.agentApi.login('lily', 'pw'), { token: 't', username: 'lily' });
  assert.equal(calls[0].url, '/api/agent/token');
  assert.equal(calls[0].init.headers.Authorization, undefined);
  assert.equal(calls[0].init.body, '{"username":"lily","password":"pw"}');
});

test('an error carries the server code and message', async () => {
  answer(json(409, { error: { code: 'AlreadyClaimed', message: 'Someone else took it.' } }));
  const err = await api.agentApi.claim('h1').catch((e) => e);
  assert.ok(err instanceof api.ApiError);
  assert.equal(err.status, 409);
  assert.equal(err.code, 'AlreadyClaimed');
  assert.equal(err.message, 'Someone else took it.');
  assert.equal(err.handled, false);
  assert.equal(api.statusOf(err), 409);
  assert.equal(api.describe(err), 'Someone else took it.（HTTP 409 AlreadyClaimed）');
});

test('an error without a body gets the default message', async () => {
  answer(new Response('<html>oops</html>', { status: 503 }));
  const err = await api.agentApi.stats().catch((e) => e);
  assert.equal(err.code, '503');
  assert.equal(err.message, '服务器出错，请稍后再试');
  assert.equal(api.describe(err), '服务器出错，请稍后再试（HTTP 503）');
});

test('a 401 ends the session: handled, and the handler is called', async () => {
  let ended = 0;
  api.setUnauthorizedHandler(() => ended++);
  answer(json(401, { error: { code: 'Unauthorized', message: 'no' } }));
  const err = await api.agentApi.agents().catch((e) => e);
  assert.equal(err.status, 401);
  assert.equal(err.handled, true);
  assert.equal(ended, 1);
});

test('a 401 to the login is the wrong password, not an ended session', async () => {
  let ended = 0;
  api.setUnauthorizedHandler(() => ended++);
  answer(json(401, { error: { code: 'InvalidCredentials', message: 'wrong' } }));
  const err = await api.agentApi.login('lily', 'bad').catch((e) => e);
  assert.equal(err.status, 401);
  assert.equal(err.handled, false);
  assert.equal(ended, 0);
});

test('no session: refused before any request', async () => {
  state.session = null;
  answer(json(200, []));
  const err = await api.agentApi.agents().catch((e) => e);
  assert.equal(err.code, 'NoSession');
  assert.equal(err.handled, true);
  assert.equal(calls.length, 0);
});

test('a network failure is a Network error', async () => {
  globalThis.fetch = async () => { throw new TypeError('Failed to fetch'); };
  const err = await api.agentApi.agents().catch((e) => e);
  assert.equal(err.code, 'Network');
  assert.equal(err.status, 0);
  assert.equal(api.describe(err), '网络错误，无法连接服务器');
});

test('an aborted load rejects as Aborted and handled (nothing to report)', async () => {
  answer(json(200, []));
  const controller = new AbortController();
  controller.abort();
  const err = await api.agentApi.canned('保证金', 'douyin', controller.signal).catch((e) => e);
  assert.equal(err.code, 'Aborted');
  assert.equal(err.aborted, true);
  assert.equal(err.handled, true);
});

test('the end of the session aborts its requests, even when the answer is already there', async () => {
  let ended = 0;
  api.setUnauthorizedHandler(() => ended++);
  answer(() => {
    state.sessionAbort.abort(); // the agent logs out while the answer comes in
    return json(401, {});
  });
  const err = await api.agentApi.handoffs('active').catch((e) => e);
  assert.equal(err.code, 'Aborted');
  assert.equal(ended, 0, 'a late 401 of an ended session does not end the next one');
});

test('describe: other errors by their message', () => {
  assert.equal(api.describe(new Error('boom')), 'boom');
  assert.equal(api.describe('text'), 'text');
  assert.equal(api.describe(null), '未知错误');
  assert.equal(api.defaultMessage(404), '未找到（可能已被处理）');
  assert.equal(api.defaultMessage(418), '请求失败');
});
