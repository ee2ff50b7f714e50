// The support page: connects Web Chat to this server's Direct Line. The token and conversation id
// are kept in localStorage, so a reload (or a visit hours later) resumes the same conversation
// with its history instead of starting over.
//
// Language: ?locale=en-US (or zh-CN) in the address, else the merchant's earlier choice, else the
// browser's language (navigator.languages): Chinese → zh-CN, anything else → en-US. The page's
// texts, Web Chat's own texts and the bot's welcome follow it; the zh/EN switch in the header
// changes it at once (the bot is told with a `locale.set` event and asks its question again).
(function () {
  'use strict';

  const STORE_KEY = 'shopexit.session.v1';
  const LOCALE_KEY = 'shopexit.locale';
  const REFRESH_EVERY_MS = 10 * 60 * 1000;
  const domain = window.location.origin + '/v3/directline';

  const TEXTS = {
    'zh-CN': {
      title: 'ShopExit 商家助手',
      subtitle: '店铺注销 · 保证金退款 · 退款售后 · 防骗',
      error: '暂时无法连接客服助手，请稍后刷新页面重试。',
      busy: '现在咨询的人较多，正在重新连接…（约 {s} 秒）',
      switchLabel: 'EN',
      switchTitle: 'Switch to English',
      avatar: '助',
      agent: '人工客服',
      close: '关闭'
    },
    'en-US': {
      title: 'ShopExit merchant assistant',
      subtitle: 'Shop closure · Deposit refunds · After-sales refunds · Fraud',
      error: "Can't reach the assistant right now. Please refresh the page in a moment.",
      busy: 'Many merchants are asking right now; reconnecting… (about {s} s)',
      switchLabel: '中文',
      switchTitle: '切换到中文',
      avatar: 'SE',
      agent: 'Agent',
      close: 'Close'
    }
  };

  const params = new URLSearchParams(window.location.search);
  // In the panel /widget.js opens, a close button asks the embedding page to hide it (widget.js
  // listens for this message from its own frame only).
  if (params.has('embed')) {
    document.body.classList.add('embedded');
    const close = document.getElementById('close');
    close.hidden = false;
    close.addEventListener('click', function () {
      window.parent.postMessage({ type: 'shopexit:close' }, '*');
    });
  }

  function supported(tag) {
    if (!tag) {
      return null;
    }
    return tag.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en-US';
  }

  function readStorage(key) {
    try {
      return window.localStorage.getItem(key);
    } catch (e) {
      return null;
    }
  }

  function writeStorage(key, value) {
    try {
      window.localStorage.setItem(key, value);
    } catch (e) {
      // Private mode: the page still works, it just does not remember.
    }
  }

  function initialLocale() {
    const browser = (navigator.languages && navigator.languages[0]) || navigator.language;
    return supported(params.get('locale')) || supported(readStorage(LOCALE_KEY)) || supported(browser) || 'zh-CN';
  }

  let locale = initialLocale();

  function applyPageTexts() {
    const texts = TEXTS[locale];
    document.documentElement.lang = locale;
    document.title = texts.title;
    document.getElementById('title').textContent = texts.title;
    document.getElementById('subtitle').textContent = texts.subtitle;
    document.getElementById('webchat').setAttribute('aria-label', texts.title);
    const button = document.getElementById('language');
    button.textContent = texts.switchLabel;
    button.title = texts.switchTitle;
    button.setAttribute('aria-label', texts.switchTitle);
    const close = document.getElementById('close');
    close.title = texts.close;
    close.setAttribute('aria-label', texts.close);
  }

  function loadSession() {
    try {
      const saved = JSON.parse(readStorage(STORE_KEY) || 'null');
      return saved && saved.token && saved.conversationId ? saved : null;
    } catch (e) {
      return null;
    }
  }

  function saveSession(session) {
    writeStorage(STORE_KEY, JSON.stringify({ conversationId: session.conversationId, token: session.token, locale: session.locale }));
  }

  function post(url, token, body) {
    const headers = token ? { Authorization: 'Bearer ' + token } : {};
    if (body) {
      headers['Content-Type'] = 'application/json';
    }
    return fetch(url, { method: 'POST', headers: headers, body: body ? JSON.stringify(body) : undefined });
  }

  // Many merchants behind one office address can use up its widget tokens for a moment: the
  // server answers 429 with Retry-After (seconds), and the page says it is reconnecting and asks
  // again then, instead of leaving the merchant at a dead end.
  const MAX_RETRY_WAIT_S = 120;

  function sleep(ms) {
    return new Promise(function (resolve) { window.setTimeout(resolve, ms); });
  }

  async function newSession() {
    let response = await post('/api/widget/token', null, { locale: locale });
    while (response.status === 429) {
      const after = Number.parseInt(response.headers.get('Retry-After') || '', 10);
      const seconds = Math.min(Number.isFinite(after) && after > 0 ? after : 5, MAX_RETRY_WAIT_S);
      showStatus(TEXTS[locale].busy.replace('{s}', String(seconds)), 'waiting');
      await sleep(seconds * 1000);
      response = await post('/api/widget/token', null, { locale: locale });
    }
    if (!response.ok) {
      throw new Error('token ' + response.status);
    }
    hideStatus();
    const session = await response.json();
    return { conversationId: session.conversationId, token: session.token, locale: locale };
  }

  // Refresh the saved token and check the conversation still exists before Web Chat sees it:
  // Web Chat shows a dead end for a 4xx and does not retry. Only a definite "gone" (403: the token
  // is too old; 404: no such conversation) starts a new conversation; any other failure (offline,
  // a busy server) keeps the saved one, so the merchant's history is never thrown away.
  async function resume(saved) {
    const refreshed = await post(domain + '/tokens/refresh', saved.token);
    if (refreshed.status === 403 || refreshed.status === 404) {
      return null;
    }
    if (!refreshed.ok) {
      throw new Error('refresh ' + refreshed.status);
    }
    const token = (await refreshed.json()).token;
    const check = await fetch(domain + '/conversations/' + encodeURIComponent(saved.conversationId), {
      headers: { Authorization: 'Bearer ' + token }
    });
    if (check.status === 403 || check.status === 404) {
      return null;
    }
    if (!check.ok) {
      throw new Error('conversation ' + check.status);
    }
    return { conversationId: saved.conversationId, token: token, locale: saved.locale || 'zh-CN' };
  }

  function keepFresh(session) {
    window.setInterval(async function () {
      try {
        const response = await post(domain + '/tokens/refresh', session.token);
        if (response.ok) {
          session.token = (await response.json()).token;
          saveSession(session);
        }
      } catch (e) {
        // Try again next time.
      }
    }, REFRESH_EVERY_MS);
  }

  // An agent's messages come from {id: "agent:<username>", name: <display name>} with the bot's
  // role (Web Chat puts every "user" activity on the merchant's own side): they get the agent's
  // initials as avatar and "人工客服 <name>" above the time; the bot's keep 助. React renders the
  // name as text, so a display name with markup in it stays text.
  const AGENT_PREFIX = 'agent:';

  function agentNameOf(activity) {
    const from = activity && activity.from;
    if (!from || typeof from.id !== 'string' || from.id.indexOf(AGENT_PREFIX) !== 0) {
      return null;
    }
    return (typeof from.name === 'string' && from.name.trim()) || from.id.slice(AGENT_PREFIX.length);
  }

  // 小李 → 李 (a Chinese name by its last character, as people sign), "Lily Chen" → LC.
  function initialsOf(name) {
    const trimmed = name.trim();
    if (/[\u3400-\u9fff]/.test(trimmed)) {
      return Array.from(trimmed).pop();
    }
    return trimmed.split(/\s+/).slice(0, 2).map(function (word) { return word.charAt(0); }).join('').toUpperCase();
  }

  // Web Chat groups messages by role, and shows one avatar per group: an agent's messages after
  // the bot's would share the bot's avatar. Group them by who sent them instead.
  function senderKey(activity) {
    return (activity.from && activity.from.role) + '|' + (agentNameOf(activity) ? activity.from.id : '');
  }

  function groupBySender(activities) {
    const groups = [];
    (activities || []).forEach(function (activity) {
      const last = groups[groups.length - 1];
      if (last && senderKey(last[last.length - 1]) === senderKey(activity)) {
        last.push(activity);
      } else {
        groups.push([activity]);
      }
    });
    return groups;
  }

  function agentMiddlewares(h) {
    return {
      groupActivitiesMiddleware: function () {
        return function (next) {
          return function (args) {
            return Object.assign({}, next(args), { sender: groupBySender(args.activities) });
          };
        };
      },
      avatarMiddleware: function () {
        return function (next) {
          return function (args) {
            const name = !args.fromUser && agentNameOf(args.activity);
            if (!name) {
              return next(args);
            }
            return function () {
              return h('div', { className: 'agent-avatar', title: name, 'aria-hidden': 'true' }, initialsOf(name));
            };
          };
        };
      },
      activityStatusMiddleware: function () {
        return function (next) {
          return function (args) {
            const name = agentNameOf(args.activity);
            if (!name) {
              return next(args);
            }
            return h('span', { className: 'agent-status' }, h('span', { className: 'agent-status__name' }, TEXTS[locale].agent + ' ' + name), ' · ', next(args));
          };
        };
      }
    };
  }

  function showStatus(text, kind) {
    const status = document.getElementById('status');
    status.textContent = text;
    status.dataset.kind = kind;
    status.hidden = false;
  }

  function hideStatus() {
    document.getElementById('status').hidden = true;
  }

  function showError() {
    showStatus(TEXTS[locale].error, 'error');
  }

  async function start() {
    applyPageTexts();
    const saved = loadSession();
    const session = (saved && await resume(saved)) || await newSession();
    saveSession(session);
    keepFresh(session);

    const directLine = window.WebChat.createDirectLine({ domain: domain, token: session.token, conversationId: session.conversationId });

    // Tell the bot the page's language once connected, when the conversation began in another one
    // (the merchant switched on an earlier visit), and whenever the merchant switches.
    let connected = false;
    let pending = session.locale !== locale;
    const store = window.WebChat.createStore({}, function (api) {
      return function (next) {
        return function (action) {
          const result = next(action);
          if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
            connected = true;
            if (pending) {
              sendLocale();
            }
          }
          return result;
        };
      };
    });

    function sendLocale() {
      pending = false;
      session.locale = locale;
      saveSession(session);
      store.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'locale.set', value: locale } });
    }

    function render() {
      window.WebChat.renderWebChat(Object.assign({
        directLine: directLine,
        store: store,
        locale: locale,
        // Typing reaches a human agent when one has the conversation (it is never stored).
        sendTypingIndicator: true,
        styleOptions: {
          botAvatarInitials: TEXTS[locale].avatar,
          hideUploadButton: true,
          // On a phone the buttons scroll sideways in one row instead of filling half the screen.
          suggestedActionLayout: window.matchMedia('(max-width: 480px)').matches ? 'carousel' : 'flow',
          // The merchant's own messages in blue, the bot's and the agent's in light grey.
          bubbleBackground: '#f3f4f6',
          bubbleBorderColor: '#e3e5e8',
          bubbleFromUserBackground: '#1a73e8',
          bubbleFromUserBorderColor: '#1a73e8',
          bubbleFromUserTextColor: '#ffffff',
          bubbleMaxWidth: 560,
          sendBoxTextWrap: true
        }
      }, window.React ? agentMiddlewares(window.React.createElement) : {}), document.getElementById('webchat'));
    }

    document.getElementById('language').addEventListener('click', function () {
      locale = locale === 'zh-CN' ? 'en-US' : 'zh-CN';
      writeStorage(LOCALE_KEY, locale);
      applyPageTexts();
      render();
      if (connected) {
        sendLocale();
      } else {
        pending = true;
      }
    });

    render();
  }

  start().catch(showError);
})();
