// DirectLineJS 0.15.8 from npm, in Node, against a running ShopExit: the deposit-refund
// walkthrough end to end; the echo with clientActivityID; a reconnect from a watermark that
// neither skips nor repeats; and another conversation's token refused.
// Usage: node directline-deposit.mjs http://127.0.0.1:PORT
import { Client, ConnectionStatus, check, sequenceOf, transcriptOf, userOf, widgetToken } from './lib.mjs';

const base = process.argv[2];
const domain = `${base}/v3/directline`;

const session = await widgetToken(base);
const user = userOf(session.token);
const client = new Client({ domain, token: session.token });

const welcome = await client.botSays('您好');
check(welcome.suggestedActions.actions.some((a) => a.title === '保证金退款'), 'welcome offers 保证金退款');

// The echo: our own activity comes back with a server id and the clientActivityID intact.
const posted = await client.post('保证金退款', user);
const echo = await client.waitFor((a) => a.channelData && a.channelData.clientActivityID === posted.clientActivityID, 'the echo');
check(echo.id === posted.id, 'the echo carries the id the POST answered');
check(echo.from.id === user, 'the echo is from the token\'s user');
check(/Z$/.test(echo.timestamp), 'timestamps are UTC ending in Z');

await client.botSays('哪个平台', sequenceOf(echo));
let last = await client.post('抖音小店', user);
await client.botSays('被封禁', sequenceOf({ id: last.id }));

// Reconnect from the watermark: a new client resumes the same conversation.
const watermark = client.directLine.watermark;
const seenBefore = new Set(client.activities.map((a) => a.id));
check(Number(watermark) >= sequenceOf({ id: last.id }), `watermark ${watermark} covers what was received`);
client.end();

const resumed = new Client({ domain, token: session.token, conversationId: session.conversationId, watermark });
last = await resumed.post('否', user);
const disputes = await resumed.botSays('未处理的交易纠纷', sequenceOf({ id: last.id }));
check(resumed.activities.every((a) => !seenBefore.has(a.id)), 'the reconnect repeated nothing');
check(resumed.activities.every((a) => sequenceOf(a) > Number(watermark)), 'the reconnect started right after the watermark');
const sequences = transcriptOf(resumed.activities).map(sequenceOf);
check(sequences.every((s, i) => i === 0 || s === sequences[i - 1] + 1), 'the reconnect skipped nothing');

last = await resumed.post('没有', user);
await resumed.botSays('保证金管理', sequenceOf({ id: last.id }));
last = await resumed.post('已提交', user);
const timing = await resumed.botSays('3-7 个工作日', sequenceOf({ id: last.id }));
check(timing.suggestedActions.actions.map((a) => a.title).includes('已经到账'), 'status choices offered');
last = await resumed.post('已经到账', user);
await resumed.botSays('余额增加', sequenceOf({ id: last.id }));
await resumed.botSays('小结一下您的保证金退款', sequenceOf({ id: last.id }));
check(disputes.replyToId !== undefined, 'bot replies name the activity they answer');
resumed.end();

// Another conversation's token does not open this one.
const other = await widgetToken(base);
const refused = await fetch(`${domain}/conversations/${session.conversationId}/activities`, {
  method: 'POST',
  headers: { Authorization: `Bearer ${other.token}`, 'Content-Type': 'application/json' },
  body: JSON.stringify({ type: 'message', text: 'hi', from: { id: userOf(other.token) } }),
});
check(refused.status === 403, `another conversation's token is refused (${refused.status})`);

const intruder = new Client({ domain, token: other.token, conversationId: session.conversationId });
const status = await new Promise((resolve) => {
  const timer = setTimeout(() => resolve('timeout'), 15000);
  intruder.directLine.connectionStatus$.subscribe((s) => {
    if (s === ConnectionStatus.FailedToConnect || s === ConnectionStatus.Online) {
      clearTimeout(timer);
      resolve(s);
    }
  });
});
check(status === ConnectionStatus.FailedToConnect, 'DirectLineJS with another conversation\'s token fails to connect');
check(intruder.activities.length === 0, 'and receives nothing of this conversation');
intruder.end();

console.log('done');
process.exit(0);
