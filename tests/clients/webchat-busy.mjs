// The support page in headless Chromium when its address has used up its widget tokens: the
// first token request is answered 429 with Retry-After (as the server's limit answers it), and
// the page must say it is reconnecting, wait that long, ask again and start the chat, instead of
// stopping at 暂时无法连接客服助手. Then a page of another origin asks the bot for a token from the
// browser, and the bot refuses it (403, the Origin check). Keeps a screenshot of the waiting page.
// Usage: node webchat-busy.mjs http://127.0.0.1:PORT SCREENSHOT.png
import { check } from './lib.mjs';
import { runScenario, seeText } from './browser.mjs';

const RETRY_AFTER_S = 2;
const [base, screenshot] = process.argv.slice(2);
await runScenario(async (browser) => {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 900, height: 700 } });
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));

  const asked = [];
  await page.route('**/api/widget/token', async (route) => {
    asked.push(Date.now());
    if (asked.length === 1) {
      await route.fulfill({
        status: 429,
        headers: { 'Retry-After': String(RETRY_AFTER_S), 'Content-Type': 'application/json' },
        body: JSON.stringify({ error: { code: 'TooManyRequests', message: 'Too many requests from this address; try again in 2 s.' } }),
      });
      return;
    }
    await route.continue();
  });
  const issued = page.waitForResponse((response) => response.url().endsWith('/api/widget/token') && response.status() === 200);

  await page.goto(`${base}/`);
  const status = page.locator('#status');
  await status.getByText('正在重新连接').waitFor({ timeout: 5000 });
  check((await status.textContent()).includes(`${RETRY_AFTER_S} 秒`), 'the page says it is reconnecting and when');
  check(await page.getByText('暂时无法连接客服助手').count() === 0, 'the page does not show the dead end');
  await page.screenshot({ path: screenshot });

  await seeText(page, '我是 ShopExit 商家助手', 20000);
  const request = (await issued).request();
  check(asked.length === 2, `the page asked again once (${asked.length} requests)`);
  check(asked[1] - asked[0] >= RETRY_AFTER_S * 1000 - 100, `the page waited for Retry-After (${asked[1] - asked[0]} ms)`);
  check(await status.isHidden(), 'the status is gone once connected');
  const headers = await request.allHeaders();
  console.log(`ok the page's own token request passed the origin check (Origin: ${headers.origin ?? 'none'}, Sec-Fetch-Site: ${headers['sec-fetch-site'] ?? 'none'})`);
  check(pageErrors.length === 0, `no page errors${pageErrors.length ? ': ' + pageErrors.join(' | ') : ''}`);

  // Another site's page in a browser asking the bot for a token (a simple POST needs no CORS
  // preflight, so only the Origin check stops it from opening a conversation). The other site is
  // the bot's port under the name localhost: another origin, and loopback like the bot, so the
  // browser's rules for public pages calling local addresses do not get in the way; its own
  // content security policy (connect-src 'self') is bypassed, as a hostile site would not set one.
  const other = await browser.newContext({ bypassCSP: true });
  const foreign = await other.newPage();
  await foreign.goto(`${base.replace('127.0.0.1', 'localhost')}/healthz`);
  const refused = foreign.waitForResponse((response) => response.url() === `${base}/api/widget/token`);
  await foreign.evaluate((url) => fetch(url, { method: 'POST', mode: 'no-cors', body: '{}' }).catch(() => null), `${base}/api/widget/token`);
  const answer = await refused;
  check(answer.status() === 403, `a page of another origin is refused a token (${answer.status()}, Origin: ${(await answer.request().allHeaders()).origin})`);
  await other.close();
});
