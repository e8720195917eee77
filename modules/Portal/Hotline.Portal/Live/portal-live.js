// The portal's one script, served by the host (no build, no CDN). The server names, by id only, each ticket of the
// owner's households that changed (event "ticket") and each message told in the portal (event "message"); the page
// then reads itself again and swaps its live parts ([data-live]) in place. A part the owner is typing in is left alone.
// Without this script every page works as before (a reload shows the same).
(function () {
  'use strict';
  if (!('EventSource' in window) || !('fetch' in window) || !('DOMParser' in window) || !document.querySelector('[data-live]')) {
    return;
  }

  var running = false;
  var again = false;

  function dirty(part) {
    var fields = part.querySelectorAll('input, textarea, select');
    for (var i = 0; i < fields.length; i++) {
      var field = fields[i];
      if (field.type === 'hidden') { continue; }
      if (field === document.activeElement) { return true; }
      var changed = field.type === 'radio' || field.type === 'checkbox' ? field.checked !== field.defaultChecked : field.value !== field.defaultValue;
      if (changed) { return true; }
    }
    return false;
  }

  function swap(html) {
    var fresh = new DOMParser().parseFromString(html, 'text/html');
    document.querySelectorAll('[data-live]').forEach(function (part) {
      var next = fresh.querySelector('[data-live="' + part.getAttribute('data-live') + '"]');
      if (next && !dirty(part)) { part.innerHTML = next.innerHTML; }
    });
  }

  // One read at a time; changes arriving meanwhile cause one more read after it.
  function refresh() {
    if (running) { again = true; return; }
    running = true;
    fetch(location.pathname + location.search, { credentials: 'same-origin', cache: 'no-store' })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) { if (html) { swap(html); } })
      .catch(function () { /* the next change, or a reload, shows it */ })
      .then(function () {
        running = false;
        if (again) { again = false; refresh(); }
      });
  }

  var source = new EventSource('/portal/live');
  source.addEventListener('ticket', refresh);
  source.addEventListener('message', refresh);
  // Reopened by the browser itself after a dropped connection: read once, for a change made meanwhile. The mark on
  // <html> says the page is listening (the server answers once it has subscribed).
  var opened = false;
  source.onopen = function () {
    document.documentElement.setAttribute('data-live-open', '');
    if (opened) { refresh(); }
    opened = true;
  };
})();
