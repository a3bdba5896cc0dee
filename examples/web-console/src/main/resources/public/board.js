// The lounge board fetches its rows again every few seconds; no build step, no library.
(function () {
  var board = document.getElementById('board');
  if (!board) { return; }
  var seconds = parseInt(board.getAttribute('data-refresh'), 10) || 10;
  function refresh() {
    fetch('/board/rows', { credentials: 'same-origin', cache: 'no-store' })
      .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
      .then(function (html) {
        document.getElementById('board-rows').innerHTML = html;
        board.setAttribute('data-refreshed', new Date().toISOString());
      })
      .catch(function () { board.setAttribute('data-stale', 'true'); })
      .finally(function () { setTimeout(refresh, seconds * 1000); });
  }
  setTimeout(refresh, seconds * 1000);
})();
