// Web Chat (the real bundle, served by ShopExit) in headless Chromium: open the support page,
// see the welcome, click 保证金退款, answer the questions, reload the page in the middle and
// carry on to the end. Keeps a screenshot.
// Usage: node webchat-deposit.mjs http://127.0.0.1:PORT SCREENSHOT.png
import { check } from './lib.mjs';
import { clickAction, noErrors, runScenario, seeText, type, watchErrors } from './browser.mjs';

const [base, screenshot] = process.argv.slice(2);
await runScenario(async (browser) => {
  const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 900, height: 1000 } });
  const errors = watchErrors(page);
  await page.goto(`${base}/`);

  await seeText(page, '我是 ShopExit 商家助手');
  await clickAction(page, '保证金退款');
  await seeText(page, '哪个平台');
  await clickAction(page, '抖音小店');
  await seeText(page, '被封禁');
  await clickAction(page, '否');
  await seeText(page, '未处理的交易纠纷');

  // Reload in the middle: the same conversation comes back with its history and the same step.
  const before = await page.evaluate(() => window.localStorage.getItem('shopexit.session.v1'));
  await page.reload();
  await seeText(page, '我是 ShopExit 商家助手');
  await seeText(page, '未处理的交易纠纷');
  const after = await page.evaluate(() => window.localStorage.getItem('shopexit.session.v1'));
  check(JSON.parse(before).conversationId === JSON.parse(after).conversationId, 'the reload kept the conversation');
  const welcomes = await page.locator('.webchat__bubble__content', { hasText: '我是 ShopExit 商家助手' }).count();
  await page.screenshot({ path: screenshot.replace('.png', '-reload.png'), fullPage: true });
  check(welcomes === 1, `the welcome appears once after the reload (${welcomes})`);

  await type(page, '没有');
  await seeText(page, '保证金管理');
  await clickAction(page, '已提交');
  await seeText(page, '3-7 个工作日');
  await clickAction(page, '已经到账');
  await seeText(page, '余额增加');
  await seeText(page, '小结一下您的保证金退款');
  await page.waitForTimeout(500);
  check(await page.getByText('发送失败').count() === 0 && await page.getByText('Send failed').count() === 0, 'no message shows as failed');
  noErrors(errors);
  await page.screenshot({ path: screenshot, fullPage: true });
  console.log(`ok screenshot ${screenshot}`);
});
