/*! Đọc bài viết — read-aloud player, no build step. AGPL-3.0-or-later. Attributes and design: docs/widget.md
 */
(function (w, d) {
  "use strict";
  var VERSION = "2";
  var SPEEDS = [0.75, 1, 1.25, 1.5, 1.75, 2], SIZES = [90, 100, 115, 130, 150, 175, 200];
  var BAR_H = 48, CAPTION_H = 84;
  var SILENCE = "data:audio/wav;base64,UklGRiwAAABXQVZFZm10IBAAAAABAAEAQB8AAEAfAAABAAgAZGF0YQgAAACAgICAgICAgA==";
  var SEL = "p,li,h1,h2,h3,h4,h5,h6,blockquote,figcaption,dt,dd,pre,td";
  var SENT = /[.!?…]["”’»)]*$/;
  var T = {
    play: "Đọc bài viết", resume: "Đọc tiếp", prev: "Đoạn trước", next: "Đoạn sau",
    back: "Lùi 10 giây", fwd: "Tới 10 giây", seek: "Vị trí đọc", speed: "Tốc độ đọc", options: "Tùy chọn",
    volume: "Âm lượng", mute: "Tắt tiếng", download: "Tải MP3", hl: "Tô sáng đoạn đang đọc",
    scroll: "Tự cuộn theo đoạn đang đọc", retry: "Thử lại", preparing: "Đang chuẩn bị âm thanh…",
    ready: "Sẵn sàng", playing: "Đang đọc", paused: "Đã tạm dừng", ended: "Đã đọc xong",
    missing: "Bài này chưa có bản đọc", offline: "Không kết nối được dịch vụ đọc bài.",
    failed: "Lỗi máy chủ, chưa phát được bài này.", audioErr: "Không phát được âm thanh.",
    selection: "Đọc đoạn đã chọn", selPlaying: "Đang đọc đoạn đã chọn", selDone: "Đã đọc xong đoạn đã chọn",
    selLong: "Đoạn đã chọn dài quá 2 000 ký tự.", hint: "Nhấn Enter để đọc từ đoạn này",
    speech: "Đọc bằng giọng của trình duyệt", noVoice: "Trình duyệt không có giọng tiếng Việt.",
    size: "Cỡ chữ", smaller: "Giảm cỡ chữ", bigger: "Tăng cỡ chữ", normal: "Cỡ chữ mặc định", voice: "Giọng đọc"
  };
  var ICON = {
    play: "M8 5v14l11-7z", pause: "M6 5h4v14H6zM14 5h4v14h-4z", prev: "M6 6h2v12H6zm3.5 6 8.5 6V6z",
    next: "M6 18l8.5-6L6 6zM16 6h2v12h-2z", opts: "M3 17v2h6v-2zM3 5v2h10V5zm10 16v-2h8v-2h-8v-2h-2v6zM7 9v2H3v2h4v2h2V9zm14 4v-2H11v2zm-6-4h2V7h4V5h-4V3h-2z",
    vol: "M3 9v6h4l5 5V4L7 9zm13.5 3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4z",
    muted: "M3 9v6h4l5 5V4L7 9zm13.6 3 2.9-2.9-1.4-1.4-2.9 2.9-2.9-2.9-1.4 1.4 2.9 2.9-2.9 2.9 1.4 1.4 2.9-2.9 2.9 2.9 1.4-1.4z",
    dl: "M5 20h14v-2H5zM19 9h-4V3H9v6H5l7 7z"
  };
  var players = w.__dbvPlayers = w.__dbvPlayers || [];
  // One preference state per page, kept in step across tabs.
  var prefs = w.__dbvPrefs = w.__dbvPrefs || Object.assign({ rate: 1, hl: true, scroll: false, vol: 1, muted: false, size: 100 },
    store("prefs") || {});
  function setPref(k, v) {
    prefs[k] = v;
    store("prefs", prefs);
    players.forEach(function (p) { p.sync(); });
  }

  function norm(s) { return String(s || "").normalize("NFC").replace(/\s+/g, " ").trim(); }
  function clock(s) {
    s = Math.max(0, Math.floor(s || 0));
    var m = Math.floor(s / 60), r = s % 60;
    return m + ":" + (r < 10 ? "0" : "") + r;
  }
  /** Spoken time for screen readers: spoken(243) → "4 phút 3 giây". */
  function spoken(s) {
    s = Math.max(0, Math.floor(s || 0));
    var h = Math.floor(s / 3600), m = Math.floor(s / 60) % 60, r = s % 60, out = [];
    if (h) { out.push(h + " giờ"); }
    if (m) { out.push(m + " phút"); }
    if (r || !out.length) { out.push(r + " giây"); }
    return out.join(" ");
  }
  function store(k, v) {
    try {
      if (v === undefined) { return JSON.parse(localStorage.getItem("dbv:" + k) || "null"); }
      if (v === null) { localStorage.removeItem("dbv:" + k); } else { localStorage.setItem("dbv:" + k, JSON.stringify(v)); }
    } catch (e) { /* private mode */ }
    return null;
  }
  function el(tag, attrs, kids) {
    var e = d.createElement(tag);
    for (var k in attrs || {}) {
      if (k === "text") { e.textContent = attrs[k]; } else { e.setAttribute(k, attrs[k]); }
    }
    (kids || []).forEach(function (c) { e.appendChild(typeof c === "string" ? d.createTextNode(c) : c); });
    return e;
  }
  function icon(name) {
    var s = d.createElementNS("http://www.w3.org/2000/svg", "svg");
    s.setAttribute("viewBox", "0 0 24 24");
    s.setAttribute("aria-hidden", "true");
    s.setAttribute("focusable", "false");
    var p = d.createElementNS("http://www.w3.org/2000/svg", "path");
    p.setAttribute("d", ICON[name]);
    s.appendChild(p);
    return s;
  }
  function button(cls, label, ic, text) {
    var b = el("button", { type: "button", "class": "b " + cls, "aria-label": label });
    if (ic) { b.appendChild(icon(ic)); }
    if (text) { b.appendChild(el("span", { text: text, "aria-hidden": "true" })); }
    return b;
  }
  function cssLink(base, root) {
    var link = el("link", { rel: "stylesheet", href: base + "/widget.css?v=" + VERSION });
    root.appendChild(link);
    return link;
  }
  function getJSON(url, opts) {
    return fetch(url, opts || { headers: { Accept: "application/json" } }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (body) { return { status: r.status, body: body }; });
    });
  }
  function canonical() { // on the page's host
    try {
      var u = new URL(d.querySelector("link[rel~=canonical]").getAttribute("href"), d.baseURI);
      return u.host === location.host ? u.href.split("#")[0] : "";
    } catch (e) { return ""; }
  }
  function leaves(t) { return [].filter.call(t.querySelectorAll(SEL), function (e) { return !e.querySelector(SEL); }); }
  function sentences(text) { return norm(text).split(/(?<=[.!?…]["”’»)]*)\s+/); }

  // Followed paragraphs: outline/underline + colour, never colour alone.
  function hostStyle() {
    if (d.getElementById("dbv-host-style")) { return; }
    var s = el("style", { id: "dbv-host-style" });
    s.textContent = ".dbv-para{cursor:pointer}.dbv-para:focus-visible{outline:3px solid #0b4f8a;outline-offset:3px}" +
      ".dbv-current{outline:2px solid #0b4f8a!important;outline-offset:4px;background-color:#fff4c2!important;" +
      "color:#1f1f1f!important;border-radius:2px}" +
      "::highlight(dbv-sentence){background-color:#ffd966;color:#1f1f1f;text-decoration:underline 2px #0b4f8a}";
    d.head.appendChild(s);
    d.body.appendChild(el("span", { id: "dbv-hint", hidden: "", text: T.hint }));
  }

  function Player(script) {
    var base = new URL(script.src, d.baseURI).origin;
    var opt = function (n) { return script.getAttribute("data-" + n); };
    var articleId = opt("article-id") || "";
    var pageUrl = opt("url") || (articleId ? "" : canonical() || location.href.split("#")[0]);
    // The article body, found late: data-target, the site's selector, schema.org's, the enclosing or only <article>.
    var target = null;
    function tgt() {
      var s = opt("target") || (info && info.article_selector), a = d.querySelectorAll("article");
      var e = target || (s && d.querySelector(s)) || d.querySelector("[itemprop=articleBody]") || script.closest("article") ||
        (a.length === 1 ? a[0] : null);
      if (info || opt("target")) { target = e; }
      return e;
    }
    var captions = opt("captions") === "true";
    var allowDownload = opt("download") !== "false";
    var webSpeech = opt("web-speech") === "true" && "speechSynthesis" in w;
    var posKey = "pos:" + (articleId || pageUrl);
    var self = { script: script, tgt: function () { return info && tgt(); } }; // selections: narrated articles only
    var info = null, marks = null, state = "idle", active = false, mode = "article", blockEls = {}, sentenceMap = {};
    var current = -1, polling = null, pollingAsked = false, note = "", pendingSeek = null, lastSaved = 0, dragging = false, articlePos = 0, hostHeight = BAR_H;
    var parts = [], part = null, quiet = false, voices = [], voiceAt = -1, zoomed = [], title = "";
    var sizeOn = opt("text-size") === "true";

    // == DOM
    var host = el("dbv-player", { lang: "vi" });
    if (captions) { hostHeight += CAPTION_H; }
    host.style.cssText = "display:block;position:relative;flex:1 1 auto;min-width:0;height:" + hostHeight + "px";
    var root = host.attachShadow({ mode: "open" });
    var link = cssLink(base, root);
    var bar = el("div", { "class": "bar", role: "group", "aria-label": "Trình phát: " + T.play, "data-state": "idle" });
    // A toggle (decision 0022)
    var playIcon = el("span", { "class": "i" });
    var playBtn = el("button", { type: "button", "class": "b play", "aria-pressed": "false" }, [playIcon,
      el("span", { "class": "t", text: T.play })]);
    var prevBtn = button("x prev", T.prev, "prev"), nextBtn = button("x next", T.next, "next");
    var backBtn = button("x skip", T.back, null, "−10"), fwdBtn = button("x skip", T.fwd, null, "+10");
    var mid = el("div", { "class": "mid" });
    var seek = el("input", { type: "range", "class": "x seek", min: "0", max: "0", step: "1", value: "0", "aria-label": T.seek });
    var msg = el("span", { "class": "msg" });
    var prog = el("progress", { "class": "prog", max: "1", value: "0", "aria-label": T.preparing, hidden: "" });
    var retryBtn = el("button", { type: "button", "class": "b retry", hidden: "", text: T.retry });
    var cnt = el("span", { "class": "cnt", "aria-hidden": "true" }); // done/total
    var box = el("div", { "class": "box" }, [msg, prog, cnt, retryBtn]);
    mid.appendChild(seek); mid.appendChild(box);
    var time = el("span", { "class": "x time", "aria-hidden": "true", text: "0:00" });
    // Not a <select>: Orca 43 jumps to one
    var speed = el("button", { type: "button", "class": "speed" });
    var optBtn = button("opts", T.options, "opts");
    optBtn.setAttribute("aria-expanded", "false");
    var panel = el("div", { "class": "panel", hidden: "", role: "group", "aria-label": T.options, id: "dbv-p" });
    optBtn.setAttribute("aria-controls", "dbv-p");
    var muteBtn = button("mute", T.mute, "vol");
    var vol = el("input", { type: "range", "class": "vol", min: "0", max: "100", step: "5", "aria-label": T.volume });
    var hlBox = el("input", { type: "checkbox", id: "dbv-hl" }), scrollBox = el("input", { type: "checkbox", id: "dbv-sc" });
    var dl = el("a", { "class": "dl", download: "" }, [icon("dl"), T.download]);
    var sizeLabel = el("span", { "class": "sl" });
    if (sizeOn) { // "Xem cỡ chữ"
      panel.appendChild(el("div", { "class": "row", role: "group", "aria-label": T.size }, [sizeLabel].concat(
        [[-1, T.smaller, "A−"], [0, T.normal, "A"], [1, T.bigger, "A+"]].map(function (x) {
          var b = button("fs", x[1], null, x[2]);
          b.addEventListener("click", function () {
            var i = Math.max(0, Math.min(SIZES.length - 1, SIZES.indexOf(prefs.size) + x[0]));
            setPref("size", x[0] ? SIZES[i] : 100);
            tell(sizeLabel.textContent);
          });
          return b;
        }))));
    }
    var voiceSel = el("select", { "class": "speed", id: "dbv-v" });
    var voiceRow = el("div", { "class": "row", hidden: "" }, [el("label", { "for": "dbv-v", text: T.voice }), voiceSel]);
    panel.appendChild(voiceRow);
    panel.appendChild(el("div", { "class": "row" }, [muteBtn, vol]));
    panel.appendChild(el("div", { "class": "row" }, [hlBox, el("label", { "for": "dbv-hl", text: T.hl })]));
    panel.appendChild(el("div", { "class": "row" }, [scrollBox, el("label", { "for": "dbv-sc", text: T.scroll })]));
    if (allowDownload) { panel.appendChild(el("div", { "class": "row" }, [dl])); }
    var live = el("span", { "class": "sr", role: "status", "aria-live": "polite" });
    var cap = captions ? el("p", { "class": "cap", "aria-hidden": "true" }) : null;
    [playBtn, prevBtn, backBtn, mid, fwdBtn, nextBtn, time, speed, optBtn, panel, live].forEach(function (c) {
      bar.appendChild(c);
    });
    var audio = el("audio", { preload: "none" });
    audio.preservesPitch = audio.webkitPreservesPitch = true;
    root.appendChild(bar);
    if (cap) { root.appendChild(cap); }
    root.appendChild(audio);
    bar.style.visibility = "hidden"; // until widget.css arrives
    link.addEventListener("load", function () { bar.style.visibility = ""; placeMid(); });
    w.addEventListener("resize", placeMid);
    link.addEventListener("error", function () { bar.style.visibility = ""; });
    script.parentNode.insertBefore(host, script.nextSibling);

    // == state
    function who(t) { return players.length > 1 && title ? t + ": " + title : t; }
    function tell(text) { live.textContent = ""; setTimeout(function () { live.textContent = text; }, 50); }
    function say(text, announce) {
      msg.textContent = text;
      if (announce) { tell(text); }
    }
    function setState(s) {
      state = s;
      bar.setAttribute("data-state", s);
      retryBtn.hidden = !(s === "error" || s === "offline");
      prog.hidden = cnt.hidden = s !== "loading";
      bar.classList.toggle("over", s === "loading" || s === "error" || s === "offline" || s === "missing");
      placeMid();
      renderPlay();
    }
    // A message covers the idle seek controls.
    function placeMid() {
      var over = bar.classList.contains("over");
      box.style.left = over ? playBtn.offsetLeft + playBtn.offsetWidth + 6 + "px" : "";
      box.style.right = over ? bar.clientWidth - speed.offsetLeft + 6 + "px" : "";
    }
    function renderPlay() {
      var playing = mode === "speech" ? speechOn && !speechSynthesis.paused : !audio.paused && audio.src !== SILENCE;
      playIcon.textContent = "";
      playIcon.appendChild(icon(playing ? "pause" : "play"));
      playBtn.setAttribute("aria-pressed", playing ? "true" : "false");
      bar.classList.toggle("on", active);
      [prevBtn, backBtn, seek, fwdBtn, nextBtn].forEach(function (c) { c.disabled = !active; });
    }
    function applyPrefs() {
      // Only what changed (re-setting may re-init Chromium's renderer).
      if (audio.playbackRate !== prefs.rate) { audio.defaultPlaybackRate = audio.playbackRate = prefs.rate; }
      if (audio.volume !== prefs.vol) { audio.volume = prefs.vol; }
      if (audio.muted !== prefs.muted) { audio.muted = prefs.muted; }
      speed.textContent = String(prefs.rate).replace(".", ",") + "×";
      speed.setAttribute("aria-label", T.speed + " " + speed.textContent);
      vol.value = String(Math.round(prefs.vol * 100));
      vol.setAttribute("aria-valuetext", Math.round(prefs.vol * 100) + " phần trăm");
      muteBtn.setAttribute("aria-pressed", prefs.muted ? "true" : "false");
      muteBtn.replaceChild(icon(prefs.muted ? "muted" : "vol"), muteBtn.firstChild);
      hlBox.checked = prefs.hl; scrollBox.checked = prefs.scroll;
      if (!prefs.hl) { highlight(-1); }
      sizeLabel.textContent = T.size + ": " + prefs.size + "%";
      // Text size: zoom; the player itself never moves.
      var t = sizeOn && tgt();
      zoomed.forEach(function (e) { e.style.zoom = ""; });
      zoomed = !t ? [] : !t.contains(host) ? [t] : leaves(t).filter(function (e) { return host.compareDocumentPosition(e) & 4; });
      zoomed.forEach(function (e) { e.style.zoom = prefs.size === 100 ? "" : prefs.size / 100; });
      voiceSel.value = want();
    }
    // Preferences changed here or elsewhere; a new voice takes over at once.
    self.sync = function () {
      applyPrefs();
      if (active && info && voices.length && info.voice !== want() && mode === "article") {
        var i = blockAt(audio.currentTime), was = !audio.paused;
        voiceAt = i >= 0 ? marks.blocks[i].index : -1;
        audio.pause();
        info = marks = null;
        if (was) { play(); } else { lookup(true).catch(function () {}); }
      }
    };
    // The listener's voice, if offered.
    function want() {
      var ids = voices.map(function (v) { return v.id; });
      return ids.indexOf(prefs.voice) < 0 ? ids[0] : prefs.voice;
    }
    function gotVoices(list) {
      voices = list;
      voiceSel.textContent = "";
      list.forEach(function (v) { voiceSel.appendChild(el("option", { value: v.id, text: v.name })); });
      voiceRow.hidden = list.length < 2;
      voiceSel.value = want();
    }

    // == lookup
    function lookupUrl(voice, read) {
      return base + "/api/v1/lookup?" + (articleId ? "id=" + encodeURIComponent(articleId) : "url=" + encodeURIComponent(pageUrl)) +
        (voice ? "&voice=" + encodeURIComponent(voice) : "") + (read && !articleId ? "&read=1" : "");
    }
    function ready(body) {
      info = body;
      if (body.analytics && !root.querySelector("script")) { root.appendChild(el("script", { src: base + "/widget-stats.js", "data-id": body.id })); }
      // An attachment named after the article: saved, even on another origin.
      dl.href = new URL(body.audio_url, base).href + "?download=1";
      if (body.download === false && dl.parentNode) { dl.parentNode.hidden = true; }  // the site forbids saving the MP3
      seek.max = String(Math.ceil(body.duration || 0));
      time.textContent = "0:00 / " + clock(body.duration);
      setState("ready");
      say(body.duration ? spoken(body.duration) : T.ready, false);
    }
    function lookup(userAsked) {
      // a press during the page-load lookup asks again after it
      if (polling) { return userAsked && !pollingAsked ? polling.catch(function () { return lookup(true); }) : polling; }
      pollingAsked = userAsked;
      var delay = 1000, asked = voices.length ? want() : "";
      polling = new Promise(function (resolve, reject) {
        function attempt(url) {
          getJSON(url).then(function (res) {
            var b = res.body || {};
            if (b.title) { title = b.title; bar.setAttribute("aria-label", "Trình phát: " + title); }
            if (b.voices) { gotVoices(b.voices); }
            if (res.status === 200 && b.audio_url) { resolve(b); return; }
            if (b.status === "not_read") { reject({ state: "idle", text: "" }); return; }
            var pending = res.status === 202 || (res.status === 200 && /^(queued|running|pending)$/.test(b.status));
            if (pending && userAsked) {
              var p = b.progress || {}, next = b.job_url || b.status_url;
              prog.max = p.total || 1; prog.value = p.done || 0;
              if (mode !== "parts" || audio.ended) {
                setState("loading");
                say(T.preparing, false);
                cnt.textContent = p.total ? (p.done || 0) + "/" + p.total : "";
              }
              if (b.parts) { gotParts(b.parts); }
              var wait = b.retry_after ? b.retry_after * 1000 : delay;
              delay = Math.min(delay * 2, mode === "parts" ? 2000 : 15000);
              setTimeout(function () { attempt(next ? new URL(next, base).href : url); }, wait);
              return;
            }
            if (pending) { reject({ state: "loading", text: T.preparing }); return; }
            if (res.status === 404) { reject({ state: "missing", text: T.missing }); return; }
            reject({ state: "error", text: (res.status >= 400 && b.error && b.error.message) || T.failed });
          }, function () { reject({ state: "offline", text: webSpeech ? T.offline + " " + T.speech + "." : T.offline }); });
        }
        attempt(lookupUrl(asked, userAsked));
      });
      var done = polling;
      done.then(function () { polling = null; }, function () { polling = null; });
      return done.then(function (b) { b.voice = b.voice || asked; ready(b); return b; }, function (e) {
        if (mode === "parts") { mode = "article"; part = null; audio.src = SILENCE; } // job failed
        setState(e.state);
        say(e.text, userAsked);
        throw e;
      });
    }
    function loadMarks() {
      if (marks || !info || !info.marks_url) { return Promise.resolve(marks); }
      return getJSON(new URL(info.marks_url, base).href).then(function (res) {
        if (res.status === 200 && res.body.blocks) { marks = res.body; mapBlocks(); }
        return marks;
      }, function () { return null; });
    }

    // == playing
    function unlock() { // iOS: start the one <audio> inside the tap
      if (!audio.src) { audio.src = SILENCE; audio.play().catch(function () {}); }
    }
    // Chromium may pause a source set while the unlocking silence plays
    function quietFirst(f) {
      return audio.src === SILENCE && !audio.paused ? new Promise(function (ok) {
        audio.addEventListener("pause", function () { ok(f()); }, { once: true });
      }) : f();
    }
    function startArticle(hold) {
      return quietFirst(function () { return startNow(hold); });
    }
    function startNow(hold) {
      if (voiceAt >= 0) { // a new voice: from the same paragraph in its narration
        return loadMarks().then(function () {
          var b = blockBy(voiceAt);
          voiceAt = -1; articlePos = b ? b.start : 0;
          return startArticle(hold);
        });
      }
      var src = new URL(info.audio_url, base).href;
      if (mode !== "article" || audio.src !== src) {
        mode = "article";
        audio.src = src;
        applyPrefs();
        var saved = store(posKey);
        var at = articlePos || (saved && saved.k === info.key && saved.t > 5 && saved.t < (info.duration || 0) - 5 ? saved.t : 0);
        articlePos = 0;
        if (at) { seekTo(at); note = T.resume + " từ " + spoken(at); }
      }
      if (hold) { return renderPlay(); }
      activate();
      return audio.play().catch(function (e) {
        if (e && e.name === "NotAllowedError") { say(T.paused, true); return; }
        throw e;
      });
    }
    function play() {
      players.forEach(function (p) { if (p !== self) { p.pause(); } });
      w.__dbvLast = self;
      if (mode === "speech") { return speechToggle(); }
      if (mode === "selection") { return audio.play(); }
      if (mode === "parts") { return audio.ended ? null : audio.play(); }
      if (info && voices.length && info.voice !== want()) { info = marks = null; }
      if (info) { return startArticle(); }
      unlock();
      setState("loading");
      say(T.preparing, true);
      return lookup(true).then(function () {
        if (mode !== "parts") { say(T.ready, true); return startArticle(); }
        // The whole MP3: on from the same place.
        var hold = audio.paused && !audio.ended;
        return loadMarks().then(function () {
          var m = blockBy(part.i);
          articlePos = (part.s != null ? part.s / 1000 : m ? m.start : 0) + audio.currentTime;
          return startArticle(hold);
        });
      }, function (e) {
        if (e.state === "offline" && webSpeech) { mode = "speech"; setState("ready"); speechToggle(); }
      });
    }
    function blockBy(index) { return marks && marks.blocks.filter(function (x) { return x.index === index; })[0]; }
    function pause() {
      if (mode === "speech" && speechOn) { speechSynthesis.pause(); renderPlay(); return; }
      audio.pause();
    }
    self.pause = pause;
    // First audio: parts ({index|block, url, start_ms?}) in order while the whole MP3 is made.
    function gotParts(list) {
      parts = list.map(function (q) { return { i: q.index != null ? q.index : q.block, u: q.url, s: q.start_ms }; })
        .sort(function (x, y) { return x.i - y.i; });
      if (mode !== "parts" || audio.ended) { nextPart(); }
    }
    function nextPart() {
      var q = parts.filter(function (x) { return !part || x.i === part.i + 1; })[0];
      if (q) {
        quiet = mode === "parts"; mode = "parts"; part = q;
        quietFirst(function () { audio.src = new URL(q.u, base).href; applyPrefs(); audio.play().catch(function () {}); });
      }
      return q;
    }
    function seekTo(t) {
      var max = (info && info.duration) || audio.duration || 0;
      t = Math.max(0, Math.min(t, max ? max - 0.05 : t));
      if (audio.readyState < 1 && audio.src) {
        audio.addEventListener("loadedmetadata", function once() { audio.removeEventListener("loadedmetadata", once); audio.currentTime = t; });
      }
      // Coalesce seeks (overlapping ones stalled Chromium).
      if (audio.seeking) { pendingSeek = t; } else { audio.currentTime = t; }
      tick(t);
      seek.setAttribute("aria-valuetext", spoken(t));
    }
    function seekBy(dt) { seekTo((pendingSeek !== null ? pendingSeek : audio.currentTime) + dt); }
    function blockAt(t) {
      var bs = marks ? marks.blocks : [], i = -1;
      for (var n = 0; n < bs.length; n++) { if (bs[n].start <= t + 0.05) { i = n; } }
      return i;
    }
    function jumpBlock(step) {
      if (!marks) { seekBy(step * 10); return; }
      var i = blockAt(audio.currentTime), bs = marks.blocks;
      if (step < 0 && i >= 0 && audio.currentTime - bs[i].start > 2) { step = 0; }
      var j = Math.max(0, Math.min(bs.length - 1, i + step));
      seekTo(bs[j].start);
      if (audio.paused) { play(); }
    }
    function playBlock(index) {
      var b = blockBy(index);
      if (!b) { return; }
      var go = function () { seekTo(b.start); if (audio.paused) { play(); } };
      if (mode !== "article") { startArticle().then(go); } else { go(); }
    }

    // == follow along
    function mapBlocks() {
      if (!marks || !tgt()) { return; }
      hostStyle();
      var cands = leaves(target).filter(function (e) { return norm(e.textContent); });
      var pos = 0;
      marks.blocks.forEach(function (b) {
        var t = norm(b.text), found = null;
        for (var i = pos; i < cands.length && !found; i++) {
          var c = norm(cands[i].textContent);
          if (c === t || (c.length > 24 && t.length > 24 && (c.indexOf(t) === 0 || t.indexOf(c) === 0))) { found = cands[i]; pos = i + 1; }
        }
        if (!found && b.index === 0) {
          found = [].slice.call(d.querySelectorAll("h1,h2")).filter(function (h) { return norm(h.textContent) === t; })[0];
        }
        if (found) {
          blockEls[b.index] = found;
          // Sentence timings: where a segment ends one (it may hold several).
          var groups = [], g = null, k = 0, shown = sentences(found.textContent);
          marks.segments.forEach(function (s) {
            if (s.block !== b.index) { return; }
            if (!g) { g = { start: s.start, n: 1 }; groups.push(g); }
            g.n += (s.text.trim().match(/[.!?…]["”’»)]*\s/g) || []).length;
            if (SENT.test(s.text.trim())) { g = null; }
          });
          groups.forEach(function (x) { x.text = shown.slice(k, k += x.n).join(" "); });
          if (groups.length > 1 && k === shown.length) { sentenceMap[b.index] = groups; }
        }
      });
    }
    function activate() {
      if (active) { return; }
      active = true;
      renderPlay();
      loadMarks().then(function () {
        Object.keys(blockEls).forEach(function (k) {
          var e = blockEls[k];
          if (!target || !target.contains(e)) { return; }
          e.classList.add("dbv-para");
          if (!e.hasAttribute("tabindex")) { e.setAttribute("tabindex", "0"); e.dbvTab = true; }
          e.setAttribute("aria-describedby", ((e.getAttribute("aria-describedby") || "") + " dbv-hint").trim());
          e.dbvBlock = Number(k);
          e.dbvPlayer = self;
        });
        if (target && !self.bound) {
          self.bound = true;
          target.addEventListener("click", onParaClick);
          target.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { onParaClick(ev); } });
        }
        tick();
      });
    }
    function onParaClick(ev) {
      var e = ev.target.closest && ev.target.closest(".dbv-para");
      if (!e || e.dbvPlayer !== self || ev.target.closest("a,button,input,select,textarea,label")) { return; }
      var sel = w.getSelection && String(w.getSelection());
      if (ev.type === "click" && sel && sel.trim()) { return; }
      ev.preventDefault();
      playBlock(e.dbvBlock);
    }
    // One page-wide Highlight; each player minds its own range.
    var sentenceHL = w.CSS && CSS.highlights && w.Highlight ? w.__dbvHL || (w.__dbvHL = new Highlight()) : null;
    if (sentenceHL) { CSS.highlights.set("dbv-sentence", sentenceHL); }
    function sentenceRange(e, text) {
      var full = e.textContent, want = norm(text), walker = d.createTreeWalker(e, 4), nodes = [], n;
      while ((n = walker.nextNode())) { nodes.push(n); }
      // Where the sentence is in the raw text: its first and last words.
      var flat = full.replace(/\s/g, " "), words = want.split(" ");
      var start = flat.indexOf(words[0]), end = -1;
      if (start < 0) { return null; }
      var last = words[words.length - 1], k = start;
      for (var i = 1; i < words.length; i++) { k = flat.indexOf(words[i], k); if (k < 0) { return null; } }
      end = (words.length > 1 ? k : start) + last.length;
      var r = d.createRange(), acc = 0, setS = false;
      nodes.forEach(function (tn) {
        var len = tn.data.length;
        if (!setS && start < acc + len) { r.setStart(tn, start - acc); setS = true; }
        if (setS && end <= acc + len && end >= acc) { r.setEnd(tn, end - acc); end = -1; }
        acc += len;
      });
      return setS && end === -1 ? r : null;
    }
    function highlight(i, t) {
      var b = marks && i >= 0 ? marks.blocks[i] : null;
      var e = b && prefs.hl && mode === "article" ? blockEls[b.index] : null;
      if (self.lit && self.lit !== e) { self.lit.classList.remove("dbv-current"); self.lit.removeAttribute("aria-current"); }
      if (e && self.lit !== e) {
        e.classList.add("dbv-current");
        e.setAttribute("aria-current", "true");
        if (prefs.scroll) { scrollToEl(e); }
      }
      self.lit = e;
      if (cap) { cap.textContent = b ? b.text : ""; }
      if (sentenceHL) {
        var sm = e && sentenceMap[b.index], g = sm ? sm.length - 1 : -1;
        while (g > 0 && t < sm[g].start - 0.05) { g--; }
        var which = sm ? b.index + ":" + g : "";
        if (which !== self.sentence) {
          if (self.range) { sentenceHL.delete(self.range); }
          self.range = sm ? sentenceRange(e, sm[g].text) : null;
          if (self.range) { sentenceHL.add(self.range); }
          self.sentence = which;
        }
      }
    }
    function scrollToEl(e) {
      var r = e.getBoundingClientRect(), m = bar.classList.contains("mini") ? BAR_H + 8 : 0, up = bar.classList.contains("top");
      if (r.top < (up ? m : 0) || r.bottom > w.innerHeight - (up ? 0 : m)) {
        var smooth = !(w.matchMedia && matchMedia("(prefers-reduced-motion: reduce)").matches);
        e.scrollIntoView({ block: "center", behavior: smooth ? "smooth" : "auto" });
      }
    }
    function tick(at) {
      var t = typeof at === "number" ? at : pendingSeek !== null ? pendingSeek : audio.currentTime || 0, dur = (info && info.duration) || audio.duration || 0;
      if (mode !== "article") { return; }
      if (!dragging) { seek.value = String(Math.floor(t)); }
      time.textContent = clock(t) + " / " + clock(dur);
      if (d.activeElement !== host || root.activeElement !== seek) { seek.setAttribute("aria-valuetext", spoken(t)); }
      var i = blockAt(t);
      if (i !== current || sentenceHL) { current = i; highlight(active ? i : -1, t); }
      place();
      if (info && Math.abs(t - lastSaved) > 5) { lastSaved = t; store(posKey, { k: info.key, t: Math.floor(t) }); }
      if ("mediaSession" in navigator && navigator.mediaSession.setPositionState && dur) {
        try { navigator.mediaSession.setPositionState({ duration: dur, position: Math.min(t, dur), playbackRate: audio.playbackRate }); } catch (e) { /* */ }
      }
    }

    // == Web Speech fallback
    var speechQ = [], speechI = 0, speechOn = false;
    function speechToggle() {
      if (speechOn) {
        if (speechSynthesis.paused) { speechSynthesis.resume(); } else { speechSynthesis.pause(); }
        renderPlay(); return;
      }
      var voice = speechSynthesis.getVoices().filter(function (v) { return /^vi/i.test(v.lang); })[0];
      if (!voice) { say(T.noVoice, true); return; }
      speechQ = [];
      var t = tgt(), els = t ? leaves(t) : [];
      els.forEach(function (e) { sentences(e.textContent).forEach(function (s) { if (s) { speechQ.push({ e: e, s: s }); } }); });
      speechI = 0; speechOn = true; activate(); hostStyle(); speakNext(voice);
    }
    function speakNext(voice) {
      var item = speechQ[speechI++];
      if (self.lit) { self.lit.classList.remove("dbv-current"); }
      if (!item) { speechOn = false; say(T.ended, true); renderPlay(); return; }
      if (prefs.hl) { item.e.classList.add("dbv-current"); self.lit = item.e; }
      var u = new SpeechSynthesisUtterance(item.s);
      u.lang = "vi-VN"; u.voice = voice; u.rate = prefs.rate;
      u.onend = function () { if (speechOn) { speakNext(voice); } };
      speechSynthesis.speak(u);
      renderPlay();
    }

    // == read the selection
    self.speakSelection = function (text) {
      text = norm(text);
      if (text.length > 2000) { say(T.selLong, true); return; }
      players.forEach(function (p) { if (p !== self) { p.pause(); } });
      if (mode === "article" && info) { articlePos = audio.currentTime; }
      audio.pause();
      unlock();
      say(T.preparing, true);
      var body = { text: text };
      if (articleId) { body.article_id = articleId; } else { body.url = pageUrl; }
      if (voices.length) { body.voice = want(); }
      getJSON(base + "/api/v1/speak-selection", {
        method: "POST", headers: { "Content-Type": "application/json", Accept: "application/json" }, body: JSON.stringify(body)
      }).then(function (res) {
        if (res.status !== 200) { throw new Error((res.body.error && res.body.error.message) || T.failed); }
        mode = "selection";
        highlight(-1);
        audio.src = new URL(res.body.audio_url, base).href;
        applyPrefs();
        setState("ready");
        say(T.selPlaying, true);
        return audio.play();
      }).catch(function (e) { say(e.message || T.offline, true); });
    };

    // == events
    playBtn.addEventListener("click", function () {
      if (mode === "selection" && audio.paused && audio.ended) { mode = "article"; }
      if (mode === "speech" || audio.paused) { play(); } else { pause(); }
    });
    retryBtn.addEventListener("click", function () {
      var f = root.activeElement === retryBtn;
      info = null; marks = null; mode = "article"; parts = []; part = null; audio.removeAttribute("src");
      play();
      if (f) { playBtn.focus(); }
    });
    prevBtn.addEventListener("click", function () { jumpBlock(-1); });
    nextBtn.addEventListener("click", function () { jumpBlock(1); });
    backBtn.addEventListener("click", function () { seekBy(-10); });
    fwdBtn.addEventListener("click", function () { seekBy(10); });
    seek.addEventListener("keydown", function (e) {
      var step = { ArrowLeft: -5, ArrowDown: -5, ArrowRight: 5, ArrowUp: 5, PageDown: -30, PageUp: 30 }[e.key];
      if (step) { e.preventDefault(); seekBy(step); } else if (e.key === "Home") { e.preventDefault(); seekTo(0); } else if (e.key === "End") { e.preventDefault(); seekTo(1e9); }
    });
    seek.addEventListener("pointerdown", function () { dragging = true; });
    seek.addEventListener("pointerup", function () { dragging = false; });
    seek.addEventListener("input", function () { seekTo(Number(seek.value)); });
    speed.addEventListener("click", function () {
      setPref("rate", SPEEDS[(SPEEDS.indexOf(prefs.rate) + 1) % SPEEDS.length]);
      tell(speed.getAttribute("aria-label"));
    });
    vol.addEventListener("input", function () { prefs.muted = false; setPref("vol", Number(vol.value) / 100); });
    muteBtn.addEventListener("click", function () { setPref("muted", !prefs.muted); });
    hlBox.addEventListener("change", function () { setPref("hl", hlBox.checked); current = -2; tick(); });
    scrollBox.addEventListener("change", function () { setPref("scroll", scrollBox.checked); });
    voiceSel.addEventListener("change", function () { setPref("voice", voiceSel.value); });
    function togglePanel(open) {
      panel.hidden = !open;
      optBtn.setAttribute("aria-expanded", open ? "true" : "false");
    }
    optBtn.addEventListener("click", function () { togglePanel(panel.hidden); });
    bar.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && !panel.hidden) { togglePanel(false); optBtn.focus(); }
    });
    d.addEventListener("click", function (e) { if (!panel.hidden && e.composedPath().indexOf(host) < 0) { togglePanel(false); } });
    audio.addEventListener("play", function () {
      if (audio.src === SILENCE) { return; }
      setState("playing"); say(note || (mode === "selection" ? T.selPlaying : who(T.playing)), !quiet);
      note = ""; quiet = false;
      if ("mediaSession" in navigator && w.MediaMetadata) {
        navigator.mediaSession.metadata = new MediaMetadata({ title: (info && info.title) || d.title, artist: location.hostname, album: T.play });
        var ms = navigator.mediaSession, h = function (a, f) { try { ms.setActionHandler(a, f); } catch (e) { /* */ } };
        h("play", play); h("pause", pause);
        h("seekbackward", function () { seekBy(-10); }); h("seekforward", function () { seekBy(10); });
        h("previoustrack", function () { jumpBlock(-1); }); h("nexttrack", function () { jumpBlock(1); });
        h("seekto", function (a) { seekTo(a.seekTime); });
      }
    });
    audio.addEventListener("pause", function () {
      if (audio.src === SILENCE) { return; }
      setState("paused");
      if (!audio.ended) { say(who(T.paused), true); }
      if (info && mode === "article") { store(posKey, { k: info.key, t: Math.floor(audio.currentTime) }); }
    });
    audio.addEventListener("ended", function () {
      if (audio.src === SILENCE) { return; }
      if (mode === "selection") { mode = "article"; say(T.selDone, true); renderPlay(); return; }
      if (mode === "parts") { if (!nextPart()) { setState("loading"); say(T.preparing, true); } return; }
      store(posKey, null); articlePos = 0; highlight(-1); say(who(T.ended), true); renderPlay();
    });
    audio.addEventListener("timeupdate", tick);
    audio.addEventListener("seeked", function () {
      if (pendingSeek !== null) { var t = pendingSeek; pendingSeek = null; audio.currentTime = t; }
      tick();
    });
    audio.addEventListener("error", function () {
      if (!audio.src || audio.src === SILENCE || audio.src === location.href) { return; }
      setState("error"); say(T.audioErr, true);
    });
    if (w.IntersectionObserver && !captions) { // mini-player once scrolled past
      new IntersectionObserver(function (en) {
        var out = !en[0].isIntersecting && en[0].boundingClientRect.top < 0;
        var on = out && active;
        var r = host.getBoundingClientRect(); // same width: nothing inside moves
        bar.classList.toggle("mini", on);
        if (!on) { bar.classList.remove("top"); }
        bar.style.left = on ? r.left + "px" : "";
        bar.style.width = on ? r.width + "px" : "";
        pad();
        place();
      }).observe(host);
    }
    function pad() {
      var s = d.documentElement.style, on = bar.classList.contains("mini") ? BAR_H + 16 + "px" : "", up = bar.classList.contains("top");
      s.scrollPaddingBottom = up ? "" : on;
      s.scrollPaddingTop = up ? on : "";
    }
    // The mini-player moves off the text being read.
    function place() {
      var r = self.range || self.lit, b = bar.getBoundingClientRect(), h = w.innerHeight, up = bar.classList.contains("top");
      if (!r || !bar.classList.contains("mini")) { return; }
      r = r.getBoundingClientRect();
      if (Math.max(r.top, 0) < b.bottom && Math.min(r.bottom, h) > b.top && (up ? r.bottom < h - BAR_H - 16 : r.top > BAR_H + 16)) {
        bar.classList.toggle("top");
        pad();
      }
    }
    // WCAG 2.4.11: nor the focused element.
    d.addEventListener("focusin", function (e) {
      if (!bar.classList.contains("mini") || e.composedPath().indexOf(host) >= 0) { return; }
      requestAnimationFrame(function () {
        var r = e.target.getBoundingClientRect(), b = bar.getBoundingClientRect(), up = bar.classList.contains("top");
        if (up ? r.top < b.bottom + 4 : r.bottom > b.top - 4) { w.scrollBy(0, up ? r.top - b.bottom - 12 : r.bottom - b.top + 12); }
      });
    });

    self.keys = {
      KeyP: function () { playBtn.click(); }, ArrowLeft: function () { seekBy(-10); }, ArrowRight: function () { seekBy(10); },
      ArrowUp: function () { jumpBlock(-1); }, ArrowDown: function () { jumpBlock(1); }
    };
    applyPrefs();
    setState("idle");
    lookup(false).catch(function () {});
    players.push(self);
    return self;
  }

  // == page
  function pageSetup() {
    if (w.__dbvPage) { return; }
    w.__dbvPage = true;
    w.addEventListener("storage", function (e) { // another tab
      if (e.key === "dbv:prefs" && e.newValue) { Object.assign(prefs, JSON.parse(e.newValue)); players.forEach(function (p) { p.sync(); }); }
    });
    d.addEventListener("keydown", function (e) {
      var p = w.__dbvLast || players.filter(function (x) { return x.script.getAttribute("data-shortcuts") === "true"; })[0];
      if (!p || p.script.getAttribute("data-shortcuts") !== "true" || !e.shiftKey || !e.altKey || e.ctrlKey || e.metaKey) { return; }
      if (e.code === "KeyS") { e.preventDefault(); p.speakSelection(String(w.getSelection())); return; }
      if (p.keys[e.code]) { e.preventDefault(); p.keys[e.code](); }
    });
    var selHost = el("dbv-selection", { lang: "vi" }), selRoot, selBtn, selText = "", selPlayer = null;
    selHost.style.cssText = "position:absolute;z-index:2147483000;display:none;width:max-content";
    selRoot = selHost.attachShadow({ mode: "open" });
    selBtn = el("button", { type: "button", "class": "b selb", text: T.selection });
    selBtn.addEventListener("mousedown", function (e) { e.preventDefault(); }); // keep the selection
    selBtn.addEventListener("click", function () {
      if (selRoot.activeElement !== selBtn) { selHost.style.display = "none"; }
      if (selPlayer) { selPlayer.speakSelection(selText); }
    });
    var timer = null;
    d.addEventListener("selectionchange", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var s = w.getSelection(), text = s ? norm(String(s)) : "";
        selPlayer = null;
        if (text.length > 1 && s.rangeCount) {
          var node = s.getRangeAt(0).commonAncestorContainer;
          selPlayer = players.filter(function (p) { return p.tgt() && p.tgt().contains(node); })[0] || null;
        }
        if (!selPlayer) { selHost.style.display = "none"; return; }
        if (!selBtn.parentNode) {
          cssLink(new URL(selPlayer.script.src, d.baseURI).origin, selRoot);
          selRoot.appendChild(selBtn);
        }
        selText = text;
        // After the selected block: the next Tab reaches it
        var range = s.getRangeAt(0), e = range.endContainer, t = selPlayer.tgt();
        e = (e.nodeType === 1 ? e : e.parentElement).closest(SEL);
        e = e && t.contains(e) ? e : t.lastChild;
        if (e.nextSibling !== selHost) { e.parentNode.insertBefore(selHost, e.nextSibling); }
        selHost.style.left = selHost.style.top = 0;
        selHost.style.display = "block";
        var r = range.getBoundingClientRect(), o = selHost.getBoundingClientRect();
        selHost.style.left = Math.max(0, r.left - o.left) + "px";
        selHost.style.top = (r.top > 52 ? r.top - 46 : r.bottom + 6) - o.top + "px";
      }, 200);
    });
  }

  function boot() {
    var list = d.currentScript ? [d.currentScript] : d.querySelectorAll("script[src*='widget.js']");
    [].forEach.call(list, function (s) {
      if (s.dbvDone || !s.src) { return; }
      s.dbvDone = true;
      Player(s);
    });
    pageSetup();
  }
  boot();
})(window, document);
