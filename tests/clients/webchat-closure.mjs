// Web Chat in headless Chromium: an FAQ question answered with its followup buttons, then the
// closure walkthrough with an FAQ question in the middle (answered, then 我们继续), 上一步, and
// a blocker the merchant leaves for later, a reload of the page and 继续, the end of the walkthrough
// and its next-walkthrough button; merchant text with HTML in it shows as text.
// Usage: node webchat-closure.mjs http://127.0.0.1:PORT SCREENSHOT.png
import { check } from './lib.mjs';
import { clickAction, noErrors, runScenario, seeText, type, watchErrors } from './browser.mjs';

const [base, screenshot] = process.argv.slice(2);
await runScenario(async (browser) => {
  const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 900, height: 1200 } });
  const errors = watchErrors(page);
  await page.goto(`${base}/`);
  await seeText(page, '我是 ShopExit 商家助手');

  await type(page, '什么是仅退款？');
  await seeText(page, '是指消费者购买商品后');
  check(await page.locator('.webchat__suggested-actions button').count() > 0, 'the answer offers followup buttons');

  await type(page, '<img src=x onerror="window.__xss=1">你好');
  await seeText(page, '您好');
  check(await page.evaluate(() => window.__xss === undefined), 'HTML typed by the merchant is not run');

  await type(page, '店铺注销');
  await seeText(page, '哪个平台');
  await clickAction(page, '淘宝');
  await seeText(page, '未完成的订单和纠纷');
  await clickAction(page, '已完成');
  await seeText(page, '店铺资金');
  await type(page, '注销后店铺还能重新开吗');
  await seeText(page, '我们继续');
  await type(page, '上一步');
  await seeText(page, '第 1 项');
  await clickAction(page, '已完成');
  await seeText(page, '店铺资金');
  await clickAction(page, '已完成');
  await seeText(page, '备份');
  // Not backed up: the walkthrough stops there with what to do, and the merchant leaves for later.
  await clickAction(page, '还没有');
  await seeText(page, '建议注销前先备份');
  await clickAction(page, '稍后再来');
  await seeText(page, '⛔ 先备份客户资料');
  await seeText(page, '已为您保存店铺注销的进度');
  console.log('ok a blocker pauses the walkthrough with where it stands');
  // Back later: the page is opened again (the conversation is kept in localStorage) and 继续 resumes at that item.
  await page.reload();
  await seeText(page, '已为您保存店铺注销的进度');
  await type(page, '继续');
  await seeText(page, '我们继续');
  await clickAction(page, '已完成');
  await seeText(page, '注销店铺');
  await clickAction(page, '已提交');
  await seeText(page, '小结一下您的店铺注销');
  await seeText(page, '✅ 备份客户资料');
  await seeText(page, '⬜ 联系平台客服确认注销已生效');
  await seeText(page, '祝您一切顺利');
  console.log('ok after a reload the walkthrough resumed at the blocked item and finished with its summary');
  // The end offers the next walkthrough as a button.
  await clickAction(page, '保证金退款');
  await seeText(page, '被封禁');
  noErrors(errors);
  await page.screenshot({ path: screenshot, fullPage: true });
  console.log(`ok screenshot ${screenshot}`);
});
