// Web Chat in headless Chromium on a phone-sized screen, as an English-speaking merchant: the page
// follows the browser's language, and both walkthroughs are finished by clicking only the bot's
// own buttons (the closure on Kuaishou, then the deposit refund it offers). Then the zh/EN switch
// turns the page and the bot to Chinese.
// Usage: node webchat-english-clicked.mjs http://127.0.0.1:PORT SCREENSHOT-DIR
import { check } from './lib.mjs';
import { clickAction, noErrors, runScenario, seeText, watchErrors } from './browser.mjs';

const [base, screenshots] = process.argv.slice(2);
await runScenario(async (browser) => {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${base}/`);
  await seeText(page, 'the ShopExit merchant assistant');
  check((await page.locator('h1').textContent()) === 'ShopExit merchant assistant', 'the page title is in English');
  check((await page.getAttribute('html', 'lang')) === 'en-US', 'the page language is en-US');

  await clickAction(page, 'Close my shop');
  await seeText(page, 'Which platform is your shop on?');
  await clickAction(page, 'Kuaishou shop');
  await seeText(page, 'three things to prepare');
  check(await page.locator('.webchat__bubble--from-user').getByText('Kuaishou shop').count() > 0, "the merchant's bubble shows the button's title");
  await clickAction(page, 'Done');
  await seeText(page, 'withdrawn all shop funds');
  await clickAction(page, 'Not yet');
  await seeText(page, 'withdraw the whole balance before closing');
  await clickAction(page, 'Done, continue');
  await seeText(page, 'backed up important data');
  await clickAction(page, 'Done');
  await seeText(page, 'Have you submitted the closure request');
  await clickAction(page, 'Submitted');
  await seeText(page, 'where your shop closure stands');
  await page.screenshot({ path: `${screenshots}/en-closure-375.png`, fullPage: false });
  await clickAction(page, 'Deposit refund');
  await seeText(page, 'banned');
  await clickAction(page, 'No');
  await seeText(page, 'disputes');
  await clickAction(page, 'No');
  await clickAction(page, 'Submitted');
  await clickAction(page, 'Still under review');
  await seeText(page, 'I hope the refund goes smoothly');
  // Chinese page labels in brackets (保证金管理) help the merchant find the platform's button; any other Chinese is a defect.
  const botTexts = await page.locator('.webchat__bubble:not(.webchat__bubble--from-user)').allTextContents();
  const chinese = botTexts.map((t) => t.replace(/[(（][^)）]*[)）]/g, '')).filter((t) => /[\u4e00-\u9fff]{2,}/.test(t));
  check(chinese.length === 0, `no bot message of the English walkthroughs is in Chinese${chinese.length ? ': ' + chinese[0] : ''}`);
  await page.screenshot({ path: `${screenshots}/en-deposit-375.png`, fullPage: false });

  await page.getByRole('button', { name: '切换到中文' }).click();
  await seeText(page, '接下来我用中文为您服务');
  await seeText(page, '我是 ShopExit 商家助手');
  check((await page.locator('h1').textContent()) === 'ShopExit 商家助手', 'the switch turns the page to Chinese');
  await clickAction(page, '常见问题');
  await seeText(page, '大家常问的问题');
  noErrors(errors);
  await page.screenshot({ path: `${screenshots}/en-switched-to-zh-375.png`, fullPage: false });
  console.log('ok screenshots kept');
});
