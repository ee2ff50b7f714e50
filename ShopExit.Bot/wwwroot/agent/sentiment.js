// @ts-check
// Sentiment labels (pure: no DOM).
import { fmtScore, norm, str } from './format.js';

/** @typedef {{ emoji: string, label: string, cls: string }} SentimentLabel */

/** By norm() of the server's label (Negative, Neutral, Positive). */
export const SENTIMENTS = Object.freeze({
  negative: Object.freeze({ emoji: '😠', label: '负面', cls: 'sent-negative' }),
  neutral: Object.freeze({ emoji: '😐', label: '中性', cls: 'sent-neutral' }),
  positive: Object.freeze({ emoji: '🙂', label: '正面', cls: 'sent-positive' })
});

/**
 * What a sentiment shows: its text ("😠 负面 -0.8"), CSS class and English title.
 * @typedef {object} SentimentDisplay
 * @property {string} text
 * @property {string} cls
 * @property {string} title
 */

/** What an unknown sentiment shows. */
export const UNKNOWN_SENTIMENT = Object.freeze({ text: '情绪未知', cls: 'sent-neutral', title: 'Sentiment unknown' });

/**
 * @param {string} label
 * @returns {SentimentLabel | undefined}
 */
function known(label) {
  const key = norm(label);
  return key === 'negative' || key === 'neutral' || key === 'positive' ? SENTIMENTS[key] : undefined;
}

/**
 * The display of a sentiment, or null when there is none (no label and no score).
 * @param {import('./types.js').Sentiment | null | undefined} s
 * @returns {SentimentDisplay | null}
 */
export function sentimentInfo(s) {
  if (!s || (!s.label && typeof s.score !== 'number')) {
    return null;
  }
  const k = known(str(s.label));
  const score = fmtScore(s.score);
  const text = k ? `${k.emoji} ${k.label}` : str(s.label);
  // A hurry counts even when the words are neutral (麻烦快点，我急用钱).
  const urgent = s.urgent === true;
  return {
    text: (score ? `${text} ${score}` : text) + (urgent ? ' · ⏰ 着急' : ''),
    cls: urgent && (!k || k.cls === 'sent-neutral') ? 'sent-negative' : k ? k.cls : 'sent-neutral',
    title: `Sentiment: ${str(s.label)}${score ? ` (${score})` : ''}${urgent ? ', urgent' : ''}`
  };
}

/**
 * The display of a sentiment, the unknown one when there is none.
 * @param {import('./types.js').Sentiment | null | undefined} s
 * @returns {SentimentDisplay}
 */
export function sentimentDisplay(s) {
  return sentimentInfo(s) || UNKNOWN_SENTIMENT;
}
