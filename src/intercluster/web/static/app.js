// Small behaviours shared by every page. No inline scripts anywhere: a strict
// Content-Security-Policy can forbid them.
(function () {
  "use strict";
  // A <select data-autosubmit> submits its form when changed (the button stays for keyboards
  // and for browsers without JavaScript).
  document.addEventListener("change", function (event) {
    var target = event.target;
    if (target instanceof HTMLSelectElement && target.hasAttribute("data-autosubmit") && target.form) {
      target.form.requestSubmit();
    }
  });
})();
