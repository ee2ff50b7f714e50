// @ts-check
// The other agents, as transfer targets (the 转接给… select).
import { agentApi } from './api.js';
import { $, clear, el } from './dom.js';
import { str } from './format.js';
import { agentOptionText } from './labels.js';
import { Latest } from './latest.js';
import { isMe, state } from './state.js';
import { report } from './status.js';

const load = new Latest();

/** Loads the agents (the latest load wins). */
export async function refreshAgents() {
  if (!state.session) {
    return;
  }
  try {
    const list = await load.run((signal) => agentApi.agents(signal));
    state.agents = (Array.isArray(list) ? list : []).filter((a) => a && a.username);
    renderTransferOptions();
  } catch (err) {
    report(err, '获取客服列表失败');
  }
}

/**
 * The agent of a username, or null.
 * @param {string} username
 * @returns {import('./types.js').Agent | null}
 */
export function findAgent(username) {
  return state.agents.find((a) => str(a.username) === username) || null;
}

/** Fills the select with the other agents, keeping the choice while that agent is still there. */
export function renderTransferOptions() {
  const select = $('transfer-to', HTMLSelectElement);
  const selected = select.value;
  clear(select);
  select.appendChild(el('option', { value: '', text: '转接给…' }));
  let found = false;
  for (const a of state.agents) {
    if (isMe(a.username)) {
      continue;
    }
    const option = el('option', { value: str(a.username), text: agentOptionText(a), title: str(a.username) });
    if (str(a.username) === selected) {
      option.selected = true;
      found = true;
    }
    select.appendChild(option);
  }
  if (!found) {
    select.value = '';
  }
}
