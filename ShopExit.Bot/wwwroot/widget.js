// ShopExit embed script. A merchant-facing site adds one line:
//   <script src="https://YOUR-SHOPEXIT-HOST/widget.js" async></script>
// It puts a chat bubble in the bottom-right corner; a click opens the support chat in a frame
// served by the ShopExit host (so the chat keeps its own origin, storage and security policy).
(function () {
  'use strict';
  if (window.__shopExitWidget) {
    return;
  }
  window.__shopExitWidget = true;

  var script = document.currentScript;
  var origin = script ? new URL(script.src, window.location.href).origin : window.location.origin;

  var button = document.createElement('button');
  button.type = 'button';
  button.setAttribute('aria-label', '打开在线客服');
  button.setAttribute('data-shopexit', 'bubble');
  button.textContent = '客服';
  button.style.cssText = 'position:fixed;right:20px;bottom:20px;z-index:2147483646;width:56px;height:56px;border:0;' +
    'border-radius:50%;background:#1a73e8;color:#fff;font-size:15px;cursor:pointer;box-shadow:0 4px 12px rgba(0,0,0,.25);';

  var frame = null;
  function toggle() {
    if (!frame) {
      frame = document.createElement('iframe');
      frame.src = origin + '/?embed=1';
      frame.title = 'ShopExit 在线客服';
      frame.setAttribute('data-shopexit', 'frame');
      frame.style.cssText = 'position:fixed;right:20px;bottom:88px;z-index:2147483646;width:380px;max-width:calc(100vw - 40px);' +
        'height:600px;max-height:calc(100vh - 120px);border:0;border-radius:12px;box-shadow:0 8px 24px rgba(0,0,0,.25);background:#fff;';
      document.body.appendChild(frame);
      button.setAttribute('aria-expanded', 'true');
      return;
    }
    var open = frame.style.display !== 'none';
    frame.style.display = open ? 'none' : 'block';
    button.setAttribute('aria-expanded', open ? 'false' : 'true');
  }

  button.addEventListener('click', toggle);

  // The panel's own close button (only a message from our frame, on our origin, is taken).
  window.addEventListener('message', function (event) {
    if (frame && event.source === frame.contentWindow && event.origin === origin && event.data && event.data.type === 'shopexit:close') {
      frame.style.display = 'none';
      button.setAttribute('aria-expanded', 'false');
      button.focus();
    }
  });
  function mount() { document.body.appendChild(button); }
  if (document.body) {
    mount();
  } else {
    document.addEventListener('DOMContentLoaded', mount);
  }
})();
