/* The admin console's progressive enhancement: every page works without it.
   - an error summary gets the focus when the page loads (screen readers read it first);
   - a form with data-confirm asks before it sends (delete, revoke, stop);
   - [data-progress-url] follows a pre-generation run live: the bar, the counts and the failures, without a
     reload; a polite live region says each 10 % step and the end. */
(function () {
  "use strict";
  var d = document;

  function onReady(fn) { if (d.readyState !== "loading") { fn(); } else { d.addEventListener("DOMContentLoaded", fn); } }

  onReady(function () {
    var summary = d.querySelector("[data-focus-on-load]");
    if (summary) { summary.focus(); }
    d.querySelectorAll("form[data-confirm]").forEach(function (form) {
      form.addEventListener("submit", function (ev) {
        if (!window.confirm(form.getAttribute("data-confirm"))) { ev.preventDefault(); }
      });
    });
    d.querySelectorAll("[data-progress-url]").forEach(follow);
  });

  function text(el, value) { if (el && el.textContent !== value) { el.textContent = value; } }

  function follow(box) {
    var url = box.getAttribute("data-progress-url");
    var bar = box.querySelector("progress");
    var live = box.querySelector("[data-live]");
    var lastStep = -1, lastState = box.getAttribute("data-state");
    function render(run) {
      var pct = run.total ? Math.floor(100 * run.done / run.total) : (run.finished ? 100 : 0);
      if (bar) { bar.max = 100; bar.value = pct; bar.textContent = pct + " %"; }
      Object.keys(run.fields || {}).forEach(function (name) {
        text(box.querySelector("[data-field='" + name + "']"), String(run.fields[name]));
      });
      var failures = box.querySelector("[data-failures]");
      if (failures && run.failures_html !== undefined && failures.innerHTML !== run.failures_html) {
        failures.innerHTML = run.failures_html;  // rendered and escaped by the server (Jinja)
      }
      var step = Math.floor(pct / 10);
      if (run.state !== lastState) {
        lastState = run.state;
        text(live, run.state_label + (run.finished ? "." : ", " + pct + " %."));
        box.setAttribute("data-state", run.state);
        var active = ["queued", "running", "stopping"].indexOf(run.state) >= 0;
        var resumable = ["stopped", "interrupted", "failed"].indexOf(run.state) >= 0;
        d.querySelectorAll("[data-when-active]").forEach(function (el) { el.hidden = !active; });
        d.querySelectorAll("[data-when-stopped]").forEach(function (el) { el.hidden = !resumable; });
      } else if (step !== lastStep && !run.finished) {
        text(live, "Đã xong " + pct + " %.");
      }
      lastStep = step;
      return run.finished || run.state === "stopped" || run.state === "failed";
    }
    function poll() {
      fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
        .then(function (run) { if (!render(run)) { setTimeout(poll, 600); } })
        .catch(function () { setTimeout(poll, 3000); });
    }
    poll();
  }
})();
