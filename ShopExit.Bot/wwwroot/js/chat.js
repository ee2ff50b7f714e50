// The support page: connects Web Chat to this server's Direct Line. The token and conversation id
// are kept in localStorage, so a reload (or a visit hours later) resumes the same conversation
// with its history instead of starting over.
(function () {
  'use strict';

  var STORE_KEY = 'shopexit.session.v1';
  var REFRESH_EVERY_MS = 10 * 60 * 1000;
  var domain = window.location.origin + '/v3/directline';

  if (new URLSearchParams(window.location.search).has('embed')) {
    document.body.classList.add('embedded');
  }

  function load() {
    try {
      var saved = JSON.parse(window.localStorage.getItem(STORE_KEY) || 'null');
      return saved && saved.token && saved.conversationId ? saved : null;
    } catch (e) {
      return null;
    }
  }

  function save(session) {
    try {
      window.localStorage.setItem(STORE_KEY, JSON.stringify({ conversationId: session.conversationId, token: session.token }));
    } catch (e) {
      // Private mode: the conversation still works, it just does not survive a reload.
    }
  }

  function post(url, token) {
    var headers = token ? { Authorization: 'Bearer ' + token } : {};
    return fetch(url, { method: 'POST', headers: headers });
  }

  function newSession() {
    return post('/api/widget/token').then(function (response) {
      if (!response.ok) {
        throw new Error('token ' + response.status);
      }
      return response.json();
    });
  }

  // Refresh the saved token and check the conversation still exists before Web Chat sees it:
  // Web Chat shows a dead end for a 4xx and does not retry. Only a definite "gone" (403: the token
  // is too old; 404: no such conversation) starts a new conversation; any other failure (offline,
  // a busy server) keeps the saved one, so the merchant's history is never thrown away.
  function Gone() {}

  function resume(saved) {
    return post(domain + '/tokens/refresh', saved.token)
      .then(function (response) {
        if (response.status === 403 || response.status === 404) {
          throw new Gone();
        }
        if (!response.ok) {
          throw new Error('refresh ' + response.status);
        }
        return response.json();
      })
      .then(function (refreshed) {
        return fetch(domain + '/conversations/' + encodeURIComponent(saved.conversationId), {
          headers: { Authorization: 'Bearer ' + refreshed.token }
        }).then(function (response) {
          if (response.status === 403 || response.status === 404) {
            throw new Gone();
          }
          if (!response.ok) {
            throw new Error('conversation ' + response.status);
          }
          return { conversationId: saved.conversationId, token: refreshed.token };
        });
      })
      .catch(function (error) {
        if (error instanceof Gone) {
          return null;
        }
        throw error;
      });
  }

  function keepFresh(session) {
    window.setInterval(function () {
      post(domain + '/tokens/refresh', session.token)
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (refreshed) {
          if (refreshed) {
            session.token = refreshed.token;
            save(session);
          }
        })
        .catch(function () { /* try again next time */ });
    }, REFRESH_EVERY_MS);
  }

  function showError() {
    var status = document.getElementById('status');
    status.textContent = '暂时无法连接客服助手，请稍后刷新页面重试。';
    status.hidden = false;
  }

  var saved = load();
  (saved ? resume(saved) : Promise.resolve(null))
    .then(function (session) { return session || newSession(); })
    .then(function (session) {
      save(session);
      keepFresh(session);
      var directLine = window.WebChat.createDirectLine({
        domain: domain,
        token: session.token,
        conversationId: session.conversationId
      });
      window.WebChat.renderWebChat({
        directLine: directLine,
        locale: 'zh-CN',
        // Typing reaches a human agent when one has the conversation (it is never stored).
        sendTypingIndicator: true,
        styleOptions: {
          botAvatarInitials: '助',
          hideUploadButton: true,
          suggestedActionLayout: 'flow',
          bubbleMaxWidth: 560,
          sendBoxTextWrap: true
        }
      }, document.getElementById('webchat'));
    })
    .catch(showError);
})();
