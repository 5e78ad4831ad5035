// Example portal script for embed-example.html: embeds the estimator and logs its messages.
(function () {
  'use strict';
  var params = new URLSearchParams(location.search);
  var app = params.get('app');
  var status = document.getElementById('status');
  var log = document.getElementById('log');
  if (!app) {
    status.textContent = 'Give the estimator\'s address as ?app=<url with mode=embed>.';
    return;
  }
  var appOrigin;
  try {
    appOrigin = new URL(app, location.href).origin;
  } catch (e) {
    status.textContent = 'The app address is not a valid URL.';
    return;
  }
  var frame = document.createElement('iframe');
  frame.id = 'app-frame';
  frame.title = '办电自助测算';
  frame.src = app;
  frame.width = '100%';
  frame.height = '600';
  frame.setAttribute('frameborder', '0');
  document.getElementById('frame-slot').appendChild(frame);
  status.textContent = 'Embedded ' + appOrigin;

  window.addEventListener('message', function (event) {
    // Only the app, from its own origin and its own frame.
    if (event.origin !== appOrigin || event.source !== frame.contentWindow) return;
    var data = event.data;
    if (!data || typeof data !== 'object' || typeof data.type !== 'string') return;
    if (data.type === 'resize' && typeof data.height === 'number' && data.height > 0) {
      frame.height = String(Math.ceil(data.height));
    }
    var item = document.createElement('li');
    item.setAttribute('data-type', data.type);
    item.textContent = JSON.stringify(data);
    log.appendChild(item);
  });
})();
