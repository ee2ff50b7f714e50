// Shared helpers for the real-client scripts: each check prints "ok ..." or "FAIL ..." and the
// first failure ends the script with exit code 1, which fails the xunit test that ran it.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

// DirectLineJS in Node needs these globals (protocols.md).
global.XMLHttpRequest = require('xhr2');
global.WebSocket = require('ws');

export const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

export function check(condition, message) {
  if (!condition) {
    console.log(`FAIL ${message}`);
    process.exit(1);
  }
  console.log(`ok ${message}`);
}

export function fail(message) {
  check(false, message);
}

export async function widgetToken(base) {
  const response = await fetch(`${base}/api/widget/token`, { method: 'POST' });
  check(response.ok, `widget token (${response.status})`);
  return response.json();
}

export function userOf(token) {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')).user;
}

export function sequenceOf(activity) {
  return Number(activity.id.split('|')[1]);
}

/**
 * The stored activities a client received: typing is shown and forgotten (never stored, so it has
 * no id or watermark), and the bot sends it when a turn takes over 300 ms, as on a loaded machine.
 */
export function transcriptOf(activities) {
  return activities.filter((a) => a.type !== 'typing');
}

/** A DirectLineJS client that records every activity and can wait for one. */
export class Client {
  constructor(options) {
    this.directLine = new DirectLine({ webSocket: true, ...options });
    this.activities = [];
    this.waiters = [];
    this.subscription = this.directLine.activity$.subscribe({
      next: (activity) => {
        this.activities.push(activity);
        this.waiters = this.waiters.filter((waiter) => !waiter(activity));
      },
      error: (error) => console.log(`activity$ error: ${error}`),
    });
  }

  waitFor(predicate, label, timeoutMs = 15000) {
    const found = this.activities.find(predicate);
    if (found) {
      return Promise.resolve(found);
    }
    return new Promise((resolve) => {
      const timer = setTimeout(() => fail(`timed out waiting for ${label}`), timeoutMs);
      this.waiters.push((activity) => {
        if (predicate(activity)) {
          clearTimeout(timer);
          resolve(activity);
          return true;
        }
        return false;
      });
    });
  }

  botSays(fragment, after = 0) {
    return this.waitFor(
      (a) => a.type === 'message' && a.from.role === 'bot' && sequenceOf(a) > after && (a.text || '').includes(fragment),
      `the bot to say "${fragment}"`);
  }

  post(text, userId) {
    const clientActivityID = `client-${Math.random().toString(36).slice(2)}`;
    return new Promise((resolve) => {
      this.directLine.postActivity({ type: 'message', from: { id: userId }, text, channelData: { clientActivityID } })
        .subscribe({
          next: (id) => resolve({ id, clientActivityID }),
          error: (error) => fail(`post "${text}": ${error && (error.status || error.message)}`),
        });
    });
  }

  end() {
    this.subscription.unsubscribe();
    this.directLine.end();
  }
}
