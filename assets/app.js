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
  // Replying to one post: the reply form opens under it, focused, instead of
  // reloading the page with the form at the bottom. Without this file the
  // link still works (?reply_to=… reloads with the form set up).
  var replySection = document.getElementById("reply");
  var replyForm = replySection && replySection.querySelector("form");
  if (replyForm) {
    document.querySelectorAll("a.reply-link").forEach(function (link) {
      link.addEventListener("click", function (ev) {
        var post = document.getElementById("post-" + link.getAttribute("data-post"));
        var article = post && post.querySelector("article");
        if (!article) return;
        ev.preventDefault();
        var parent = replyForm.querySelector("input[name=parent_id]");
        if (!parent) {
          parent = document.createElement("input");
          parent.type = "hidden";
          parent.name = "parent_id";
          replyForm.insertBefore(parent, replyForm.firstChild);
        }
        parent.value = link.getAttribute("data-post");
        var heading = replySection.querySelector("h2");
        if (heading) heading.textContent = link.getAttribute("data-label");
        article.parentNode.insertBefore(replySection, article.nextSibling);
        var area = replyForm.querySelector("textarea");
        if (area) area.focus();
      });
    });
  }
  // Signing out forgets every draft.
  document.querySelectorAll("form[action='/logout']").forEach(function (form) {
    form.addEventListener("submit", function () {
      try { sessionStorage.clear(); } catch (e) { /* ignore */ }
    });
  });
  // Times as people say them ("för 5 min sedan", "i går 21:38"), the exact
  // time kept in the element's title. The page (and its cached posts) carry
  // the exact local time; only the words are worked out here, now.
  var sv = document.documentElement.lang === "sv";
  var words = sv
    ? { now: "nyss", min: function (n) { return "för " + n + " min sedan"; }, today: "i dag", yesterday: "i går" }
    : { now: "just now", min: function (n) { return n + " min ago"; }, today: "today", yesterday: "yesterday" };
  var now = new Date();
  document.querySelectorAll("time[datetime]").forEach(function (el) {
    var at = new Date(el.getAttribute("datetime"));
    if (isNaN(at)) return;
    var minutes = Math.round((now - at) / 60000);
    if (minutes < 0 || minutes > 60 * 24 * 6) return;
    var clock = at.toLocaleTimeString(sv ? "sv-SE" : "en-GB", { hour: "2-digit", minute: "2-digit" });
    var day = new Date(now.getFullYear(), now.getMonth(), now.getDate());
    var text;
    if (minutes < 1) text = words.now;
    else if (minutes < 60) text = words.min(minutes);
    else if (at >= day) text = words.today + " " + clock;
    else if (at >= new Date(day - 86400000)) text = words.yesterday + " " + clock;
    else text = at.toLocaleDateString(sv ? "sv-SE" : "en-GB", { weekday: "long" }) + " " + clock;
    if (!el.title) el.title = el.textContent;
    el.textContent = text;
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
