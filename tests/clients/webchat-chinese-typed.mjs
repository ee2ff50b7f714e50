// Web Chat in headless Chromium on a desktop screen, as a Chinese merchant who only types, the
// short and sloppy way people do: the deposit refund with a real question asked at a yes/no step
// (answered, then the step again), then the closure. Nothing is clicked.
// Usage: node webchat-chinese-typed.mjs http://127.0.0.1:PORT SCREENSHOT-DIR
import { check } from './lib.mjs';
import { noErrors, runScenario, seeText, type, watchErrors } from './browser.mjs';

const [base, screenshots] = process.argv.slice(2);
await runScenario(async (browser) => {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${base}/`);
  await seeText(page, '我是 ShopExit 商家助手');
  check((await page.locator('h1').textContent()) === 'ShopExit 商家助手', 'the page title is in Chinese');

  await type(page, '我想退保证金');
  await seeText(page, '哪个平台');
  await type(page, '抖音的');
  await seeText(page, '被封禁');
  await type(page, '没有');
  await seeText(page, '纠纷或违规');
  await type(page, '我的保证金申请退了十天了还没到账');
  await seeText(page, '3–7 个工作日');
  await seeText(page, '我们继续');
  check(await page.locator('.webchat__bubble:not(.webchat__bubble--from-user)').filter({ hasText: '纠纷或违规' }).count() >= 2,
    'the question was answered and the step asked again, not taken as its answer');
  await type(page, '没');
  await seeText(page, '保证金管理');
  await type(page, '已经提交了');
  await seeText(page, '现在是什么情况');
  await type(page, '还在审核');
  await seeText(page, '祝您退款顺利');

  await type(page, '我要注销店铺');
  await seeText(page, '三项准备');
  await type(page, '好了');
  await seeText(page, '店铺资金');
  await type(page, '还没弄');
  await seeText(page, '全部提现');
  await type(page, '提好了');
  await seeText(page, '重要数据');
  await type(page, '弄好了');
  await seeText(page, '提交注销申请了吗');
  await type(page, '提交了');
  await seeText(page, '小结一下您的店铺注销');
  await seeText(page, '祝您一切顺利');
  await type(page, '不用了');
  await seeText(page, '还有其他可以帮您的吗');
  noErrors(errors);
  await page.screenshot({ path: `${screenshots}/zh-typed-desktop.png`, fullPage: true });
  console.log('ok screenshots kept');
});
