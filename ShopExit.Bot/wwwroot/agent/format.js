// @ts-check
// Pure formatting helpers (no DOM): node's test runner imports this module.

/**
 * A value as a string; null and undefined are ''.
 * @param {unknown} value
 * @returns {string}
 */
export function str(value) {
  return value === null || value === undefined ? '' : String(value);
}

/**
 * A lookup key: letters and digits only, lower case ("Repeated-Fallback" → "repeatedfallback").
 * @param {unknown} value
 * @returns {string}
 */
export function norm(value) {
  return str(value).replace(/[^a-z0-9]/gi, '').toLowerCase();
}

/**
 * A path segment.
 * @param {unknown} value
 * @returns {string}
 */
export function enc(value) {
  return encodeURIComponent(String(value));
}

/**
 * A duration in Chinese: "42 秒", "3 分 5 秒", "2 小时 10 分".
 * @param {unknown} totalSeconds
 * @returns {string}
 */
export function fmtDuration(totalSeconds) {
  const s = Math.max(0, Math.floor(Number(totalSeconds) || 0));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  if (h > 0) {
    return `${h} 小时 ${m} 分`;
  }
  if (m > 0) {
    return `${m} 分 ${sec} 秒`;
  }
  return `${sec} 秒`;
}

/**
 * Seconds since an ISO time (never negative), or null when it is not a time.
 * @param {unknown} iso
 * @param {number} [now] Milliseconds since the epoch.
 * @returns {number | null}
 */
export function secondsSince(iso, now = Date.now()) {
  const t = Date.parse(str(iso));
  return Number.isNaN(t) ? null : Math.max(0, (now - t) / 1000);
}

/**
 * The text of a waiting time ("等待 3 分 5 秒").
 * @param {number | null} seconds
 * @returns {string}
 */
export function waitText(seconds) {
  return seconds === null ? '等待时间未知' : `等待 ${fmtDuration(seconds)}`;
}

/**
 * How late a waiting time is: 'warn' from 5 minutes, 'late' from 10, else null.
 * @param {number | null} seconds
 * @returns {'warn' | 'late' | null}
 */
export function waitLevel(seconds) {
  if (seconds === null || seconds < 300) {
    return null;
  }
  return seconds < 600 ? 'warn' : 'late';
}

/**
 * A time in zh-CN: the time of day for today, with the date otherwise; '' when not a time.
 * @param {unknown} iso
 * @param {Date} [today]
 * @returns {string}
 */
export function fmtTime(iso, today = new Date()) {
  const d = new Date(str(iso));
  if (Number.isNaN(d.getTime())) {
    return '';
  }
  const time = d.toLocaleTimeString('zh-CN', { hour12: false });
  return d.toDateString() === today.toDateString() ? time : `${d.toLocaleDateString('zh-CN')} ${time}`;
}

/**
 * The time of day now, in zh-CN.
 * @returns {string}
 */
export function clockNow() {
  return new Date().toLocaleTimeString('zh-CN', { hour12: false });
}

/**
 * A score with at most two decimals ("0.5", "-0.73"), '' when not a finite number.
 * @param {unknown} n
 * @returns {string}
 */
export function fmtScore(n) {
  return typeof n === 'number' && Number.isFinite(n) ? String(Math.round(n * 100) / 100) : '';
}

/**
 * An unread count for a badge ("99+" above 99).
 * @param {number} n
 * @returns {string}
 */
export function unreadText(n) {
  return n > 99 ? '99+' : String(n);
}

/**
 * The bot's Markdown as the plain lines the merchant reads: no ** or ` marks, "• " bullets, a
 * link's text with its address, one line break between paragraphs. (The console shows every
 * message as text, never as HTML, so the marks would show as they are.)
 * @param {string} markdown
 * @returns {string}
 */
export function plainText(markdown) {
  return markdown.split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => line.replace(/^[-*] +/, '• ').replace(/^#+ */, ''))
    .map((line) => line.replace(/\*\*|__|`/g, '').replace(/\[([^\]]*)\]\(([^)\s]*)\)/g, '$1（$2）'))
    .join('\n');
}
