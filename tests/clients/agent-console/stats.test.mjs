import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './console.mjs';

const { waitFigures } = await load('stats.js');

test('the waits show while someone waits; an average of earlier waits still shows', () => {
  assert.deepEqual(waitFigures({ waiting: 2, oldestWaitSeconds: 125, averageWaitSeconds: 70 }), { waiting: 2, oldest: '2 分 5 秒', average: '1 分 10 秒' });
  assert.deepEqual(waitFigures({ waiting: 0, oldestWaitSeconds: 0, averageWaitSeconds: 0 }), { waiting: 0, oldest: '—', average: '—' });
  assert.deepEqual(waitFigures({ waiting: 0, averageWaitSeconds: 30 }), { waiting: 0, oldest: '—', average: '30 秒' });
  assert.deepEqual(waitFigures({}), { waiting: 0, oldest: '—', average: '—' });
});
