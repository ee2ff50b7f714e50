import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './console.mjs';

const f = await load('format.js');

test('str: null and undefined are empty, the rest String()', () => {
  assert.equal(f.str(null), '');
  assert.equal(f.str(undefined), '');
  assert.equal(f.str(0), '0');
  assert.equal(f.str(false), 'false');
  assert.equal(f.str('抖店'), '抖店');
});

test('norm keeps letters and digits, in lower case', () => {
  assert.equal(f.norm('Repeated-Fallback'), 'repeatedfallback');
  assert.equal(f.norm('IdCardNumber'), 'idcardnumber');
  assert.equal(f.norm(' Neutral '), 'neutral');
  assert.equal(f.norm(null), '');
});

test('enc encodes a path segment', () => {
  assert.equal(f.enc('a/b c?'), 'a%2Fb%20c%3F');
  assert.equal(f.enc(12), '12');
});

test('fmtDuration: seconds, minutes and seconds, hours and minutes', () => {
  assert.equal(f.fmtDuration(0), '0 秒');
  assert.equal(f.fmtDuration(42.9), '42 秒');
  assert.equal(f.fmtDuration(185), '3 分 5 秒');
  assert.equal(f.fmtDuration(2 * 3600 + 10 * 60 + 59), '2 小时 10 分');
  assert.equal(f.fmtDuration(-5), '0 秒');
  assert.equal(f.fmtDuration('abc'), '0 秒');
  assert.equal(f.fmtDuration(undefined), '0 秒');
});

test('secondsSince: never negative, null for what is not a time', () => {
  const now = Date.parse('2026-03-01T10:00:00Z');
  assert.equal(f.secondsSince('2026-03-01T09:59:30Z', now), 30);
  assert.equal(f.secondsSince('2026-03-01T10:00:30Z', now), 0);
  assert.equal(f.secondsSince('not a time', now), null);
  assert.equal(f.secondsSince(null, now), null);
});

test('waitText and waitLevel: warn from 5 minutes, late from 10', () => {
  assert.equal(f.waitText(null), '等待时间未知');
  assert.equal(f.waitText(65), '等待 1 分 5 秒');
  assert.equal(f.waitLevel(null), null);
  assert.equal(f.waitLevel(299), null);
  assert.equal(f.waitLevel(300), 'warn');
  assert.equal(f.waitLevel(599.9), 'warn');
  assert.equal(f.waitLevel(600), 'late');
});

test('fmtTime: the time of day today, with the date on another day, empty for no time', () => {
  const when = new Date(2026, 2, 1, 9, 5, 7);
  const sameDay = new Date(2026, 2, 1, 23, 0, 0);
  const nextDay = new Date(2026, 2, 2, 8, 0, 0);
  assert.equal(f.fmtTime(when.toISOString(), sameDay), '09:05:07');
  assert.equal(f.fmtTime(when.toISOString(), nextDay), '2026/3/1 09:05:07');
  assert.equal(f.fmtTime('', sameDay), '');
  assert.equal(f.fmtTime('garbage', sameDay), '');
});

test('fmtScore: two decimals at most, empty for what is not a finite number', () => {
  assert.equal(f.fmtScore(0.5), '0.5');
  assert.equal(f.fmtScore(-0.734), '-0.73');
  assert.equal(f.fmtScore(0), '0');
  assert.equal(f.fmtScore(Number.NaN), '');
  assert.equal(f.fmtScore(Infinity), '');
  assert.equal(f.fmtScore('0.5'), '');
});

test('unreadText caps at 99+', () => {
  assert.equal(f.unreadText(1), '1');
  assert.equal(f.unreadText(99), '99');
  assert.equal(f.unreadText(100), '99+');
});

test('plainText: the bot\'s Markdown as plain lines', () => {
  assert.equal(f.plainText('退款一般在 **3–7 个工作日**内。\n\n- 甲\n- 乙\n\n见[帮助](https://example.com)'), '退款一般在 3–7 个工作日内。\n• 甲\n• 乙\n见帮助（https://example.com）');
  assert.equal(f.plainText('no marks here'), 'no marks here');
});
