// Temporary exploration (deleted after use): many conversations, transcripts and screenshots.
import { runScenario } from './browser.mjs';
import { writeFileSync } from 'node:fs';

const [base, out] = process.argv.slice(2);
const convos = JSON.parse(process.env.CONVOS);

async function botCount(page) {
  return page.locator('.webchat__bubble:not(.webchat__bubble--from-user)').count();
}

async function step(page, s) {
  const before = await botCount(page);
  if (s.click) {
    const button = page.locator('.webchat__suggested-actions').getByRole('button', { name: s.click, exact: true });
    await button.first().waitFor({ timeout: 10000 });
    await button.first().click();
  } else if (s.reload) {
    await page.reload();
    await page.waitForTimeout(2500);
    return;
  } else {
    const box = page.getByRole('textbox').first();
    await box.fill(s.type);
    await box.press('Enter');
  }
  for (let i = 0; i < 50 && (await botCount(page)) <= before; i++) await page.waitForTimeout(100);
  await page.waitForTimeout(700);
}

await runScenario(async (browser) => {
  let n = 0;
  for (const c of convos) {
    n++;
    const context = await browser.newContext({ locale: c.locale, viewport: { width: c.width, height: c.width < 500 ? 812 : 1000 }, isMobile: c.width < 500 });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.waitForTimeout(2000);
    let log = `### ${n}. ${c.name} (${c.locale}, ${c.width}px)\n`;
    for (const s of c.steps) {
      try {
        await step(page, s);
      } catch (e) {
        log += `!! step ${JSON.stringify(s)} failed: ${e.message.split('\n')[0]}\n`;
      }
    }
    const bubbles = await page.locator('.webchat__bubble').evaluateAll((els) => els.map((e) => (e.classList.contains('webchat__bubble--from-user') ? '> ' : '< ') + e.innerText.replace(/\n+/g, ' / ')));
    const buttons = await page.locator('.webchat__suggested-actions button').allInnerTexts();
    log += bubbles.join('\n') + `\n[buttons: ${buttons.join(' | ')}]\n\n`;
    writeFileSync(`${out}/c${n}.txt`, log);
    await page.screenshot({ path: `${out}/c${n}.png`, fullPage: false });
    await context.close();
    console.log(`ok conversation ${n}`);
  }
});
