import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './console.mjs';

const s = await load('sentiment.js');

test('the known labels, with the score', () => {
  assert.deepEqual(s.sentimentInfo({ label: 'Negative', score: -0.8 }), { text: '😠 负面 -0.8', cls: 'sent-negative', title: 'Sentiment: Negative (-0.8)' });
  assert.deepEqual(s.sentimentInfo({ label: 'Neutral', score: 0 }), { text: '😐 中性 0', cls: 'sent-neutral', title: 'Sentiment: Neutral (0)' });
  assert.deepEqual(s.sentimentInfo({ label: 'positive' }), { text: '🙂 正面', cls: 'sent-positive', title: 'Sentiment: positive' });
});

test('an unknown label shows as it is, neutral', () => {
  assert.deepEqual(s.sentimentInfo({ label: 'Mixed', score: 0.123 }), { text: 'Mixed 0.12', cls: 'sent-neutral', title: 'Sentiment: Mixed (0.12)' });
  assert.deepEqual(s.sentimentInfo({ score: 0.5 }), { text: ' 0.5', cls: 'sent-neutral', title: 'Sentiment:  (0.5)' });
});

test('no sentiment: null, and the unknown display', () => {
  assert.equal(s.sentimentInfo(null), null);
  assert.equal(s.sentimentInfo(undefined), null);
  assert.equal(s.sentimentInfo({}), null);
  assert.deepEqual(s.sentimentDisplay(null), { text: '情绪未知', cls: 'sent-neutral', title: 'Sentiment unknown' });
});

test('a hurry shows with the sentiment, and a neutral one in the warning colour', () => {
  assert.deepEqual(s.sentimentInfo({ label: 'Neutral', score: 0, urgent: true }), { text: '😐 中性 0 · ⏰ 着急', cls: 'sent-negative', title: 'Sentiment: Neutral (0), urgent' });
  assert.deepEqual(s.sentimentInfo({ label: 'Negative', score: -0.8, urgent: true }), { text: '😠 负面 -0.8 · ⏰ 着急', cls: 'sent-negative', title: 'Sentiment: Negative (-0.8), urgent' });
  assert.equal(s.sentimentInfo({ label: 'Neutral', score: 0, urgent: false }).text, '😐 中性 0');
});
