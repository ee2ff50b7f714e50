// Every module of the console imports without a DOM (none touches `document` at import time),
// carries // @ts-check, stays under 400 lines, and has no HTML sink. main.js is the exception to
// the first: it starts the console when it is imported.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { consoleDir, load } from './console.mjs';

const modules = (await readdir(consoleDir)).filter((name) => name.endsWith('.js')).sort();

test('the console is split into modules', () => {
  assert.ok(modules.length >= 10, modules.join(', '));
  assert.ok(!modules.includes('agent.js'), 'the old single file is gone');
  for (const name of ['api.js', 'session.js', 'hub.js', 'queue.js', 'conversation.js', 'context-panel.js', 'canned.js', 'dom.js', 'main.js']) {
    assert.ok(modules.includes(name), name);
  }
});

for (const name of modules) {
  test(`${name}: // @ts-check, under 400 lines, no HTML sink`, async () => {
    const source = await readFile(new URL(name, consoleDir), 'utf8');
    assert.ok(source.startsWith('// @ts-check\n'), 'starts with // @ts-check');
    assert.ok(source.split('\n').length <= 400, `${source.split('\n').length} lines`);
    assert.doesNotMatch(source, /\.(innerHTML|outerHTML)\b|insertAdjacentHTML|document\.write|\beval\(|new Function\(/);
  });

  if (name !== 'main.js') {
    test(`${name} imports without a DOM`, async () => {
      assert.equal(typeof globalThis.document, 'undefined');
      await load(name);
    });
  }
}

test('index.html loads main.js as a module', async () => {
  const html = await readFile(new URL('index.html', consoleDir), 'utf8');
  assert.match(html, /<script type="module" src="\/agent\/main\.js"><\/script>/);
  assert.doesNotMatch(html, /agent\.js/);
});
