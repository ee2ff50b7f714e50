// The embed script on a merchant's site, on a phone: the bubble opens the support chat in a panel
// with its title and a close button; the welcome's buttons scroll in one row rather than filling
// the screen; the close button hides the panel and the bubble opens it again, same conversation.
// Usage: node webchat-widget.mjs http://127.0.0.1:PORT SCREENSHOT-DIR
import { createServer } from 'node:http';
import { check } from './lib.mjs';
import { runScenario, watchErrors } from './browser.mjs';

const [base, screenshots] = process.argv.slice(2);
await runScenario(async (browser) => {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const errors = watchErrors(page);
  // The shop's page, served on another port of this machine: another origin, as a real shop's.
  const shopPage = `<!DOCTYPE html><html lang="zh-CN"><head><meta name="viewport" content="width=device-width, initial-scale=1"><title>某某小店</title></head><body><h1>某某小店</h1><script src="${base}/widget.js" async></script></body></html>`;
  const server = createServer((request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(shopPage);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const shop = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}/`;
  await page.goto(shop);

  const bubble = page.locator('[data-shopexit=bubble]');
  await bubble.waitFor({ timeout: 15000 });
  await bubble.click();
  const frame = page.frameLocator('[data-shopexit=frame]');
  await frame.getByText('我是 ShopExit 商家助手', { exact: false }).first().waitFor({ timeout: 15000 });
  check(await frame.locator('#title').isVisible(), 'the panel shows its title');
  check(await frame.locator('#close').isVisible(), 'the panel has a close button');
  console.log('ok the bubble opened the panel with its title and a close button');

  // The welcome's menu: one row of buttons that scrolls, not a stack filling half the screen.
  const actions = frame.locator('.webchat__suggested-actions');
  await actions.first().waitFor({ timeout: 15000 });
  const box = await actions.first().boundingBox();
  check(box !== null && box.height < 120, `the menu takes one row at 375 px (${box && Math.round(box.height)} px high)`);
  await page.screenshot({ path: `${screenshots}/widget-375.png` });

  await frame.locator('#close').click();
  await page.locator('[data-shopexit=frame]').waitFor({ state: 'hidden', timeout: 5000 });
  check(await bubble.getAttribute('aria-expanded') === 'false', 'the bubble knows the panel is closed');
  console.log('ok the close button hid the panel');

  await bubble.click();
  await page.locator('[data-shopexit=frame]').waitFor({ state: 'visible', timeout: 5000 });
  const welcomes = await frame.locator('.webchat__bubble').filter({ hasText: '我是 ShopExit 商家助手' }).count();
  check(welcomes === 1, `the same conversation, not a new welcome (${welcomes} welcome)`);
  console.log('ok the bubble opened the same conversation again');
  check(errors.length === 0, `no page errors${errors.length ? ': ' + errors.join(' | ') : ''}`);
  server.close();
});
