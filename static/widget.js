/*! Đọc bài viết — read-aloud player widget (first version). No framework, no build step.
 * Embed: <script src="https://SERVICE/widget.js" async data-article-id="…" (or data-url="…")></script>
 * Renders a native <button> labelled "Đọc bài viết"; never plays until the reader presses it.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script) { return; }
  var base = new URL(script.src, document.baseURI).origin;
  var articleId = script.getAttribute("data-article-id");
  var pageUrl = script.getAttribute("data-url") || (articleId ? "" : location.href.split("#")[0]);

  var root = document.createElement("span");
  root.className = "dbv-player";
  root.setAttribute("lang", "vi");
  var button = document.createElement("button");
  button.type = "button";
  button.className = "dbv-button";
  button.setAttribute("aria-pressed", "false");
  var icon = document.createElement("span");
  icon.setAttribute("aria-hidden", "true");
  icon.textContent = "▶";
  var label = document.createElement("span");
  label.textContent = "Đọc bài viết";
  button.appendChild(icon);
  button.appendChild(label);
  var status = document.createElement("span");
  status.className = "dbv-status";
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  var audio = document.createElement("audio");
  audio.preload = "none";
  root.appendChild(button);
  root.appendChild(status);
  root.appendChild(audio);
  script.parentNode.insertBefore(root, script.nextSibling);

  var style = document.createElement("style");
  style.textContent =
    ".dbv-button{display:inline-flex;align-items:center;gap:.4em;min-height:32px;min-width:44px;padding:.3em .8em;" +
    "font:inherit;color:#fff;background:#0b4f8a;border:2px solid #0b4f8a;border-radius:4px;cursor:pointer}" +
    ".dbv-button:hover{background:#093e6c}.dbv-button:focus-visible{outline:3px solid #1f1f1f;outline-offset:2px}" +
    ".dbv-status{margin-left:.5em;font-size:.9em;color:#333}";
  document.head.appendChild(style);

  function say(text) { status.textContent = text; }
  function setPlaying(playing) {
    button.setAttribute("aria-pressed", playing ? "true" : "false");
    icon.textContent = playing ? "❚❚" : "▶";
    label.textContent = playing ? "Tạm dừng" : "Đọc bài viết";
  }
  function lookupUrl() {
    var q = articleId ? "id=" + encodeURIComponent(articleId) : "url=" + encodeURIComponent(pageUrl);
    return base + "/api/v1/lookup?" + q;
  }
  var loading = null;
  function load() {
    if (audio.src) { return Promise.resolve(); }
    if (loading) { return loading; }
    say("Đang chuẩn bị âm thanh…");
    loading = fetch(lookupUrl(), { headers: { Accept: "application/json" } })
      .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
      .then(function (res) {
        if (!res.ok || !res.body.audio_url) {
          throw new Error((res.body.error && res.body.error.message) || "Chưa có bản đọc cho bài này.");
        }
        audio.src = new URL(res.body.audio_url, base).href;
      })
      .finally(function () { loading = null; });
    return loading;
  }
  button.addEventListener("click", function () {
    if (!audio.paused) { audio.pause(); return; }
    load().then(function () { return audio.play(); })
      .then(function () { say(""); })
      .catch(function (err) { say("Lỗi: " + err.message); setPlaying(false); });
  });
  audio.addEventListener("play", function () { setPlaying(true); });
  audio.addEventListener("pause", function () { setPlaying(false); });
  audio.addEventListener("ended", function () { setPlaying(false); say("Đã đọc xong."); });
  audio.addEventListener("error", function () { setPlaying(false); say("Không phát được âm thanh."); });
})();
