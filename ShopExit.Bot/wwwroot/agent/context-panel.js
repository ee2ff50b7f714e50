// @ts-check
// The context panel (会话背景): what the bot learned before the handoff. Personal data is never
// here: it stays masked in the transcript until the agent reveals one message.
import { $, clear, el } from './dom.js';
import { fmtTime, str } from './format.js';
import { contextOf } from './handoffs.js';
import { kindLabel, platformDetail, reasonLabel, statusLabel } from './labels.js';
import { answerLines, flowText, stepText } from './walkthrough.js';
import { sentimentNode } from './widgets.js';

/** @typedef {import('./types.js').Handoff} Handoff */

/**
 * One row: the label, its value (text or a node), the label's English title, the value's test id.
 * @typedef {[label: string, value: string | Node, title?: string, testid?: string]} Row
 */

/**
 * @param {Row[]} rows
 * @returns {HTMLDListElement}
 */
function kv(rows) {
  const dl = el('dl', { className: 'kv' });
  for (const [label, value, title, testid] of rows) {
    dl.appendChild(el('dt', { text: label, title: title || null }));
    dl.appendChild(typeof value === 'object'
      ? el('dd', { testid: testid || null }, value)
      : el('dd', { text: str(value), testid: testid || null }));
  }
  return dl;
}

/**
 * @param {string} title
 * @param {string} englishTitle
 * @param {string} testid
 * @returns {HTMLDivElement}
 */
function section(title, englishTitle, testid) {
  return el('div', { className: 'context-section', testid },
    el('h3', { className: 'context-section-title', text: title, title: englishTitle }));
}

/**
 * Shows a handoff's context, or the hint when no conversation is open.
 * @param {Handoff | null} h
 */
export function renderContext(h) {
  const box = $('context');
  clear(box);
  if (!h) {
    box.appendChild(el('p', { className: 'empty', text: '打开会话后显示机器人收集的信息' }));
    return;
  }
  const c = contextOf(h);
  const reason = c.reason || h.reason;
  /** @type {Row[]} */
  const rows = [
    ['转人工原因', el('span', { text: reasonLabel(reason), title: str(reason) }), 'Reason', 'context-reason'],
    ['类型', kindLabel(h.kind), 'Kind', 'context-kind'],
    ['平台', platformDetail(c.platform || h.platform), 'Platform', 'context-platform'],
    ['情绪', sentimentNode(c.sentiment || h.sentiment), 'Sentiment', 'context-sentiment'],
    ['状态', statusLabel(h.status), 'Status']
  ];
  if (h.waitingSince) {
    rows.push(['发起时间', fmtTime(h.waitingSince), 'Waiting since']);
  }
  if (h.assignedTo) {
    rows.push(['处理人', str(h.assignedToName) || str(h.assignedTo), 'Assigned to']);
  }
  box.appendChild(kv(rows));
  box.appendChild(walkthroughSection(c.walkthrough));
  box.appendChild(faqSection(c.faqShown));

  // The ticket the merchant left.
  if (h.kind === 'ticket' || c.contact || c.description) {
    const ticket = section('工单信息', 'Ticket', 'context-ticket');
    /** @type {Row[]} */
    const rows = [
      ['联系方式', str(c.contact) || '未提供', 'Contact', 'context-contact'],
      ['问题描述', str(c.description) || '未提供', 'Description', 'context-description']
    ];
    if (c.ticketNumber) {
      rows.unshift(['工单编号', str(c.ticketNumber), 'Ticket number', 'context-ticket-number']);
    }
    ticket.appendChild(el('div', { className: 'ticket-box' }, kv(rows)));
    // What the merchant added later (另外…, a new phone number), oldest first.
    const additions = Array.isArray(c.additions) ? c.additions : [];
    if (additions.length > 0) {
      ticket.appendChild(el('h3', { className: 'context-section-title', text: '商家补充', title: 'Added by the merchant later' }));
      ticket.appendChild(el('ul', { className: 'ticket-additions', testid: 'context-additions' }, ...additions.map((a) => el('li', { text: str(a) }))));
    }
    box.appendChild(ticket);
  }
}

/**
 * The walkthrough and the answers collected.
 * @param {import('./types.js').Walkthrough | null | undefined} w
 * @returns {HTMLDivElement}
 */
function walkthroughSection(w) {
  const walk = section('引导流程', 'Walkthrough', 'context-walkthrough');
  if (!w || typeof w !== 'object') {
    walk.appendChild(el('p', { className: 'empty', text: '未进入引导流程' }));
    return walk;
  }
  /** @type {Row[]} */
  const rows = [
    ['流程', flowText(w), 'Flow', 'context-flow'],
    ['进度', el('span', { text: stepText(w), title: `Step ${str(w.step)}` }), 'Step', 'context-step']
  ];
  if (w.branch) {
    rows.push(['转人工分支', str(w.branch), 'The walkthrough branch that handed over', 'context-branch']);
  }
  walk.appendChild(kv(rows));
  const lines = answerLines(w);
  walk.appendChild(el('h3', { className: 'context-section-title', text: '已收集的回答', title: 'Answers collected' }));
  if (lines.length === 0) {
    walk.appendChild(el('p', { className: 'empty', text: '尚无' }));
  } else {
    walk.appendChild(el('ul', { className: 'answers', testid: 'context-answers' },
      lines.map((line) => el('li', { data: { key: line.step }, text: line.text }))));
  }
  return walk;
}

/**
 * The FAQ answers the bot showed, with their match scores.
 * @param {import('./types.js').ShownAnswer[] | undefined} faqShown
 * @returns {HTMLDivElement}
 */
function faqSection(faqShown) {
  const faq = section('机器人已展示的 FAQ', 'FAQ answers shown, with match scores', 'context-faq');
  const shown = Array.isArray(faqShown) ? faqShown.filter(Boolean) : [];
  if (shown.length === 0) {
    faq.appendChild(el('p', { className: 'empty', text: '无' }));
  } else {
    faq.appendChild(el('ul', { className: 'faq-shown' },
      shown.map((f) => el('li', null,
        el('span', { className: 'f-id', text: str(f.id) }),
        el('span', { className: 'f-score', text: typeof f.score === 'number' ? f.score.toFixed(2) : '—', title: 'Match score' })))));
  }
  return faq;
}
