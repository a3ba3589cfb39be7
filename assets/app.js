// Progressive enhancement only: everything works without this file.
(function () {
  "use strict";
  // Keep drafts while the tab is open, so a lost connection loses nothing.
  // sessionStorage, per member: a draft never outlives the tab or reaches the
  // next person on a shared practice computer.
  var user = document.body.getAttribute("data-user") || "";
  var prefix = "kollega-draft:" + user + ":";
  // Arriving from a successful post: that draft is done.
  try {
    var posted = location.hash.match(/^#posted-(.+)$/);
    var thread = location.pathname.match(/^\/threads\/([^/]+)$/);
    if (posted) sessionStorage.removeItem(prefix + "new-thread-" + posted[1]);
    if (thread && location.hash.indexOf("#post-") === 0) sessionStorage.removeItem(prefix + "reply-" + thread[1]);
  } catch (e) { /* ignore */ }
  document.querySelectorAll("form[data-draft]").forEach(function (form) {
    var key = prefix + form.getAttribute("data-draft");
    var area = form.querySelector("textarea[name=body]");
    if (!area || !window.sessionStorage || !user) return;
    try {
      if (!area.value && sessionStorage.getItem(key)) area.value = sessionStorage.getItem(key);
      area.addEventListener("input", function () { sessionStorage.setItem(key, area.value); });
      // Kept through submit: if the session has expired, the draft is still
      // here after signing in again. The page after a successful post clears it.
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
