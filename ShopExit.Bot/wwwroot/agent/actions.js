// @ts-check
// What the agent does with the open conversation besides chatting: transfer it, resolve it.
import { findAgent, refreshAgents } from './agents.js';
import { agentApi, ApiError, codeOf, statusOf } from './api.js';
import { leaveConversation, setConversationBusy } from './conversation.js';
import { $ } from './dom.js';
import { str } from './format.js';
import { scheduleRefresh } from './refresh.js';
import { state } from './state.js';
import { report, showStatus } from './status.js';

/**
 * The server's message of a failure ("The conversation changed meanwhile; refresh.").
 * @param {unknown} err
 * @returns {string}
 */
function messageOf(err) {
  return err instanceof ApiError ? err.message : '';
}

/** Transfers the open conversation to the agent chosen in 转接给…. */
export async function transfer() {
  const cur = state.current;
  if (!cur || state.busy) {
    return;
  }
  const select = $('transfer-to', HTMLSelectElement);
  const to = select.value;
  if (!to) {
    showStatus('请先在「转接给…」中选择一位客服', 'error');
    select.focus();
    return;
  }
  const target = findAgent(to);
  const name = target ? (str(target.displayName) || to) : to;
  setConversationBusy(true);
  try {
    await agentApi.transfer(cur.id, to);
    leaveConversation(cur.id);
    select.value = '';
    showStatus(`已转接给 ${name}`, 'ok');
  } catch (err) {
    const status = statusOf(err);
    if (status === 404) {
      showStatus(`转接失败：找不到客服 ${to}（或会话已不存在），列表已刷新。`, 'error');
      refreshAgents();
    } else if (status === 409 && codeOf(err) === 'AgentOffline') {
      showStatus(`转接失败：${name} 当前不在线，请选择在线的客服。`, 'error');
      refreshAgents();
    } else if (status === 409 && codeOf(err) === 'SameAgent') {
      showStatus('这个会话已经是您的了，请选择另一位客服。', 'error');
    } else if (status === 409) {
      showStatus(`转接失败：会话状态已变化（${messageOf(err)}），已刷新。`, 'error');
    } else {
      report(err, '转接失败');
    }
  } finally {
    if (state.current === cur) {
      setConversationBusy(false);
    }
    scheduleRefresh();
  }
}

/** Resolves the open conversation: the merchant is back with the bot. */
export async function resolve() {
  const cur = state.current;
  if (!cur || state.busy) {
    return;
  }
  setConversationBusy(true);
  try {
    await agentApi.resolve(cur.id);
    leaveConversation(cur.id);
    showStatus('会话已结束，已交还机器人', 'ok');
  } catch (err) {
    const status = statusOf(err);
    if (status === 409 || status === 404) {
      showStatus(`结束失败：会话状态已变化（${messageOf(err)}），已刷新。`, 'error');
    } else {
      report(err, '结束会话失败');
    }
  } finally {
    if (state.current === cur) {
      setConversationBusy(false);
    }
    scheduleRefresh();
  }
}
