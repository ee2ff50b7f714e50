// ShopExit agent console (客服工作台). Plain JavaScript, no framework, no build step.
//
// SECURITY: merchant text is hostile. Every piece of server data reaches the page through
// textContent, createTextNode, dataset or setAttribute only; this file uses no HTML-parsing
// sink at all (no inner/outer HTML setters, no HTML insertion, no document writes) and never
// evaluates strings.
//
// The token lives in sessionStorage (per tab, gone when the tab closes), never in localStorage.
(function () {
  'use strict';

  // ---------------------------------------------------------------------------------------------
  // Settings and labels
  // ---------------------------------------------------------------------------------------------

  var SESSION_KEY = 'shopexit.agent.session.v1';
  var PRESENCE_KEY = 'shopexit.agent.presence.v1';
  var OPEN_KEY = 'shopexit.agent.open.v1';

  var HEARTBEAT_MS = 60 * 1000;
  var QUEUE_POLL_MS = 15 * 1000;
  var STATS_POLL_MS = 10 * 1000;
  var TICK_MS = 1000;
  var TYPING_SHOW_MS = 4000;
  var TYPING_SEND_MS = 3000;
  var CANNED_DEBOUNCE_MS = 250;
  var HUB_RETRY_MS = 10 * 1000;
  var EVENT_REFRESH_DELAY_MS = 400;
  var BASE_TITLE = 'ShopExit 客服工作台';

  var REASONS = {
    requested: '商家要求转人工',
    repeatedfallback: '机器人多次未能理解',
    topic: '需人工处理的问题',
    sentiment: '商家情绪激动或着急'
  };
  var PLATFORMS = { douyin: '抖店', kuaishou: '快手小店', taobao: '淘宝', pinduoduo: '拼多多', generic: '其他平台' };
  var SENTIMENTS = {
    negative: { emoji: '😠', label: '负面', cls: 'sent-negative' },
    neutral: { emoji: '😐', label: '中性', cls: 'sent-neutral' },
    positive: { emoji: '🙂', label: '正面', cls: 'sent-positive' }
  };
  var PRESENCE = { online: '在线', away: '离开', offline: '离线' };
  var STATUSES = { waiting: '等待中', active: '进行中', resolved: '已结束', cancelled: '已取消' };
  var SENDERS = { user: '商家', bot: '机器人', agent: '客服', system: '系统' };
  var PII = {
    phone: '手机号', mobile: '手机号', phonenumber: '手机号', email: '邮箱', idcard: '身份证号', idnumber: '身份证号',
    bankcard: '银行卡号', bankaccount: '银行卡号', card: '卡号', address: '地址', name: '姓名', qq: 'QQ 号', wechat: '微信号'
  };
  // The walkthroughs' waterfall steps (0-based, as the snapshot reports them).
  var FLOWS = {
    closure: {
      name: '店铺注销',
      steps: ['选择平台', '确认订单与纠纷已处理', '确认资金已提现', '确认数据已备份', '注销操作步骤', '进度总结', '结束（可转保证金退款）']
    },
    'deposit-refund': {
      name: '保证金退款',
      steps: ['选择平台', '确认账号是否被封', '确认有无纠纷或违规', '退还操作步骤', '退款进度', '结束']
    }
  };
  var ANSWER_KEYS = {
    platform: '平台',
    orders: '订单与纠纷已处理',
    balance: '资金已提现',
    backup: '数据已备份',
    submitted: '已提交申请',
    banned: '账号被封',
    disputes: '有纠纷或违规',
    status: '退款进度'
  };
  var ANSWER_VALUES = {
    'deposit.status.arrived': '已到账',
    'deposit.status.reviewing': '审核中',
    'deposit.status.rejected': '被驳回',
    'deposit.status.wrong-amount': '金额不对'
  };

  // ---------------------------------------------------------------------------------------------
  // State
  // ---------------------------------------------------------------------------------------------

  var state = {
    gen: 0,               // bumped at every login/logout: late answers of an older session are dropped
    session: null,        // {token, expiresAt, username, displayName, role}
    presence: 'online',
    queue: [],
    queueVersion: 0,      // bumped by local changes: a list fetched before them is stale
    queueSeq: 0,
    mine: [],
    mineVersion: 0,
    mineSeq: 0,
    mineLoaded: false,
    agents: [],
    agentsSeq: 0,
    current: null,        // the open conversation: {id, handoff, loaded, ids, pending, lastTypingSent}
    pendingOpen: null,    // the conversation to reopen after a reload
    unread: new Map(),
    drafts: new Map(),
    claiming: new Set(),  // claims in flight: their hub echo is not news to this agent
    intervals: [],
    hub: null,
    hubRetry: null,
    expiryTimer: null,
    refreshTimer: null,
    statsTimer: null,
    statsSeq: 0,
    typingTimer: null,
    busy: false
  };

  // ---------------------------------------------------------------------------------------------
  // DOM helpers (text only)
  // ---------------------------------------------------------------------------------------------

  function $(id) {
    return document.getElementById(id);
  }

  // el('div', {className, text, testid, data: {...}, title, ...}, child, ...): children are nodes
  // or strings (added as text nodes). Attributes go through setAttribute; handlers are refused.
  function el(tag, props) {
    var node = document.createElement(tag);
    if (props) {
      Object.keys(props).forEach(function (key) {
        var value = props[key];
        if (value === null || value === undefined) {
          return;
        }
        if (/^on/i.test(key)) {
          throw new Error('use addEventListener, not ' + key);
        }
        if (key === 'text') {
          node.textContent = String(value);
        } else if (key === 'className') {
          node.className = value;
        } else if (key === 'testid') {
          node.setAttribute('data-testid', value);
        } else if (key === 'data') {
          Object.keys(value).forEach(function (name) {
            node.dataset[name] = String(value[name]);
          });
        } else if (key === 'hidden' || key === 'disabled') {
          node[key] = !!value;
        } else {
          node.setAttribute(key, String(value));
        }
      });
    }
    for (var i = 2; i < arguments.length; i++) {
      add(node, arguments[i]);
    }
    return node;
  }

  function add(parent, child) {
    if (child === null || child === undefined || child === false) {
      return;
    }
    if (Array.isArray(child)) {
      child.forEach(function (c) { add(parent, c); });
    } else if (typeof child === 'string' || typeof child === 'number') {
      parent.appendChild(document.createTextNode(String(child)));
    } else {
      parent.appendChild(child);
    }
  }

  function clear(node) {
    while (node.firstChild) {
      node.removeChild(node.firstChild);
    }
  }

  function enc(value) {
    return encodeURIComponent(String(value));
  }

  function str(value) {
    return value === null || value === undefined ? '' : String(value);
  }

  function norm(value) {
    return str(value).replace(/[^a-z0-9]/gi, '').toLowerCase();
  }

  // ---------------------------------------------------------------------------------------------
  // Formatting
  // ---------------------------------------------------------------------------------------------

  function fmtDuration(totalSeconds) {
    var s = Math.max(0, Math.floor(Number(totalSeconds) || 0));
    var h = Math.floor(s / 3600);
    var m = Math.floor((s % 3600) / 60);
    var sec = s % 60;
    if (h > 0) {
      return h + ' 小时 ' + m + ' 分';
    }
    if (m > 0) {
      return m + ' 分 ' + sec + ' 秒';
    }
    return sec + ' 秒';
  }

  function secondsSince(iso) {
    var t = Date.parse(str(iso));
    return isNaN(t) ? null : Math.max(0, (Date.now() - t) / 1000);
  }

  function fmtTime(iso) {
    var d = new Date(str(iso));
    if (isNaN(d.getTime())) {
      return '';
    }
    var today = new Date();
    var time = d.toLocaleTimeString('zh-CN', { hour12: false });
    return d.toDateString() === today.toDateString() ? time : d.toLocaleDateString('zh-CN') + ' ' + time;
  }

  function fmtScore(n) {
    return typeof n === 'number' && isFinite(n) ? String(Math.round(n * 100) / 100) : '';
  }

  function reasonLabel(reason) {
    return REASONS[norm(reason)] || (reason ? str(reason) : '未说明原因');
  }

  function platformLabel(platform) {
    if (!platform) {
      return '';
    }
    var zh = PLATFORMS[norm(platform)];
    return zh || str(platform);
  }

  function kindLabel(kind) {
    return kind === 'ticket' ? '工单' : '实时';
  }

  function presenceLabel(p) {
    return PRESENCE[str(p)] || str(p) || '未知';
  }

  function loadLabel(active) {
    if (typeof active === 'number' && isFinite(active)) {
      return active + ' 个会话';
    }
    if (typeof active === 'boolean') {
      return active ? '有会话' : '空闲';
    }
    return '';
  }

  function sentimentInfo(s) {
    if (!s || (!s.label && typeof s.score !== 'number')) {
      return null;
    }
    var known = SENTIMENTS[norm(s.label)];
    var score = fmtScore(s.score);
    var text = known ? known.emoji + ' ' + known.label : str(s.label);
    return {
      text: score ? text + ' ' + score : text,
      cls: known ? known.cls : 'sent-neutral',
      title: 'Sentiment: ' + str(s.label) + (score ? ' (' + score + ')' : '')
    };
  }

  function sentimentNode(s) {
    var info = sentimentInfo(s);
    if (!info) {
      return el('span', { className: 'sent-neutral', text: '情绪未知', title: 'Sentiment unknown' });
    }
    return el('span', { className: info.cls, text: info.text, title: info.title });
  }

  function flowInfo(flow) {
    var key = str(flow).replace(/^flow:/, '');
    return FLOWS[key] || null;
  }

  function answerValue(raw) {
    var value = raw;
    if (typeof raw === 'string') {
      try {
        value = JSON.parse(raw);
      } catch (e) {
        value = raw;
      }
    }
    if (value === true) {
      return '是';
    }
    if (value === false) {
      return '否';
    }
    if (value === null || value === undefined) {
      return '—';
    }
    if (typeof value === 'string') {
      return ANSWER_VALUES[value] || PLATFORMS[norm(value)] || value;
    }
    if (typeof value === 'number') {
      return String(value);
    }
    try {
      return JSON.stringify(value);
    } catch (e) {
      return str(raw);
    }
  }

  function piiLabel(category) {
    return PII[norm(category)] || str(category);
  }

  // ---------------------------------------------------------------------------------------------
  // Status bar
  // ---------------------------------------------------------------------------------------------

  var statusTimer = null;

  function showStatus(message, kind) {
    var bar = $('status');
    var current = bar.getAttribute('data-kind');
    // A passing notice does not hide an error the agent has not seen yet.
    if (kind === 'info' && current === 'error' && message) {
      return;
    }
    window.clearTimeout(statusTimer);
    $('status-text').textContent = message || '';
    bar.classList.remove('is-error', 'is-ok', 'is-info');
    if (message) {
      bar.classList.add('is-' + (kind || 'info'));
      bar.setAttribute('data-kind', kind || 'info');
    } else {
      bar.removeAttribute('data-kind');
    }
    $('status-close').hidden = !message;
    if (message && kind !== 'error') {
      statusTimer = window.setTimeout(function () { showStatus(''); }, 6000);
    }
  }

  function describe(err) {
    if (err instanceof ApiError) {
      var detail = err.status ? '（HTTP ' + err.status + (err.code && err.code !== String(err.status) ? ' ' + err.code : '') + '）' : '';
      return err.message + detail;
    }
    return str(err && err.message ? err.message : err) || '未知错误';
  }

  function report(err, what) {
    if (!err || err.handled) {
      return;
    }
    if (!(err instanceof ApiError) && window.console) {
      window.console.error(err);
    }
    showStatus(what + '：' + describe(err), 'error');
  }

  // ---------------------------------------------------------------------------------------------
  // API
  // ---------------------------------------------------------------------------------------------

  function ApiError(status, code, message) {
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.message = message;
    this.handled = false;
  }
  ApiError.prototype = Object.create(Error.prototype);
  ApiError.prototype.constructor = ApiError;

  function defaultMessage(status) {
    switch (status) {
      case 400: return '请求无效';
      case 401: return '未登录或登录已过期';
      case 403: return '没有权限执行此操作';
      case 404: return '未找到（可能已被处理）';
      case 409: return '状态已变化，操作未执行';
      case 429: return '操作太频繁，请稍后再试';
      default: return status >= 500 ? '服务器出错，请稍后再试' : '请求失败';
    }
  }

  // api('POST', path, body, {anonymous}) → parsed JSON (null for 204). Throws ApiError; a 401 on
  // an authenticated call ends the session and shows the login (the error is then "handled").
  function api(method, path, body, options) {
    var anonymous = !!(options && options.anonymous);
    var gen = state.gen;
    var headers = { Accept: 'application/json' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    if (!anonymous) {
      if (!state.session) {
        var none = new ApiError(401, 'NoSession', '未登录');
        none.handled = true;
        return Promise.reject(none);
      }
      headers.Authorization = 'Bearer ' + state.session.token;
    }

    function stale() {
      var e = new ApiError(0, 'Stale', '会话已切换');
      e.handled = true;
      return e;
    }

    return window.fetch(path, {
      method: method,
      headers: headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
      credentials: 'same-origin'
    }).catch(function () {
      throw new ApiError(0, 'Network', '网络错误，无法连接服务器');
    }).then(function (response) {
      if (!anonymous && gen !== state.gen) {
        throw stale();
      }
      var read = response.status === 204 ? Promise.resolve('') : response.text().catch(function () { return ''; });
      return read.then(function (text) {
        var data = null;
        if (text) {
          try {
            data = JSON.parse(text);
          } catch (e) {
            data = null;
          }
        }
        if (!response.ok) {
          var info = data && data.error ? data.error : {};
          var err = new ApiError(response.status, str(info.code) || String(response.status), str(info.message) || defaultMessage(response.status));
          if (response.status === 401 && !anonymous) {
            err.handled = true;
            if (gen === state.gen) {
              endSession('登录已过期或无效，请重新登录。');
            }
          }
          throw err;
        }
        return data;
      });
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Session (sessionStorage)
  // ---------------------------------------------------------------------------------------------

  function readSession() {
    try {
      var s = JSON.parse(window.sessionStorage.getItem(SESSION_KEY) || 'null');
      if (!s || typeof s.token !== 'string' || !s.token || typeof s.username !== 'string') {
        return null;
      }
      return s;
    } catch (e) {
      return null;
    }
  }

  function storeSet(key, value) {
    try {
      if (value === null || value === undefined) {
        window.sessionStorage.removeItem(key);
      } else {
        window.sessionStorage.setItem(key, value);
      }
    } catch (e) {
      // Storage disabled: the console still works, a reload asks for the login again.
    }
  }

  function storeGet(key) {
    try {
      return window.sessionStorage.getItem(key);
    } catch (e) {
      return null;
    }
  }

  function isExpired(s) {
    var t = Date.parse(str(s && s.expiresAt));
    return !isNaN(t) && t <= Date.now();
  }

  function isSupervisor() {
    return !!state.session && state.session.role === 'supervisor';
  }

  function isMe(username) {
    return !!state.session && !!username && str(username).toLowerCase() === state.session.username.toLowerCase();
  }

  function startSession(s, fresh) {
    state.gen++;
    state.session = {
      token: s.token,
      expiresAt: s.expiresAt || null,
      username: str(s.username),
      displayName: str(s.displayName) || str(s.username),
      role: str(s.role) || 'agent'
    };
    storeSet(SESSION_KEY, JSON.stringify(state.session));
    state.presence = fresh ? 'online' : (storeGet(PRESENCE_KEY) === 'away' ? 'away' : 'online');
    storeSet(PRESENCE_KEY, state.presence);
    state.pendingOpen = fresh ? null : storeGet(OPEN_KEY);
    if (fresh) {
      storeSet(OPEN_KEY, null);
    }

    $('presence').value = state.presence;
    $('login-view').hidden = true;
    $('console-view').hidden = false;
    $('login-error').textContent = '';
    $('login-password').value = '';
    renderMe();
    setupStats();
    renderQueue();
    renderMine();
    renderTransferOptions();

    postPresence(state.presence, false);
    startHub();
    refreshQueue();
    refreshMine();
    refreshAgents();

    state.intervals.push(window.setInterval(tick, TICK_MS));
    state.intervals.push(window.setInterval(function () {
      refreshQueue();
      refreshMine();
      refreshAgents();
    }, QUEUE_POLL_MS));
    state.intervals.push(window.setInterval(function () {
      postPresence(state.presence, false);
    }, HEARTBEAT_MS));

    var expires = Date.parse(str(state.session.expiresAt));
    if (!isNaN(expires)) {
      var gen = state.gen;
      state.expiryTimer = window.setTimeout(function () {
        if (gen === state.gen) {
          endSession('登录已过期，请重新登录。');
        }
      }, Math.min(Math.max(0, expires - Date.now()), 2147483000));
    }
  }

  function endSession(message) {
    var previous = state.session ? state.session.username : '';
    state.gen++;
    state.intervals.forEach(function (id) { window.clearInterval(id); });
    state.intervals = [];
    window.clearTimeout(state.expiryTimer);
    window.clearTimeout(state.refreshTimer);
    window.clearInterval(state.statsTimer);
    state.expiryTimer = state.refreshTimer = state.statsTimer = null;
    stopHub();
    closeConversation();
    state.session = null;
    state.queue = [];
    state.mine = [];
    state.mineLoaded = false;
    state.agents = [];
    state.pendingOpen = null;
    state.unread.clear();
    state.drafts.clear();
    state.claiming.clear();
    storeSet(SESSION_KEY, null);
    storeSet(PRESENCE_KEY, null);
    storeSet(OPEN_KEY, null);

    renderQueue();
    renderMine();
    renderTransferOptions();
    clear($('stats-slot'));
    clear($('canned-list'));
    $('canned-search').value = '';
    $('canned-hint').hidden = false;
    $('canned-hint').textContent = '输入关键词搜索，点击一条放入回复框（可修改后发送）';
    $('me').textContent = '';
    setConn('off');
    showStatus('');
    document.title = BASE_TITLE;

    $('console-view').hidden = true;
    $('login-view').hidden = false;
    $('login-error').textContent = message || '';
    $('login-password').value = '';
    if (previous && !$('login-username').value) {
      $('login-username').value = previous;
    }
    ($('login-username').value ? $('login-password') : $('login-username')).focus();
  }

  function renderMe() {
    var me = $('me');
    clear(me);
    if (!state.session) {
      return;
    }
    add(me, state.session.displayName + '（' + state.session.username + '）');
    me.appendChild(el('span', {
      className: 'role-badge',
      text: isSupervisor() ? '主管' : '客服',
      title: 'Role: ' + state.session.role
    }));
  }

  // ---------------------------------------------------------------------------------------------
  // Login / logout / presence
  // ---------------------------------------------------------------------------------------------

  function onLoginSubmit(event) {
    event.preventDefault();
    var username = $('login-username').value.trim();
    var password = $('login-password').value;
    var error = $('login-error');
    if (!username || !password) {
      error.textContent = '请输入用户名和密码。';
      return;
    }
    var button = $('login-submit');
    button.disabled = true;
    button.textContent = '登录中…';
    error.textContent = '';
    api('POST', '/api/agent/token', { username: username, password: password }, { anonymous: true })
      .then(function (data) {
        if (!data || typeof data.token !== 'string' || !data.token) {
          throw new ApiError(0, 'BadResponse', '服务器返回的登录信息无效');
        }
        startSession({
          token: data.token,
          expiresAt: data.expiresAt,
          username: data.username || username,
          displayName: data.displayName,
          role: data.role
        }, true);
      })
      .catch(function (err) {
        error.textContent = err.status === 401 ? '用户名或密码错误。' : '登录失败：' + describe(err);
        $('login-password').select();
      })
      .then(function () {
        button.disabled = false;
        button.textContent = '登录';
      });
  }

  function onLogout() {
    var session = state.session;
    if (session) {
      // Best effort: tell the desk this agent is gone, without waiting for the answer.
      window.fetch('/api/agent/presence', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + session.token },
        body: JSON.stringify({ presence: 'away' }),
        keepalive: true
      }).catch(function () { /* logging out anyway */ });
    }
    endSession('');
  }

  function postPresence(value, announce) {
    return api('POST', '/api/agent/presence', { presence: value })
      .then(function () {
        if (announce) {
          showStatus('状态已切换为「' + presenceLabel(value) + '」', 'ok');
        }
        return true;
      })
      .catch(function (err) {
        report(err, '更新在线状态失败');
        return false;
      });
  }

  function onPresenceChange() {
    var select = $('presence');
    var previous = state.presence;
    var value = select.value === 'away' ? 'away' : 'online';
    state.presence = value;
    storeSet(PRESENCE_KEY, value);
    select.disabled = true;
    var gen = state.gen;
    postPresence(value, true).then(function (ok) {
      select.disabled = false;
      if (!ok && gen === state.gen) {
        state.presence = previous;
        storeSet(PRESENCE_KEY, previous);
        select.value = previous;
      }
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Queue and my conversations
  // ---------------------------------------------------------------------------------------------

  function byWaiting(a, b) {
    var ta = Date.parse(str(a.waitingSince));
    var tb = Date.parse(str(b.waitingSince));
    return (isNaN(ta) ? 0 : ta) - (isNaN(tb) ? 0 : tb);
  }

  function uniqueById(list) {
    var seen = new Set();
    return (Array.isArray(list) ? list : []).filter(function (h) {
      if (!h || h.id === null || h.id === undefined || seen.has(String(h.id))) {
        return false;
      }
      seen.add(String(h.id));
      return true;
    });
  }

  function upsert(list, h) {
    var out = list.filter(function (x) { return String(x.id) !== String(h.id); });
    out.push(h);
    return out;
  }

  function setQueue(list) {
    state.queue = uniqueById(list).filter(function (h) { return !h.status || h.status === 'waiting'; });
    renderQueue();
  }

  function upsertQueue(h) {
    state.queueVersion++;
    state.queue = upsert(state.queue, h).sort(byWaiting);
    renderQueue();
  }

  function removeFromQueue(id) {
    state.queueVersion++;
    state.queue = state.queue.filter(function (x) { return String(x.id) !== String(id); });
    renderQueue();
  }

  function findMine(id) {
    for (var i = 0; i < state.mine.length; i++) {
      if (String(state.mine[i].id) === String(id)) {
        return state.mine[i];
      }
    }
    return null;
  }

  function upsertMine(h) {
    state.mineVersion++;
    var existed = !!findMine(h.id);
    state.mine = existed
      ? state.mine.map(function (x) { return String(x.id) === String(h.id) ? h : x; })
      : state.mine.concat([h]);
    renderMine();
  }

  function removeFromMine(id) {
    state.mineVersion++;
    state.mine = state.mine.filter(function (x) { return String(x.id) !== String(id); });
    state.unread.delete(String(id));
    state.drafts.delete(String(id));
    renderMine();
  }

  function refreshQueue() {
    if (!state.session) {
      return Promise.resolve();
    }
    var gen = state.gen;
    var version = state.queueVersion;
    var seq = ++state.queueSeq;
    return api('GET', '/api/agent/handoffs?status=waiting')
      .then(function (list) {
        if (gen !== state.gen || seq !== state.queueSeq) {
          return;
        }
        if (version !== state.queueVersion) {
          scheduleRefresh();
          return;
        }
        setQueue(list);
      })
      .catch(function (err) { report(err, '刷新队列失败'); });
  }

  function refreshMine() {
    if (!state.session) {
      return Promise.resolve();
    }
    var gen = state.gen;
    var version = state.mineVersion;
    var seq = ++state.mineSeq;
    return api('GET', '/api/agent/handoffs?status=active')
      .then(function (list) {
        if (gen !== state.gen || seq !== state.mineSeq) {
          return;
        }
        if (version !== state.mineVersion) {
          scheduleRefresh();
          return;
        }
        state.mine = uniqueById(list).filter(function (h) {
          return (!h.status || h.status === 'active') && isMe(h.assignedTo);
        });
        state.mineLoaded = true;
        var cur = state.current;
        if (cur) {
          var fresh = findMine(cur.id);
          if (!fresh) {
            closeConversation();
            showStatus('当前会话已不在「我的会话」中（可能已被转接或结束）', 'info');
          } else {
            cur.handoff = fresh;
            renderConversationHeader(fresh);
          }
        }
        renderMine();
        if (!state.current && state.pendingOpen) {
          var id = state.pendingOpen;
          state.pendingOpen = null;
          if (findMine(id)) {
            openConversation(id);
          }
        }
      })
      .catch(function (err) { report(err, '刷新我的会话失败'); });
  }

  function refreshAll() {
    refreshQueue();
    refreshMine();
    if (isSupervisor()) {
      refreshStats();
    }
  }

  // Hub events come in bursts: one refresh for a burst.
  function scheduleRefresh() {
    if (!state.session || state.refreshTimer) {
      return;
    }
    state.refreshTimer = window.setTimeout(function () {
      state.refreshTimer = null;
      refreshAll();
    }, EVENT_REFRESH_DELAY_MS);
  }

  // Updates a keyed list in place, so a refresh never replaces the button under the agent's pointer.
  function reconcile(list, items, cache, create, update) {
    var seen = new Set();
    items.forEach(function (item, index) {
      var key = String(item.id);
      var node = cache.get(key);
      if (!node) {
        node = create(item);
        cache.set(key, node);
      }
      update(node, item);
      seen.add(key);
      var at = list.children[index];
      if (at !== node.root) {
        list.insertBefore(node.root, at || null);
      }
    });
    cache.forEach(function (node, key) {
      if (!seen.has(key)) {
        if (node.root.parentNode) {
          node.root.parentNode.removeChild(node.root);
        }
        cache.delete(key);
      }
    });
  }

  function setKindTag(node, kind) {
    node.textContent = kindLabel(kind);
    node.className = 'tag ' + (kind === 'ticket' ? 'tag-ticket' : 'tag-live');
    node.title = kind === 'ticket' ? 'Ticket (merchant left a message)' : 'Live chat';
  }

  function setPlatform(node, platform) {
    var label = platformLabel(platform);
    node.textContent = label ? '平台：' + label : '平台未知';
    node.title = 'Platform: ' + (platform ? str(platform) : 'unknown');
  }

  function setSentiment(node, sentiment) {
    var info = sentimentInfo(sentiment);
    node.textContent = info ? info.text : '情绪未知';
    node.className = info ? info.cls : 'sent-neutral';
    node.title = info ? info.title : 'Sentiment unknown';
  }

  function contextOf(h) {
    return h && h.context && typeof h.context === 'object' ? h.context : {};
  }

  var queueNodes = new Map();

  function createQueueItem(h) {
    var id = str(h.id);
    var n = {};
    n.title = el('span', { className: 'item-title' });
    n.kind = el('span', { className: 'tag' });
    n.platform = el('span');
    n.sentiment = el('span');
    n.wait = el('span', { className: 'wait', testid: 'wait' });
    n.claim = el('button', { type: 'button', className: 'btn btn-primary btn-small', testid: 'claim', title: 'Claim this conversation', text: '接入' });
    n.claim.addEventListener('click', function () { claim(id, n.claim); });
    n.root = el('li', { className: 'item queue-item', testid: 'queue-item', data: { handoffId: id } },
      el('div', { className: 'item-row' }, n.title, n.kind),
      el('div', { className: 'item-meta' }, n.platform, n.sentiment),
      el('div', { className: 'item-foot' }, n.wait, n.claim));
    return n;
  }

  function updateQueueItem(n, h) {
    var c = contextOf(h);
    var reason = h.reason || c.reason;
    n.title.textContent = reasonLabel(reason);
    n.title.title = 'Reason: ' + str(reason);
    setKindTag(n.kind, h.kind);
    setPlatform(n.platform, h.platform || c.platform);
    setSentiment(n.sentiment, h.sentiment || c.sentiment);
    n.wait.setAttribute('data-since', str(h.waitingSince));
    n.root.classList.toggle('kind-ticket', h.kind === 'ticket');
    n.root.classList.toggle('kind-live', h.kind !== 'ticket');
  }

  function renderQueue() {
    reconcile($('queue'), state.queue, queueNodes, createQueueItem, updateQueueItem);
    var count = state.queue.length;
    $('queue-empty').hidden = count > 0;
    var badge = $('queue-count');
    badge.textContent = String(count);
    badge.classList.toggle('count-hot', count > 0);
    document.title = count > 0 ? '(' + count + ') ' + BASE_TITLE : BASE_TITLE;
    tick();
  }

  var mineNodes = new Map();

  function createMyItem(h) {
    var id = str(h.id);
    var n = {};
    n.title = el('span', { className: 'item-title' });
    n.unread = el('span', { className: 'unread', testid: 'unread', hidden: true, title: 'Unread merchant messages' });
    n.kind = el('span', { className: 'tag' });
    n.platform = el('span');
    n.sentiment = el('span');
    n.root = el('li', {
      className: 'item my-item clickable',
      testid: 'my-item',
      data: { handoffId: id },
      tabindex: '0',
      role: 'button',
      title: 'Open this conversation'
    },
      el('div', { className: 'item-row' }, n.title, n.unread),
      el('div', { className: 'item-meta' }, n.kind, n.platform, n.sentiment));
    n.root.addEventListener('click', function () { openConversation(id); });
    n.root.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        openConversation(id);
      }
    });
    return n;
  }

  function updateMyItem(n, h) {
    var c = contextOf(h);
    var reason = h.reason || c.reason;
    n.title.textContent = reasonLabel(reason);
    setKindTag(n.kind, h.kind);
    setPlatform(n.platform, h.platform || c.platform);
    setSentiment(n.sentiment, h.sentiment || c.sentiment);
    var unread = state.unread.get(str(h.id)) || 0;
    n.unread.hidden = unread === 0;
    n.unread.textContent = unread > 99 ? '99+' : String(unread);
    var open = !!state.current && String(state.current.id) === String(h.id);
    n.root.classList.toggle('is-open', open);
    if (open) {
      n.root.setAttribute('aria-current', 'true');
    } else {
      n.root.removeAttribute('aria-current');
    }
  }

  function renderMine() {
    reconcile($('my-list'), state.mine, mineNodes, createMyItem, updateMyItem);
    $('my-empty').hidden = state.mine.length > 0;
    $('my-count').textContent = String(state.mine.length);
  }

  // The waiting times tick every second.
  function tick() {
    var nodes = document.querySelectorAll('[data-since]');
    for (var i = 0; i < nodes.length; i++) {
      var node = nodes[i];
      var secs = secondsSince(node.getAttribute('data-since'));
      node.textContent = secs === null ? '等待时间未知' : '等待 ' + fmtDuration(secs);
      node.classList.toggle('wait-warn', secs !== null && secs >= 300 && secs < 600);
      node.classList.toggle('wait-late', secs !== null && secs >= 600);
    }
  }

  function claim(id, button) {
    if (!state.session) {
      return;
    }
    button.disabled = true;
    button.textContent = '接入中…';
    var gen = state.gen;
    state.claiming.add(str(id));
    api('POST', '/api/agent/handoffs/' + enc(id) + '/claim')
      .then(function (h) {
        if (gen !== state.gen) {
          return;
        }
        removeFromQueue(id);
        if (h && h.id !== undefined) {
          upsertMine(h);
          openConversation(h.id);
        } else {
          refreshMine();
        }
        showStatus('已接入会话', 'ok');
      })
      .catch(function (err) {
        if (err.status === 409) {
          removeFromQueue(id);
          showStatus('该会话已被其他客服接入，队列已刷新。', 'error');
        } else if (err.status === 404) {
          removeFromQueue(id);
          showStatus('该会话已不存在（可能商家已离开），队列已刷新。', 'error');
        } else {
          report(err, '接入失败');
        }
      })
      .then(function () {
        state.claiming.delete(str(id));
        button.disabled = false;
        button.textContent = '接入';
        if (gen === state.gen) {
          refreshQueue();
          refreshMine();
        }
      });
  }

  // ---------------------------------------------------------------------------------------------
  // Supervisor statistics
  // ---------------------------------------------------------------------------------------------

  function setupStats() {
    var slot = $('stats-slot');
    clear(slot);
    window.clearInterval(state.statsTimer);
    state.statsTimer = null;
    if (!isSupervisor()) {
      return;
    }
    slot.appendChild(el('section', { className: 'panel', id: 'stats', testid: 'stats' },
      el('h2', { className: 'panel-title', title: 'Desk statistics (supervisors)', text: '值班统计' }),
      el('div', { id: 'stats-body' }, el('p', { className: 'empty', text: '加载中…' }))));
    refreshStats();
    state.statsTimer = window.setInterval(refreshStats, STATS_POLL_MS);
  }

  function refreshStats() {
    if (!isSupervisor() || !$('stats')) {
      return Promise.resolve();
    }
    var gen = state.gen;
    var seq = ++state.statsSeq;
    return api('GET', '/api/agent/stats')
      .then(function (s) {
        if (gen === state.gen && seq === state.statsSeq) {
          renderStats(s || {});
        }
      })
      .catch(function (err) {
        if (err.status === 403) {
          window.clearInterval(state.statsTimer);
          state.statsTimer = null;
          clear($('stats-slot'));
          showStatus('没有查看值班统计的权限（HTTP 403）', 'error');
          return;
        }
        report(err, '刷新值班统计失败');
      });
  }

  function statBox(value, label, title, testid) {
    return el('div', { className: 'stat', title: title, testid: testid },
      el('div', { className: 'stat-value', text: value }),
      el('div', { className: 'stat-label', text: label }));
  }

  function renderStats(s) {
    var body = $('stats-body');
    if (!body) {
      return;
    }
    clear(body);
    var waiting = typeof s.waiting === 'number' ? s.waiting : 0;
    var hasWait = waiting > 0;
    body.appendChild(el('div', { className: 'stats-grid' },
      statBox(String(waiting), '排队中', 'Waiting in queue', 'stats-waiting'),
      statBox(hasWait && typeof s.oldestWaitSeconds === 'number' ? fmtDuration(s.oldestWaitSeconds) : '—', '最久等待', 'Oldest wait', 'stats-oldest'),
      statBox(typeof s.averageWaitSeconds === 'number' && (hasWait || s.averageWaitSeconds > 0) ? fmtDuration(s.averageWaitSeconds) : '—', '平均等待', 'Average wait', 'stats-average')));

    var agents = Array.isArray(s.agents) ? s.agents : [];
    if (agents.length === 0) {
      body.appendChild(el('p', { className: 'empty', text: '暂无客服账号' }));
    } else {
      var tbody = el('tbody');
      agents.forEach(function (a) {
        if (!a) {
          return;
        }
        var name = str(a.displayName) || str(a.username);
        tbody.appendChild(el('tr', { testid: 'stats-agent', data: { username: str(a.username) } },
          el('td', { text: name + (isMe(a.username) ? '（我）' : ''), title: str(a.username) }),
          el('td', { text: presenceLabel(a.presence), title: 'Presence: ' + str(a.presence) }),
          el('td', { className: 'num', text: typeof a.active === 'number' ? String(a.active) : loadLabel(a.active), title: 'Active conversations' })));
      });
      body.appendChild(el('table', { className: 'stats-table' },
        el('thead', null, el('tr', null,
          el('th', { text: '客服', title: 'Agent' }),
          el('th', { text: '状态', title: 'Presence' }),
          el('th', { className: 'num', text: '会话', title: 'Active conversations (load)' }))),
        tbody));
    }
    body.appendChild(el('div', { className: 'stats-updated', text: '更新于 ' + new Date().toLocaleTimeString('zh-CN', { hour12: false }) }));
  }

  // ---------------------------------------------------------------------------------------------
  // Agents (transfer targets)
  // ---------------------------------------------------------------------------------------------

  function refreshAgents() {
    if (!state.session) {
      return Promise.resolve();
    }
    var gen = state.gen;
    var seq = ++state.agentsSeq;
    return api('GET', '/api/agent/agents')
      .then(function (list) {
        if (gen === state.gen && seq === state.agentsSeq) {
          state.agents = (Array.isArray(list) ? list : []).filter(function (a) { return a && a.username; });
          renderTransferOptions();
        }
      })
      .catch(function (err) { report(err, '获取客服列表失败'); });
  }

  function renderTransferOptions() {
    var select = $('transfer-to');
    var selected = select.value;
    clear(select);
    select.appendChild(el('option', { value: '', text: '转接给…' }));
    var found = false;
    state.agents.forEach(function (a) {
      if (isMe(a.username)) {
        return;
      }
      var parts = [str(a.displayName) || str(a.username), presenceLabel(a.presence)];
      var load = loadLabel(a.active);
      if (load) {
        parts.push(load);
      }
      var option = el('option', { value: str(a.username), text: parts.join(' · '), title: str(a.username) });
      if (str(a.username) === selected) {
        option.selected = true;
        found = true;
      }
      select.appendChild(option);
    });
    if (!found) {
      select.value = '';
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The open conversation
  // ---------------------------------------------------------------------------------------------

  function saveDraft() {
    if (state.current) {
      var text = $('reply-input').value;
      if (text) {
        state.drafts.set(String(state.current.id), text);
      } else {
        state.drafts.delete(String(state.current.id));
      }
    }
  }

  function openConversation(id) {
    var h = findMine(id);
    if (!h) {
      showStatus('该会话已不在「我的会话」中', 'error');
      return;
    }
    if (state.current && String(state.current.id) === String(id)) {
      $('reply-input').focus();
      return;
    }
    saveDraft();
    var cur = { id: str(h.id), handoff: h, loaded: false, ids: new Set(), pending: [], lastTypingSent: 0 };
    state.current = cur;
    storeSet(OPEN_KEY, cur.id);
    state.unread.delete(cur.id);
    renderMine();

    $('conv-empty').hidden = true;
    $('conv').hidden = false;
    hideTyping();
    renderConversationHeader(h);
    renderContext(h);
    setConversationBusy(false);
    var input = $('reply-input');
    input.value = state.drafts.get(cur.id) || '';
    refreshAgents();
    loadTranscript(cur);
    input.focus();
  }

  function closeConversation() {
    if (state.current) {
      saveDraft();
    }
    state.current = null;
    storeSet(OPEN_KEY, null);
    hideTyping();
    clear($('transcript'));
    clear($('conv-title'));
    clear($('conv-meta'));
    $('reply-input').value = '';
    $('conv').hidden = true;
    $('conv-empty').hidden = false;
    renderContext(null);
    renderMine();
  }

  // The conversation ends here (resolved or transferred by this agent, or taken away).
  function leaveConversation(id) {
    removeFromMine(id);
    if (state.current && String(state.current.id) === String(id)) {
      state.current = null;  // no draft to keep
      closeConversation();
    }
  }

  function setConversationBusy(busy) {
    state.busy = busy;
    $('transfer').disabled = busy;
    $('resolve').disabled = busy;
    $('reply-send').disabled = busy;
  }

  function renderConversationHeader(h) {
    var c = contextOf(h);
    var reason = h.reason || c.reason;
    var title = $('conv-title');
    title.textContent = reasonLabel(reason);
    title.title = 'Reason: ' + str(reason);
    var meta = $('conv-meta');
    clear(meta);
    var kind = el('span', { className: 'tag' });
    setKindTag(kind, h.kind);
    meta.appendChild(kind);
    var platform = el('span');
    setPlatform(platform, h.platform || c.platform);
    meta.appendChild(platform);
    meta.appendChild(sentimentNode(h.sentiment || c.sentiment));
    if (h.waitingSince) {
      meta.appendChild(el('span', { text: '发起于 ' + fmtTime(h.waitingSince), title: 'Waiting since ' + str(h.waitingSince) }));
    }
    meta.appendChild(el('span', { text: '会话 ' + str(h.conversationId), title: 'Conversation id' }));
  }

  function note(text, isError) {
    return el('div', { className: 'transcript-note' + (isError ? ' is-error' : ''), text: text });
  }

  function loadTranscript(cur) {
    var box = $('transcript');
    clear(box);
    box.appendChild(note('正在加载聊天记录…'));
    api('GET', '/api/agent/handoffs/' + enc(cur.id) + '/transcript')
      .then(function (data) {
        if (state.current !== cur) {
          return;
        }
        clear(box);
        cur.loaded = true;
        var activities = data && Array.isArray(data.activities) ? data.activities : [];
        activities.forEach(function (a) { appendActivity(cur, a); });
        cur.pending.splice(0).forEach(function (a) { appendActivity(cur, a); });
        if (!box.querySelector('.message')) {
          var empty = note('暂无消息');
          empty.classList.add('transcript-empty');
          box.appendChild(empty);
        }
        box.scrollTop = box.scrollHeight;
      })
      .catch(function (err) {
        if (state.current === cur && !err.handled) {
          clear(box);
          var retry = el('button', { type: 'button', className: 'btn btn-small', text: '重试', title: 'Retry' });
          retry.addEventListener('click', function () {
            if (state.current === cur) {
              loadTranscript(cur);
            }
          });
          box.appendChild(el('div', { className: 'transcript-note is-error' }, '聊天记录加载失败：' + describe(err) + ' ', retry));
        }
        report(err, '加载聊天记录失败');
      });
  }

  function appendActivity(cur, a, forceScroll) {
    if (!a || typeof a !== 'object' || state.current !== cur) {
      return;
    }
    if (a.id !== null && a.id !== undefined) {
      var key = String(a.id);
      if (cur.ids.has(key)) {
        return;
      }
      cur.ids.add(key);
    }
    var node = buildMessage(cur, a);
    if (!node) {
      return;
    }
    var box = $('transcript');
    var nearBottom = box.scrollHeight - box.scrollTop - box.clientHeight < 80;
    var empty = box.querySelector('.transcript-empty');
    if (empty) {
      box.removeChild(empty);
    }
    box.appendChild(node);
    if (nearBottom || forceScroll) {
      box.scrollTop = box.scrollHeight;
    }
  }

  function buildMessage(cur, a) {
    var type = str(a.type) || 'message';
    var text = typeof a.text === 'string' ? a.text : '';
    if (type !== 'message' && !text) {
      return null;   // typing indicators, events without text
    }
    var from = a.from && typeof a.from === 'object' ? a.from : {};
    var role = type === 'message' ? (str(from.role) || 'user') : 'system';
    var roleName = SENDERS[role] || role;
    var name = str(from.name);
    var who = name && name !== roleName ? roleName + ' · ' + name : roleName;

    var bubble = el('div', { className: 'bubble', testid: 'message-text' }, text || '（非文本消息）');
    var meta = el('div', { className: 'message-meta' },
      el('span', { className: 'message-name', text: who, title: 'From: ' + role + (from.id ? ' (' + str(from.id) + ')' : '') }),
      el('time', { datetime: str(a.timestamp), text: fmtTime(a.timestamp) }));
    var root = el('div', {
      className: 'message' + (type !== 'message' ? ' is-system' : ''),
      testid: 'message',
      data: { role: role, activityId: str(a.id) }
    }, meta, bubble);

    var pii = Array.isArray(a.pii) ? a.pii.filter(Boolean) : [];
    if (pii.length > 0 && a.id !== null && a.id !== undefined) {
      var categories = [];
      pii.forEach(function (p) {
        var label = piiLabel(p.category);
        if (label && categories.indexOf(label) < 0) {
          categories.push(label);
        }
      });
      meta.appendChild(el('span', {
        className: 'pii-note',
        text: '含' + (categories.length ? categories.join('、') : '敏感信息') + '（已打码）',
        title: 'Contains personal data, masked: ' + pii.map(function (p) { return str(p.category) + ' ' + str(p.masked); }).join(', ')
      }));
      var reveal = el('button', {
        type: 'button',
        className: 'btn btn-tiny',
        testid: 'reveal',
        text: '显示',
        title: 'Reveal the unmasked text (the reveal is logged)'
      });
      var activityId = a.id;
      reveal.addEventListener('click', function () { revealText(cur, activityId, root, bubble, reveal); });
      meta.appendChild(reveal);
    }
    return root;
  }

  function revealText(cur, activityId, root, bubble, button) {
    button.disabled = true;
    button.textContent = '…';
    api('POST', '/api/agent/handoffs/' + enc(cur.id) + '/reveal', { activityId: activityId })
      .then(function (data) {
        bubble.textContent = data && typeof data.text === 'string' ? data.text : '';
        root.classList.add('is-revealed');
        button.textContent = '已显示';
        button.title = 'Unmasked text shown (logged)';
      })
      .catch(function (err) {
        button.disabled = false;
        button.textContent = '显示';
        report(err, '显示原文失败');
      });
  }

  function showTyping() {
    $('typing').hidden = false;
    window.clearTimeout(state.typingTimer);
    state.typingTimer = window.setTimeout(hideTyping, TYPING_SHOW_MS);
  }

  function hideTyping() {
    window.clearTimeout(state.typingTimer);
    state.typingTimer = null;
    $('typing').hidden = true;
  }

  function sendReply() {
    var cur = state.current;
    if (!cur || state.busy) {
      return;
    }
    var input = $('reply-input');
    var text = input.value.trim();
    if (!text) {
      input.focus();
      return;
    }
    setConversationBusy(true);
    api('POST', '/api/agent/handoffs/' + enc(cur.id) + '/messages', { text: text })
      .then(function (data) {
        var draft = state.drafts.get(cur.id);
        if (draft !== undefined && draft.trim() === text) {
          state.drafts.delete(cur.id);
        }
        if (state.current !== cur) {
          return;
        }
        appendActivity(cur, {
          id: data && data.id !== undefined ? data.id : null,
          type: 'message',
          timestamp: new Date().toISOString(),
          from: { id: state.session ? state.session.username : '', name: state.session ? state.session.displayName : '', role: 'agent' },
          text: text,
          pii: []
        }, true);
        if (input.value.trim() === text) {
          input.value = '';
          state.drafts.delete(cur.id);
        }
        cur.lastTypingSent = 0;
      })
      .catch(function (err) { report(err, '发送失败，消息仍在输入框中'); })
      .then(function () {
        if (state.current === cur) {
          setConversationBusy(false);
          input.focus();
        }
      });
  }

  function onReplyKeydown(e) {
    if (e.key === 'Enter' && !e.shiftKey && !e.ctrlKey && !e.altKey && !e.metaKey && !e.isComposing && e.keyCode !== 229) {
      e.preventDefault();
      sendReply();
    }
  }

  function onReplyInput() {
    var cur = state.current;
    if (!cur) {
      return;
    }
    saveDraft();
    var now = Date.now();
    if ($('reply-input').value.trim() && now - cur.lastTypingSent >= TYPING_SEND_MS) {
      cur.lastTypingSent = now;
      api('POST', '/api/agent/handoffs/' + enc(cur.id) + '/typing')
        .catch(function (err) { report(err, '发送“正在输入”状态失败'); });
    }
  }

  function transfer() {
    var cur = state.current;
    if (!cur || state.busy) {
      return;
    }
    var select = $('transfer-to');
    var to = select.value;
    if (!to) {
      showStatus('请先在「转接给…」中选择一位客服', 'error');
      select.focus();
      return;
    }
    var target = null;
    state.agents.forEach(function (a) {
      if (str(a.username) === to) {
        target = a;
      }
    });
    var name = target ? (str(target.displayName) || to) : to;
    setConversationBusy(true);
    api('POST', '/api/agent/handoffs/' + enc(cur.id) + '/transfer', { to: to })
      .then(function () {
        leaveConversation(cur.id);
        select.value = '';
        showStatus('已转接给 ' + name, 'ok');
      })
      .catch(function (err) {
        if (err.status === 404) {
          showStatus('转接失败：找不到客服 ' + to + '（或会话已不存在），列表已刷新。', 'error');
          refreshAgents();
        } else if (err.status === 409) {
          showStatus('转接失败：会话状态已变化（' + err.message + '），已刷新。', 'error');
        } else {
          report(err, '转接失败');
        }
      })
      .then(function () {
        if (state.current === cur) {
          setConversationBusy(false);
        }
        scheduleRefresh();
      });
  }

  function resolve() {
    var cur = state.current;
    if (!cur || state.busy) {
      return;
    }
    setConversationBusy(true);
    api('POST', '/api/agent/handoffs/' + enc(cur.id) + '/resolve')
      .then(function () {
        leaveConversation(cur.id);
        showStatus('会话已结束，已交还机器人', 'ok');
      })
      .catch(function (err) {
        if (err.status === 409 || err.status === 404) {
          showStatus('结束失败：会话状态已变化（' + err.message + '），已刷新。', 'error');
        } else {
          report(err, '结束会话失败');
        }
      })
      .then(function () {
        if (state.current === cur) {
          setConversationBusy(false);
        }
        scheduleRefresh();
      });
  }

  // ---------------------------------------------------------------------------------------------
  // Context panel
  // ---------------------------------------------------------------------------------------------

  function kv(rows) {
    var dl = el('dl', { className: 'kv' });
    rows.forEach(function (row) {
      dl.appendChild(el('dt', { text: row[0], title: row[2] || null }));
      var value = row[1];
      dl.appendChild(typeof value === 'object' && value !== null
        ? el('dd', { testid: row[3] || null }, value)
        : el('dd', { text: str(value), testid: row[3] || null }));
    });
    return dl;
  }

  function section(title, englishTitle, testid) {
    var box = el('div', { className: 'context-section', testid: testid });
    box.appendChild(el('h3', { className: 'context-section-title', text: title, title: englishTitle }));
    return box;
  }

  function renderContext(h) {
    var box = $('context');
    clear(box);
    if (!h) {
      box.appendChild(el('p', { className: 'empty', text: '打开会话后显示机器人收集的信息' }));
      return;
    }
    var c = contextOf(h);
    var reason = c.reason || h.reason;
    var platform = c.platform || h.platform;
    var rows = [
      ['转人工原因', el('span', { text: reasonLabel(reason), title: str(reason) }), 'Reason', 'context-reason'],
      ['类型', kindLabel(h.kind), 'Kind', 'context-kind'],
      ['平台', platform ? platformLabel(platform) + (platformLabel(platform) !== str(platform) ? '（' + str(platform) + '）' : '') : '未知', 'Platform', 'context-platform'],
      ['情绪', sentimentNode(c.sentiment || h.sentiment), 'Sentiment', 'context-sentiment'],
      ['状态', STATUSES[str(h.status)] || str(h.status) || '—', 'Status']
    ];
    if (h.waitingSince) {
      rows.push(['发起时间', fmtTime(h.waitingSince), 'Waiting since']);
    }
    if (h.assignedTo) {
      rows.push(['处理人', str(h.assignedToName) || str(h.assignedTo), 'Assigned to']);
    }
    box.appendChild(kv(rows));

    // The walkthrough and the answers collected.
    var walk = section('引导流程', 'Walkthrough', 'context-walkthrough');
    var w = c.walkthrough;
    if (w && typeof w === 'object') {
      var flow = flowInfo(w.flow);
      var step = typeof w.step === 'number' ? w.step : null;
      var stepText = '—';
      if (step !== null) {
        stepText = '第 ' + (step + 1) + ' 步' + (flow ? ' / 共 ' + flow.steps.length + ' 步' : '');
        if (flow && flow.steps[step]) {
          stepText += '：' + flow.steps[step];
        }
      }
      walk.appendChild(kv([
        ['流程', flow ? flow.name + '（' + str(w.flow) + '）' : str(w.flow) || '—', 'Flow', 'context-flow'],
        ['进度', el('span', { text: stepText, title: 'Step index ' + str(w.step) + ' (0-based)' }), 'Step', 'context-step']
      ]));
      var answers = w.answers && typeof w.answers === 'object' ? Object.keys(w.answers) : [];
      walk.appendChild(el('h3', { className: 'context-section-title', text: '已收集的回答', title: 'Answers collected' }));
      if (answers.length === 0) {
        walk.appendChild(el('p', { className: 'empty', text: '尚无' }));
      } else {
        var list = el('ul', { className: 'answers', testid: 'context-answers' });
        answers.forEach(function (key) {
          list.appendChild(el('li', { data: { key: key } },
            el('span', { className: 'a-key', text: ANSWER_KEYS[key] || key, title: key }),
            el('span', { className: 'a-val', text: answerValue(w.answers[key]), title: str(w.answers[key]) })));
        });
        walk.appendChild(list);
      }
    } else {
      walk.appendChild(el('p', { className: 'empty', text: '未进入引导流程' }));
    }
    box.appendChild(walk);

    // FAQ answers the bot showed, with their match scores.
    var faq = section('机器人已展示的 FAQ', 'FAQ answers shown, with match scores', 'context-faq');
    var shown = Array.isArray(c.faqShown) ? c.faqShown.filter(Boolean) : [];
    if (shown.length === 0) {
      faq.appendChild(el('p', { className: 'empty', text: '无' }));
    } else {
      var faqList = el('ul', { className: 'faq-shown' });
      shown.forEach(function (f) {
        faqList.appendChild(el('li', null,
          el('span', { className: 'f-id', text: str(f.id) }),
          el('span', { className: 'f-score', text: typeof f.score === 'number' ? f.score.toFixed(2) : '—', title: 'Match score' })));
      });
      faq.appendChild(faqList);
    }
    box.appendChild(faq);

    // The ticket the merchant left.
    if (h.kind === 'ticket' || c.contact || c.description) {
      var ticket = section('工单信息', 'Ticket', 'context-ticket');
      ticket.appendChild(el('div', { className: 'ticket-box' }, kv([
        ['联系方式', str(c.contact) || '未提供', 'Contact', 'context-contact'],
        ['问题描述', str(c.description) || '未提供', 'Description', 'context-description']
      ])));
      box.appendChild(ticket);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Canned replies
  // ---------------------------------------------------------------------------------------------

  var cannedTimer = null;
  var cannedSeq = 0;

  function scheduleCanned() {
    window.clearTimeout(cannedTimer);
    cannedTimer = window.setTimeout(searchCanned, CANNED_DEBOUNCE_MS);
  }

  function searchCanned() {
    window.clearTimeout(cannedTimer);
    var q = $('canned-search').value.trim();
    var seq = ++cannedSeq;
    var list = $('canned-list');
    var hint = $('canned-hint');
    if (!q || !state.session) {
      clear(list);
      hint.hidden = false;
      hint.textContent = '输入关键词搜索，点击一条放入回复框（可修改后发送）';
      return;
    }
    api('GET', '/api/agent/canned?q=' + enc(q))
      .then(function (items) {
        if (seq !== cannedSeq) {
          return;
        }
        clear(list);
        items = (Array.isArray(items) ? items : []).filter(Boolean);
        hint.hidden = items.length > 0;
        hint.textContent = '没有找到相关的常用回复';
        items.forEach(function (item) {
          var li = el('li', {
            className: 'item canned-item clickable',
            testid: 'canned-item',
            data: { cannedId: str(item.id) },
            tabindex: '0',
            role: 'button',
            title: 'Put into the reply box (editable before sending)'
          },
            el('div', { className: 'canned-title', text: str(item.title) || str(item.id) }),
            el('div', { className: 'canned-text', text: str(item.text) }));
          li.addEventListener('click', function () { useCanned(item); });
          li.addEventListener('keydown', function (e) {
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault();
              useCanned(item);
            }
          });
          list.appendChild(li);
        });
      })
      .catch(function (err) {
        if (seq === cannedSeq) {
          report(err, '搜索常用回复失败');
        }
      });
  }

  function useCanned(item) {
    if (!state.current) {
      showStatus('请先打开一个会话，再选择常用回复', 'error');
      return;
    }
    var input = $('reply-input');
    var text = str(item.text);
    var start = typeof input.selectionStart === 'number' ? input.selectionStart : input.value.length;
    var end = typeof input.selectionEnd === 'number' ? input.selectionEnd : input.value.length;
    input.focus();
    input.setRangeText(text, start, end, 'end');
    saveDraft();
    showStatus('已放入回复框，可修改后发送', 'info');
  }

  // ---------------------------------------------------------------------------------------------
  // Real-time hub (SignalR)
  // ---------------------------------------------------------------------------------------------

  function setConn(kind, text) {
    var node = $('conn');
    node.className = 'conn conn-' + kind;
    node.setAttribute('data-state', kind);
    node.textContent = text || (kind === 'on' ? '实时连接：已连接' : kind === 'reconnecting' ? '实时连接：重连中' : '实时连接：未连接');
  }

  function startHub() {
    var signalR = window.signalR;
    if (!signalR || !signalR.HubConnectionBuilder) {
      setConn('off', '实时连接：不可用');
      showStatus('实时连接组件 (SignalR) 未能加载，页面将每 15 秒自动刷新队列。', 'error');
      return;
    }
    var gen = state.gen;
    var conn = new signalR.HubConnectionBuilder()
      .withUrl('/hubs/agent', { accessTokenFactory: function () { return state.session ? state.session.token : ''; } })
      .withAutomaticReconnect()
      .configureLogging(signalR.LogLevel.Warning)
      .build();
    state.hub = conn;

    function live() {
      return gen === state.gen && state.hub === conn;
    }

    conn.on('handoffCreated', function (h) {
      if (live()) {
        onHandoffCreated(h);
      }
    });
    conn.on('handoffUpdated', function (h) {
      if (live()) {
        onHandoffUpdated(h);
      }
    });
    conn.on('merchantMessage', function (m) {
      if (live()) {
        onMerchantMessage(m);
      }
    });
    conn.on('merchantTyping', function (m) {
      if (live()) {
        onMerchantTyping(m);
      }
    });
    conn.onreconnecting(function () {
      if (live()) {
        setConn('reconnecting');
        showStatus('实时连接中断，正在重连…', 'info');
      }
    });
    conn.onreconnected(function () {
      if (live()) {
        setConn('on');
        showStatus('实时连接已恢复', 'ok');
        refreshAll();
      }
    });
    conn.onclose(function () {
      if (live()) {
        setConn('off');
        showStatus('实时连接已断开，稍后自动重连（期间每 15 秒刷新）。', 'error');
        scheduleHubRetry(conn);
      }
    });
    connectHub(conn);
  }

  function connectHub(conn) {
    var gen = state.gen;
    setConn('reconnecting', '实时连接：连接中');
    conn.start()
      .then(function () {
        if (gen !== state.gen || state.hub !== conn) {
          conn.stop().catch(function () { /* already stopped */ });
          return;
        }
        setConn('on');
        if (document.getElementById('status').getAttribute('data-kind') === 'error' && /实时连接/.test($('status-text').textContent)) {
          showStatus('实时连接已恢复', 'ok');
        }
        refreshAll();   // catch up on anything that happened before the hub listened
      })
      .catch(function (err) {
        if (gen !== state.gen || state.hub !== conn) {
          return;
        }
        setConn('off');
        showStatus('实时连接失败：' + describe(err) + '。稍后自动重试（期间每 15 秒刷新）。', 'error');
        refreshQueue();   // an expired token shows up here as a 401 and brings the login back
        scheduleHubRetry(conn);
      });
  }

  function scheduleHubRetry(conn) {
    window.clearTimeout(state.hubRetry);
    state.hubRetry = window.setTimeout(function () {
      var signalR = window.signalR;
      if (state.hub === conn && state.session && conn.state === signalR.HubConnectionState.Disconnected) {
        connectHub(conn);
      }
    }, HUB_RETRY_MS);
  }

  function stopHub() {
    window.clearTimeout(state.hubRetry);
    state.hubRetry = null;
    var conn = state.hub;
    state.hub = null;
    if (conn) {
      conn.stop().catch(function () { /* closing anyway */ });
    }
  }

  function onHandoffCreated(h) {
    if (h && h.id !== undefined && (!h.status || h.status === 'waiting')) {
      upsertQueue(h);
    }
    scheduleRefresh();
  }

  function onHandoffUpdated(h) {
    if (!h || h.id === undefined || h.id === null) {
      scheduleRefresh();
      return;
    }
    var id = str(h.id);
    var wasMine = !!findMine(id);
    var isMine = h.status === 'active' && isMe(h.assignedTo);

    if (h.status === 'waiting') {
      upsertQueue(h);
    } else if (state.queue.some(function (x) { return str(x.id) === id; })) {
      removeFromQueue(id);
    }

    if (isMine) {
      upsertMine(h);
      if (!wasMine && !state.claiming.has(id)) {
        showStatus('有会话转接给你：' + reasonLabel(h.reason || contextOf(h).reason), 'info');
      }
      if (state.current && state.current.id === id) {
        state.current.handoff = h;
        renderConversationHeader(h);
        renderContext(h);
      }
    } else if (wasMine) {
      var open = state.current && state.current.id === id;
      leaveConversation(id);
      if (open) {
        var why = h.status === 'resolved' ? '该会话已结束'
          : h.status === 'cancelled' ? '商家已取消该会话'
            : h.status === 'active' ? '该会话已转接给 ' + (str(h.assignedToName) || str(h.assignedTo))
              : '该会话已不再由你处理';
        showStatus(why, 'info');
      }
    }
    scheduleRefresh();
  }

  function onMerchantMessage(m) {
    if (m && m.activity) {
      var id = str(m.handoffId);
      var cur = state.current;
      if (cur && cur.id === id) {
        hideTyping();
        if (cur.loaded) {
          appendActivity(cur, m.activity);
        } else {
          cur.pending.push(m.activity);
        }
      } else if (findMine(id)) {
        state.unread.set(id, (state.unread.get(id) || 0) + 1);
        renderMine();
      }
    }
    scheduleRefresh();
  }

  function onMerchantTyping(m) {
    if (m && state.current && state.current.id === str(m.handoffId)) {
      showTyping();
    }
    scheduleRefresh();
  }

  // ---------------------------------------------------------------------------------------------
  // Start
  // ---------------------------------------------------------------------------------------------

  function wire() {
    $('login-form').addEventListener('submit', onLoginSubmit);
    $('logout').addEventListener('click', onLogout);
    $('presence').addEventListener('change', onPresenceChange);
    $('reply-input').addEventListener('keydown', onReplyKeydown);
    $('reply-input').addEventListener('input', onReplyInput);
    $('reply-send').addEventListener('click', sendReply);
    $('transfer').addEventListener('click', transfer);
    $('resolve').addEventListener('click', resolve);
    $('canned-search').addEventListener('input', scheduleCanned);
    $('canned-search').addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && !e.isComposing && e.keyCode !== 229) {
        e.preventDefault();
        searchCanned();
      }
    });
    $('status-close').addEventListener('click', function () { showStatus(''); });
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'visible' && state.session) {
        scheduleRefresh();
      }
    });
  }

  function boot() {
    wire();
    var saved = readSession();
    if (saved && isExpired(saved)) {
      storeSet(SESSION_KEY, null);
      $('login-username').value = saved.username;
      $('login-error').textContent = '登录已过期，请重新登录。';
      $('login-password').focus();
      return;
    }
    if (saved) {
      startSession(saved, false);
    } else {
      $('login-username').focus();
    }
  }

  boot();
})();
