// The portal's own "Xem cỡ chữ" widget, so the demo page behaves like the real one.
(function () {
  "use strict";
  var scale = 1;
  document.querySelectorAll(".fs-btn").forEach(function (btn) {
    btn.addEventListener("click", function () {
      var step = Number(btn.getAttribute("data-step"));
      scale = step === 0 ? 1 : Math.min(1.6, Math.max(0.8, scale + step * 0.1));
      document.documentElement.style.setProperty("--font-scale", String(scale));
    });
  });
})();
