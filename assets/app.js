// Progressive enhancement only: everything works without this file.
(function () {
  "use strict";
  // Keep drafts in the browser so a lost connection loses nothing.
  document.querySelectorAll("form[data-draft]").forEach(function (form) {
    var key = "kollega-draft:" + form.getAttribute("data-draft");
    var area = form.querySelector("textarea[name=body]");
    if (!area || !window.localStorage) return;
    try {
      if (!area.value && localStorage.getItem(key)) area.value = localStorage.getItem(key);
      area.addEventListener("input", function () { localStorage.setItem(key, area.value); });
      form.addEventListener("submit", function () { localStorage.removeItem(key); });
    } catch (e) { /* storage may be disabled */ }
  });
  // Opening a thread jumps to the first unread post.
  if (!location.hash) {
    var first = document.querySelector(".post.unread");
    if (first && document.querySelectorAll(".post").length > 1) first.scrollIntoView();
  }
})();
