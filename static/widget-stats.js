// Đọc bài viết — listening counts. The player loads this only when the service counts plays (TTS_ANALYTICS):
// a play when playback starts, the share heard when the page is left, and failures. No cookie, nothing about
// the listener: the service only adds them to per-article, per-day counters.
(function (w, d) {
  "use strict";
  d.querySelectorAll("dbv-player").forEach(function (host) {
    var root = host.shadowRoot, tag = root && root.querySelector("script[data-id]");
    if (!tag || tag.getAttribute("data-on")) { return; }
    tag.setAttribute("data-on", "1");
    var audio = root.querySelector("audio"), id = tag.getAttribute("data-id"), heard = 0;
    var url = new URL("/api/v1/events", tag.src).href;
    function send(event, percent) {
      navigator.sendBeacon(url, JSON.stringify({ article_id: id, event: event, percent: percent }));
    }
    function real() { return audio.currentSrc.indexOf("/audio/") >= 0; } // not the silence that unlocks playback
    audio.addEventListener("playing", function () { if (!heard && real()) { heard = 1; send("play"); } });
    audio.addEventListener("error", function () { if (real()) { send("error"); } });
    w.addEventListener("pagehide", function () {
      if (heard === 1 && audio.duration) { heard = 2; send("listened", Math.min(100, 100 * audio.currentTime / audio.duration)); }
    });
  });
})(window, document);
