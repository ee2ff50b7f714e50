// The human handoff end to end, in two browser contexts: a merchant in Web Chat, stopped at a
// blocker of the closure walkthrough, asks for a human (the agent's panel shows the walkthrough);
// an agent logs into /agent, claims the conversation, and they exchange messages both ways; HTML
// typed by the merchant shows as text in the console; the agent's messages carry the agent's name
// and initials; the agent resolves; the merchant rates in words and the walkthrough goes on.
// Usage: node webchat-handoff.mjs http://127.0.0.1:PORT USERNAME PASSWORD SCREENSHOT-PREFIX
import { check } from './lib.mjs';
import { clickAction, noErrors, runScenario, seeText, type, watchErrors } from './browser.mjs';

const [base, username, password, screenshots] = process.argv.slice(2);
await runScenario(async (browser) => {
  const merchant = await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 900, height: 1000 } })).newPage();
  const agent = await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } })).newPage();
  const merchantErrors = watchErrors(merchant);
  const agentErrors = watchErrors(agent);

  await agent.goto(`${base}/agent/`);
  await agent.getByTestId('login-username').fill(username);
  await agent.getByTestId('login-password').fill(password);
  await agent.getByTestId('login-submit').click();
  await agent.getByTestId('presence').waitFor({ timeout: 15000 });
  console.log('ok the agent logged in');

  await merchant.goto(`${base}/`);
  await seeText(merchant, '我是 ShopExit 商家助手');
  // In the closure walkthrough, stopped at a blocker, the merchant asks for a person.
  await type(merchant, '注销店铺');
  await clickAction(merchant, '淘宝');
  await clickAction(merchant, '已完成');
  await clickAction(merchant, '还没有');
  await seeText(merchant, '全部提现');
  await type(merchant, '转人工');
  await seeText(merchant, '排在第 1 位');
  await type(merchant, '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>我的保证金还没退');

  const item = agent.getByTestId('queue-item').first();
  await item.waitFor({ timeout: 15000 });
  console.log('ok the handoff is in the agent\'s queue');
  await item.getByTestId('claim').click();
  await seeText(merchant, '已接入');

  const transcript = agent.getByTestId('transcript');
  await transcript.getByText('<img src=x onerror=', { exact: false }).first().waitFor({ timeout: 15000 });
  check(await agent.evaluate(() => window.__xss === undefined), 'the merchant\'s HTML shows as text and does not run in the console');
  await agent.getByTestId('context').waitFor();
  // The agent sees where the walkthrough stopped and what was answered, from the server's labels.
  const step = await agent.getByTestId('context-step').textContent();
  check(step.includes('第 2 步') && step.includes('清空店铺资金并提现') && step.includes('等待商家处理'), `the panel shows the blocked step (${step})`);
  const answers = await agent.getByTestId('context-answers').textContent();
  check(answers.includes('✅ 处理完未完成的订单和纠纷：已完成') && answers.includes('⛔ 清空店铺资金并提现：还没有'), `the panel lists the answers with their state (${answers})`);
  check((await agent.getByTestId('context-flow').textContent()).includes('店铺注销'), 'the panel names the walkthrough');

  await agent.getByTestId('reply-input').fill('您好，我是人工客服，我来帮您查保证金。');
  await agent.getByTestId('reply-send').click();
  await seeText(merchant, '我是人工客服，我来帮您查保证金');
  // The merchant can tell the agent from the bot: the agent's initials and name on the agent's message.
  await merchant.locator('.agent-avatar').first().waitFor({ timeout: 10000 });
  const initials = await merchant.locator('.agent-avatar').first().textContent();
  check(initials === '李', `the agent's message has the agent's initials as avatar (${initials})`);
  const status = await merchant.locator('.agent-status__name').first().textContent();
  check(status === '人工客服 小李', `the agent's message names the agent (${status})`);
  check(await merchant.locator('.webchat__initialsAvatar').getByText('助', { exact: true }).count() > 0, 'the bot\'s messages keep the bot\'s avatar');

  await type(merchant, '好的，麻烦您了');
  await transcript.getByText('好的，麻烦您了').first().waitFor({ timeout: 15000 });
  console.log('ok the merchant\'s message reached the agent live');

  await agent.screenshot({ path: `${screenshots}-agent.png` });
  await agent.getByTestId('resolve').click();
  await seeText(merchant, '人工客服已结束本次服务');
  // Rated in words; the thanks comes first, then the walkthrough goes on with its step's buttons last.
  await type(merchant, '非常满意');
  await seeText(merchant, '感谢您的评价');
  await clickAction(merchant, '已处理好，继续');
  await seeText(merchant, '重要数据');
  console.log('ok the rating was taken in words and the walkthrough went on after the thanks');
  await type(merchant, '什么是仅退款');
  await seeText(merchant, '是指消费者购买商品后');
  console.log('ok the merchant is back with the bot');

  noErrors(merchantErrors);
  noErrors(agentErrors);
  await merchant.screenshot({ path: `${screenshots}-merchant.png`, fullPage: true });
  console.log(`ok screenshots ${screenshots}-*.png`);
});
