// @ts-check
// One message of the transcript, with its personal data masked until the agent reveals it.
import { agentApi } from './api.js';
import { el } from './dom.js';
import { fmtTime, plainText, str } from './format.js';
import { senderOf } from './labels.js';
import { piiNote } from './pii.js';
import { report } from './status.js';

/** @typedef {import('./types.js').ActivityView} ActivityView */

/**
 * The node of an activity, or null for what is not shown (typing, events without text).
 * @param {string} handoffId
 * @param {ActivityView} a
 * @returns {HTMLDivElement | null}
 */
export function buildMessage(handoffId, a) {
  const type = str(a.type) || 'message';
  const text = typeof a.text === 'string' ? a.text : '';
  if (type !== 'message' && !text) {
    return null;
  }
  const sender = senderOf(a);
  // The bot writes Markdown; the merchant's and the agent's words are shown exactly as typed.
  const shown = sender.role === 'bot' ? plainText(text) : text;
  const bubble = el('div', { className: 'bubble', testid: 'message-text' }, shown || '（非文本消息）');
  const meta = el('div', { className: 'message-meta' },
    el('span', { className: 'message-name', text: sender.who, title: sender.title }),
    el('time', { datetime: str(a.timestamp), text: fmtTime(a.timestamp) }));
  const root = el('div', {
    className: `message${type !== 'message' ? ' is-system' : ''}`,
    testid: 'message',
    data: { role: sender.role, activityId: str(a.id) }
  }, meta, bubble);

  const pii = Array.isArray(a.pii) ? a.pii.filter(Boolean) : [];
  const activityId = a.id;
  if (pii.length > 0 && activityId !== null && activityId !== undefined) {
    const note = piiNote(pii);
    meta.appendChild(el('span', { className: 'pii-note', text: note.text, title: note.title }));
    const reveal = el('button', {
      type: 'button',
      className: 'btn btn-tiny',
      testid: 'reveal',
      text: '显示',
      title: 'Reveal the unmasked text (the reveal is logged)'
    });
    reveal.addEventListener('click', () => revealText(handoffId, activityId, root, bubble, reveal));
    meta.appendChild(reveal);
  }
  return root;
}

/**
 * Shows the unmasked text (the server logs the reveal).
 * @param {string} handoffId
 * @param {string} activityId
 * @param {HTMLElement} root
 * @param {HTMLElement} bubble
 * @param {HTMLButtonElement} button
 */
async function revealText(handoffId, activityId, root, bubble, button) {
  button.disabled = true;
  button.textContent = '…';
  try {
    const data = await agentApi.reveal(handoffId, activityId);
    bubble.textContent = data && typeof data.text === 'string' ? data.text : '';
    root.classList.add('is-revealed');
    button.textContent = '已显示';
    button.title = 'Unmasked text shown (logged)';
  } catch (err) {
    button.disabled = false;
    button.textContent = '显示';
    report(err, '显示原文失败');
  }
}
