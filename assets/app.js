// Progressive enhancement only: everything works without this file.
(function () {
  "use strict";
  // Keep drafts while the tab is open, so a lost connection loses nothing.
  // sessionStorage, per member: a draft never outlives the tab or reaches the
  // next person on a shared practice computer.
  var user = document.body.getAttribute("data-user") || "";
  var prefix = "kollega-draft:" + user + ":";
  document.querySelectorAll("form[data-draft]").forEach(function (form) {
    var key = prefix + form.getAttribute("data-draft");
    var area = form.querySelector("textarea[name=body]");
    if (!area || !window.sessionStorage || !user) return;
    try {
      if (!area.value && sessionStorage.getItem(key)) area.value = sessionStorage.getItem(key);
      area.addEventListener("input", function () { sessionStorage.setItem(key, area.value); });
      form.addEventListener("submit", function () { sessionStorage.removeItem(key); });
    } catch (e) { /* storage may be disabled */ }
  });
  // Signing out forgets every draft.
  document.querySelectorAll("form[action='/logout']").forEach(function (form) {
    form.addEventListener("submit", function () {
      try { sessionStorage.clear(); } catch (e) { /* ignore */ }
    });
  });
  // A draft refused by the identifier guard: go straight to what was found.
  var findings = document.querySelector(".deid");
  if (findings) {
    findings.scrollIntoView();
    return;
  }
  // Opening a thread jumps to the first unread post.
  if (!location.hash) {
    var first = document.querySelector(".post.unread");
    if (first && document.querySelectorAll(".post").length > 1) first.scrollIntoView();
  }
})();
