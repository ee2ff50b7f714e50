// The ticket path end to end, in two browser contexts: with nobody online, a merchant in Web Chat
// at 375 px asks for a human, gives no contact and is asked again with an example, gives one in a
// sentence, describes the problem, checks the summary and submits; gets a ticket number and the
// business hours; asks when agents work; adds a detail. Then an agent logs into /agent, sees the
// ticket's preview, claims it and writes in the chat; the merchant's reply reaches the agent, not
// the bot.
// Usage: node webchat-ticket.mjs http://127.0.0.1:PORT USERNAME PASSWORD SCREENSHOT-PREFIX
import { check } from './lib.mjs';
import { clickAction, noErrors, runScenario, seeText, type, watchErrors } from './browser.mjs';

const [base, username, password, screenshots] = process.argv.slice(2);
await runScenario(async (browser) => {
  const merchant = await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true })).newPage();
  const merchantErrors = watchErrors(merchant);

  await merchant.goto(`${base}/`);
  await seeText(merchant, '我是 ShopExit 商家助手');
  await type(merchant, '转人工');
  await seeText(merchant, '现在没有人工客服在线');
  await type(merchant, 'asdfgh');
  await seeText(merchant, '例如 138 0013 8000');
  console.log('ok an invalid contact is asked again with an example');
  await type(merchant, '我的电话是138 0013 8000');
  await seeText(merchant, '请简单描述');
  await type(merchant, '店铺注销后保证金一直没退');
  await seeText(merchant, '请确认您的留言');
  const summary = await merchant.locator('.webchat__bubble:not(.webchat__bubble--from-user)').last().textContent();
  check(summary.includes('13800138000') && summary.includes('店铺注销后保证金一直没退'), `the summary shows the contact and the problem (${summary})`);
  await merchant.screenshot({ path: `${screenshots}-summary-375.png` });
  await clickAction(merchant, '提交留言');
  await seeText(merchant, '已为您登记留言工单');
  const created = await merchant.locator('.webchat__bubble:not(.webchat__bubble--from-user)').last().textContent();
  const number = /T[0-9A-Z]{6}/.exec(created)?.[0];
  check(number !== undefined, `the merchant got a ticket number (${created})`);
  check(/客服工作时间：每天 \d\d:\d\d–\d\d:\d\d（北京时间）/.test(created), `the merchant was told the business hours (${created})`);
  await type(merchant, '你们客服几点上班？');
  await seeText(merchant, '客服会尽快联系您');
  console.log('ok 你们客服几点上班 is answered, with no second ticket');
  await type(merchant, '另外我的店铺ID是88231');
  await seeText(merchant, '已把这条消息补充到您的留言');

  const agent = await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } })).newPage();
  const agentErrors = watchErrors(agent);
  await agent.goto(`${base}/agent/`);
  await agent.getByTestId('login-username').fill(username);
  await agent.getByTestId('login-password').fill(password);
  await agent.getByTestId('login-submit').click();
  const item = agent.getByTestId('queue-item').first();
  await item.waitFor({ timeout: 15000 });
  const preview = await item.getByTestId('queue-preview').textContent();
  check(preview === '店铺注销后保证金一直没退 · 另外我的店铺ID是88231', `the queue card quotes the ticket and the addition (${preview})`);
  check((await item.textContent()).includes('工单'), 'the card says it is a ticket');
  await agent.screenshot({ path: `${screenshots}-queue-1280.png` });
  await item.getByTestId('claim').click();
  await seeText(merchant, '已接手您的留言');
  await agent.getByTestId('context').waitFor();
  check((await agent.getByTestId('context-ticket-number').textContent()) === number, 'the agent sees the ticket number');
  check((await agent.getByTestId('context-contact').textContent()) === '138****8000', 'the agent sees the contact masked');
  check((await agent.getByTestId('context-additions').textContent()).includes('另外我的店铺ID是88231'), 'the agent sees what the merchant added');

  await agent.getByTestId('reply-input').fill('您好，我是小美，您的保证金问题我来处理。');
  await agent.getByTestId('reply-send').click();
  await seeText(merchant, '您的保证金问题我来处理');
  const botBubbles = await merchant.locator('.webchat__bubble:not(.webchat__bubble--from-user)').count();
  await type(merchant, '好的谢谢，什么是仅退款？');
  await agent.getByTestId('transcript').getByText('好的谢谢，什么是仅退款？').first().waitFor({ timeout: 15000 });
  await merchant.waitForTimeout(1500);
  check(await merchant.locator('.webchat__bubble:not(.webchat__bubble--from-user)').count() === botBubbles, 'the merchant\'s reply reached the agent, and the bot did not answer it');

  noErrors(merchantErrors);
  noErrors(agentErrors);
  await merchant.screenshot({ path: `${screenshots}-merchant-375.png`, fullPage: true });
  await agent.screenshot({ path: `${screenshots}-agent-1280.png` });
  console.log(`ok screenshots ${screenshots}-*.png`);
});
