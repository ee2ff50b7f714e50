// DirectLineJS 0.15.8 from npm, in Node, through nginx in front of two bot instances on one
// PostgreSQL and one Redis: the merchant's REST calls go round robin to both while its stream is
// held on one; the deposit walkthrough runs to the middle; the instance holding the stream is
// SIGKILLed; DirectLineJS reconnects through nginx to the other and the walkthrough goes on at the
// same step, every activity once. An agent, logged in through the proxy, claims the handoff and
// they exchange messages both ways.
// Usage: node directline-failover.mjs http://127.0.0.1:NGINX NAME=PID NAME=PID AGENT PASSWORD
import { createRequire } from 'node:module';
import { Client, ConnectionStatus, check, sequenceOf, transcriptOf, userOf, widgetToken } from './lib.mjs';

const require = createRequire(import.meta.url);
const [base, ...rest] = process.argv.slice(2);
const [agentName, agentPassword] = rest.slice(-2);
const pids = Object.fromEntries(rest.slice(0, -2).map((pair) => pair.split('=')).map(([name, pid]) => [name, Number(pid)]));

// Which instance took the stream: the bot names itself on every response, the upgrade included.
const WS = require('ws');
let streamInstance = null;
global.WebSocket = class extends WS {
  constructor(...args) {
    super(...args);
    this.on('upgrade', (response) => { streamInstance = response.headers['x-shopexit-instance']; });
  }
};

const session = await widgetToken(base);
const user = userOf(session.token);
const client = new Client({ domain: `${base}/v3/directline`, token: session.token });
await client.botSays('您好');
let last = await client.post('保证金退款', user);
await client.botSays('哪个平台', sequenceOf({ id: last.id }));
last = await client.post('抖音小店', user);
await client.botSays('被封禁', sequenceOf({ id: last.id }));
check(streamInstance in pids, `the stream is held by instance ${streamInstance}`);

const killed = streamInstance;
process.kill(pids[killed], 'SIGKILL');
console.log(`ok killed instance ${killed}`);
await new Promise((resolve) => {
  const sub = client.directLine.connectionStatus$.subscribe((status) => {
    if (status === ConnectionStatus.Online && streamInstance !== killed) {
      sub.unsubscribe();
      resolve();
    }
  });
  setTimeout(resolve, 20000);
});
check(streamInstance !== killed, `DirectLineJS reconnected through nginx to instance ${streamInstance}`);
last = await client.post('否', user);
await client.botSays('未处理的交易纠纷', sequenceOf({ id: last.id }));
console.log('ok the walkthrough went on at the same step');

// An agent through the proxy claims the handoff; messages both ways.
const login = await (await fetch(`${base}/api/agent/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: agentName, password: agentPassword }) })).json();
const agent = (method, path, body) => fetch(`${base}${path}`, { method, headers: { 'content-type': 'application/json', authorization: `Bearer ${login.token}` }, body: body ? JSON.stringify(body) : undefined });
const online = await agent('POST', '/api/agent/presence', { presence: 'online' });
check(online.status === 204, `the agent is online (${online.status})`);
// Instances cache "is anyone online" for a second (AgentAvailability): the last turn may have just asked.
await new Promise((r) => setTimeout(r, 1500));
last = await client.post('转人工', user);
await client.botSays('排在第 1 位', sequenceOf({ id: last.id }));
const [handoff] = await (await agent('GET', '/api/agent/handoffs?status=waiting')).json();
check(handoff && handoff.context.walkthrough.stepNumber === 2, `the handoff carries the walkthrough's step (${handoff && handoff.context.walkthrough.stepNumber})`);
check((await agent('POST', `/api/agent/handoffs/${handoff.id}/claim`)).status === 200, 'the agent claimed the handoff');
await client.botSays('已接入');
await agent('POST', `/api/agent/handoffs/${handoff.id}/messages`, { text: '您好，我是小李。' });
await client.waitFor((a) => a.type === 'message' && a.text === '您好，我是小李。' && a.from.id === `agent:${agentName}`, 'the agent\'s message');
console.log('ok the agent\'s message reached the merchant');
await client.post('我的保证金被冻结了', user);
let seen = false;
for (let i = 0; i < 100 && !seen; i++) {
  const transcript = await (await agent('GET', `/api/agent/handoffs/${handoff.id}/transcript`)).json();
  seen = transcript.activities.some((a) => a.text === '我的保证金被冻结了');
  if (!seen) await new Promise((r) => setTimeout(r, 100));
}
check(seen, 'the merchant\'s message reached the agent');

// Every activity the client received once, in watermark order, none missing.
const sequences = transcriptOf(client.activities).map(sequenceOf);
check(new Set(sequences).size === sequences.length, 'no activity twice');
check(sequences.every((s, i) => i === 0 || s === sequences[i - 1] + 1), `no activity missing (${sequences.join(',')})`);
client.end();
console.log('done');
