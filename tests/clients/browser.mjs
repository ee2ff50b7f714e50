// Headless Debian Chromium driven by playwright-core (no browser download: it uses /usr/bin/chromium).
import { chromium } from 'playwright-core';
import { check } from './lib.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

/** Collects page errors and console errors so a test can assert there were none. */
export function watchErrors(page) {
  const errors = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) {
      errors.push(`console: ${message.text()}`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400) {
      errors.push(`HTTP ${response.status()} ${response.request().method()} ${response.url()}`);
    }
  });
  return errors;
}

/** Waits until a bot bubble in the transcript contains the text. */
export async function seeText(page, text, timeout = 15000) {
  await page.locator('.webchat__bubble:not(.webchat__bubble--from-user)').getByText(text, { exact: false }).last().waitFor({ timeout });
  console.log(`ok sees "${text}"`);
}

/** Clicks the suggested action with this title (only the last bot message has them). */
export async function clickAction(page, title) {
  const button = page.locator('.webchat__suggested-actions').getByRole('button', { name: title, exact: true });
  await button.first().waitFor({ timeout: 15000 });
  await button.first().click();
  console.log(`ok clicked "${title}"`);
}

/** Types a message in the send box and sends it. */
export async function type(page, text) {
  const box = page.getByRole('textbox').first();
  await box.fill(text);
  await box.press('Enter');
  console.log(`ok typed "${text}"`);
}

export function noErrors(errors) {
  check(errors.length === 0, `no page errors${errors.length ? ': ' + errors.join(' | ') : ''}`);
}

/**
 * Runs a browser scenario: launches Chromium, runs `scenario(browser)`, reports a thrown error
 * as a FAIL line (exit code 1), closes the browser, and prints "done" when everything passed.
 */
export async function runScenario(scenario) {
  const browser = await launch();
  try {
    await scenario(browser);
  } catch (error) {
    console.log(`FAIL ${error.message}`);
    process.exitCode = 1;
  } finally {
    await browser.close();
  }
  if (!process.exitCode) {
    console.log('done');
  }
}
