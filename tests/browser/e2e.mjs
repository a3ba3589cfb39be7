// A member's day in real headless Chromium, on a phone and on a desktop:
// by keyboard alone, sign in, reply, fix a draft with the placeholder button,
// start a narrative thread, keep a learning-log entry from the thread and
// export it, change digest settings and sign out; read a
// thread, get stopped by the identifier guard, keep a draft through a lost
// connection. axe-core checks every page (no
// serious or critical violations); screenshots go to ARTIFACTS.
//
// Run by tests/it/browser.rs with BASE, EMAIL, PASSWORD, GROUP, THREAD and
// NOTE_CONVERSATION, NOTE_REFLECTION (narrative threads the member observes).
import { chromium } from "playwright-core";
import { readFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const { BASE, EMAIL, ADMIN_EMAIL, PASSWORD, GROUP, THREAD, LONG_THREAD, NOTE_CONVERSATION, NOTE_REFLECTION, ARTIFACTS } = process.env;
mkdirSync(ARTIFACTS, { recursive: true });

const problems = [];
const fail = (msg) => {
  problems.push(msg);
  console.log(`FAIL ${msg}`);
};
const expect = (cond, msg) => {
  if (!cond) fail(msg);
};

async function audit(page, name) {
  // Evaluated through the DevTools protocol, so the page's strict CSP (no
  // inline scripts) stays on while axe runs.
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    window.axe.run(document, { resultTypes: ["violations"] }),
  );
  for (const v of result.violations) {
    if (v.impact === "serious" || v.impact === "critical") {
      fail(`axe ${name}: ${v.id} (${v.impact}) ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    }
  }
  console.log(`axe ${name}: ${result.violations.length} violations in all`);
}

// Moves focus with the Tab key alone until `selector` has it: proof that a
// keyboard user can reach it, in document order.
async function tabTo(page, selector, max = 400) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return true;
  }
  fail(`${selector} cannot be reached with the Tab key`);
  return false;
}

async function shot(page, label, name) {
  await page.screenshot({ path: `${ARTIFACTS}/${label}-${name}.png`, fullPage: true });
}

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});

const viewports = [
  { label: "phone", width: 390, height: 844 },
  { label: "desktop", width: 1280, height: 900 },
];

try {
  for (const vp of viewports) {
    const context = await browser.newContext({
      viewport: { width: vp.width, height: vp.height },
      locale: "sv-SE",
    });
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    // 422 is the guard's answer and expected; a missing asset or a 5xx is not.
    page.on("response", (r) => {
      const path = new URL(r.url()).pathname;
      if (r.status() >= 500 || (r.status() === 404 && path !== "/favicon.ico")) {
        errors.push(`${r.status()} ${path}`);
      }
    });
    const label = vp.label;
    const mark = `${label}-${Date.now()}`;

    // Sign in with the keyboard alone.
    await page.goto(`${BASE}/login`);
    await audit(page, `${label} login`);
    await page.focus("#email");
    await page.keyboard.type(EMAIL);
    await page.keyboard.press("Tab");
    await page.keyboard.type(PASSWORD);
    await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
    expect(page.url().endsWith("/groups"), `${label}: signed in lands on /groups, got ${page.url()}`);
    await audit(page, `${label} groups`);
    await shot(page, label, "groups");

    // The group, then the thread.
    await page.goto(`${BASE}${GROUP}`);
    await audit(page, `${label} group`);
    await page.goto(`${BASE}${THREAD}`);
    await audit(page, `${label} thread`);
    await shot(page, label, "thread");

    // Reply, by keyboard alone: Tab to the text, type, Tab to the button, Enter.
    const reply = `Har ni provat att fråga om sömnen? (${mark})`;
    await tabTo(page, "#body");
    await page.keyboard.type(reply);
    await tabTo(page, "#reply button[type=submit]");
    await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
    expect((await page.content()).includes(mark), `${label}: the reply appears in the thread`);

    // Stopped by the identifier guard; the placeholder button fixes the draft
    // (reached and pressed by keyboard too).
    const risky = `Patienten 19121212-1212 ringde igen (${mark}-guard).`;
    await page.fill("#body", risky);
    await Promise.all([page.waitForNavigation(), page.click("#reply button[type=submit]")]);
    expect(await page.isVisible(".deid"), `${label}: the guard explains what it found`);
    await audit(page, `${label} guard`);
    await shot(page, label, "guard");
    await tabTo(page, "button[name=redact]");
    await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
    const fixed = await page.inputValue("#body");
    expect(!fixed.includes("19121212"), `${label}: the placeholder replaced the identifier: ${fixed}`);
    expect(fixed.includes("[personnummer]"), `${label}: a placeholder stands in its place: ${fixed}`);
    await Promise.all([page.waitForNavigation(), page.click("#reply button[type=submit]")]);
    const after = await page.content();
    expect(after.includes(`${mark}-guard`) && !after.includes("19121212"), `${label}: the fixed reply is posted`);

    // A narrative thread, by keyboard alone: the kind is a radio group
    // (arrow keys choose), the listener keeps the suggested colleague.
    await page.goto(`${BASE}${GROUP}/threads/new`);
    await audit(page, `${label} new thread`);
    await page.focus("body");
    await tabTo(page, "input[name=kind]");
    await page.keyboard.press("ArrowDown");
    expect(await page.isChecked("input[name=kind][value=narrative]"), `${label}: the arrow key chose "narrative"`);
    await tabTo(page, "#title");
    await page.keyboard.type(`Ett samtal som skavde (${mark})`);
    await tabTo(page, "#body");
    await page.keyboard.type("En patient ville ha antibiotika och jag gav med mig. Varför?");
    await tabTo(page, "form[data-draft] button[type=submit]");
    await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
    expect(/\/threads\//.test(page.url()), `${label}: the narrative thread opens, got ${page.url()}`);
    expect((await page.content()).includes("narrative"), `${label}: it is a narrative thread`);
    await audit(page, `${label} narrative`);
    await shot(page, label, "narrative");

    // A lost connection loses nothing: the reply typed offline is still in
    // the box when the page is opened again.
    await page.goto(`${BASE}${THREAD}`);
    const draft = `Ett utkast som inte får försvinna (${mark})`;
    await page.fill("#body", "");
    await page.type("#body", draft);
    await context.setOffline(true);
    await page.click("#reply button[type=submit]").catch(() => {});
    await page.waitForTimeout(300);
    await context.setOffline(false);
    await page.goto(`${BASE}${THREAD}`);
    expect((await page.inputValue("#body")) === draft, `${label}: the draft survives a lost connection`);
    await page.fill("#body", "");
    await page.dispatchEvent("#body", "input");

    // Search within my groups.
    await page.goto(`${BASE}/search?q=stress`);
    expect((await page.innerText("main")).includes("Har du frågat om stress"), `${label}: search finds the post`);
    expect((await page.$$("main mark")).length > 0, `${label}: the words found are marked`);
    await audit(page, `${label} search`);

    // The learning log: the thread (which the member replied in) offers it,
    // the form comes prefilled with the discussion, the entry is saved and a
    // period is exported as Markdown and as PDF.
    await page.goto(`${BASE}${THREAD}`);
    await Promise.all([page.waitForNavigation(), page.click("a[href^='/account/learning?thread_id=']")]);
    expect(page.url().includes("/account/learning?thread_id="), `${label}: the thread leads to the learning log`);
    expect(Number(await page.inputValue("#minutes")) >= 5, `${label}: the time is estimated`);
    await audit(page, `${label} learning`);
    await page.fill("#learned", `Att fråga om sömnen tidigt (${mark}-learned).`);
    await page.fill("#change", "Jag frågar om sömn vid varje trötthetsbesök.");
    await page.click("form.learning-form details summary");
    await page.check("form.learning-form input[name=tags]");
    await Promise.all([page.waitForNavigation(), page.click("form.learning-form button[type=submit]:not([name])")]);
    expect((await page.content()).includes(`${mark}-learned`), `${label}: the entry is in the log`);
    await audit(page, `${label} learning saved`);
    await shot(page, label, "learning");
    for (const format of ["md", "pdf"]) {
      await page.selectOption("#export-format", format);
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.click("form[action='/account/learning/export'] button[type=submit]"),
      ]);
      const file = readFileSync(await download.path());
      if (format === "md") {
        expect(file.toString("utf8").includes(`${mark}-learned`), `${label}: the Markdown export has the entry`);
      } else {
        expect(file.subarray(0, 5).toString() === "%PDF-", `${label}: the PDF export is a PDF`);
      }
    }

    // Digest settings, by keyboard alone: type-ahead in the select.
    await page.goto(`${BASE}/account`);
    await audit(page, `${label} account`);
    await page.focus("body");
    await tabTo(page, "#digest_hour");
    await page.keyboard.type("6");
    await tabTo(page, "form[action='/account/email'] button[type=submit]");
    await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
    await page.goto(`${BASE}/account`);
    expect((await page.inputValue("#digest_hour")) === "6", `${label}: the digest hour is kept`);
    await shot(page, label, "account");

    // Sign out.
    await page.focus("body");
    await tabTo(page, "form[action='/logout'] button");
    await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
    await page.goto(`${BASE}/groups`);
    expect(page.url().includes("/login"), `${label}: signed out, /groups asks to sign in`);

    expect(errors.length === 0, `${label}: no script errors or failed loads: ${errors.join("; ")}`);
    await context.close();
  }

  // Dark mode (prefers-color-scheme): the same pages, axe checks contrast too.
  {
    const dark = await browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: "sv-SE",
      colorScheme: "dark",
    });
    const page = await dark.newPage();
    await page.goto(`${BASE}/login`);
    await audit(page, "dark login");
    await page.fill("#email", EMAIL);
    await page.fill("#password", PASSWORD);
    await Promise.all([page.waitForNavigation(), page.click("form button[type=submit]")]);
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg === "rgb(21, 25, 29)", `dark: the dark palette is used, background ${bg}`);
    for (const [name, path] of [["groups", "/groups"], ["group", GROUP], ["thread", THREAD], ["account", "/account"], ["learning", "/account/learning"]]) {
      await page.goto(`${BASE}${path}`);
      await audit(page, `dark ${name}`);
    }
    await page.goto(`${BASE}${THREAD}`);
    await page.fill("#body", "Patienten 19121212-1212 igen.");
    await Promise.all([page.waitForNavigation(), page.click("#reply button[type=submit]")]);
    await audit(page, "dark guard");
    await shot(page, "dark", "guard");
    await page.goto(`${BASE}${THREAD}`);
    await shot(page, "dark", "thread");
    await dark.close();
  }

  // Without JavaScript the same forms work (progressive enhancement only).
  const plain = await browser.newContext({ javaScriptEnabled: false, locale: "sv-SE" });
  const page = await plain.newPage();
  await page.goto(`${BASE}/login`);
  await page.fill("#email", EMAIL);
  await page.fill("#password", PASSWORD);
  await Promise.all([page.waitForNavigation(), page.click("form button[type=submit]")]);
  await page.goto(`${BASE}${THREAD}`);
  await page.fill("#body", "Utan JavaScript går det också.");
  await Promise.all([page.waitForNavigation(), page.click("#reply button[type=submit]")]);
  expect((await page.content()).includes("Utan JavaScript går det också."), "a reply works without JavaScript");
  await plain.close();

  // Replying to one post opens the form under it, focused, without a reload.
  {
    const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "sv-SE" });
    const page = await ctx.newPage();
    await page.goto(`${BASE}/login`);
    await page.fill("#email", EMAIL);
    await page.fill("#password", PASSWORD);
    await Promise.all([page.waitForNavigation(), page.click("form button[type=submit]")]);
    await page.goto(`${BASE}${THREAD}`);
    const link = await page.$("a.reply-link");
    const postId = await link.getAttribute("data-post");
    const before = page.url();
    await link.click();
    expect(page.url() === before, "reply in place: no reload");
    const when = await page.$eval(".post time", (el) => [el.textContent, el.title]);
    expect(/nyss|min sedan|i dag|i går/.test(when[0]) && /\d{4}-\d{2}-\d{2}/.test(when[1]), `relative time with the exact one kept: ${when}`);
    expect(await page.$(`#post-${postId} #reply`), "reply in place: the form is under the post");
    expect(await page.evaluate(() => document.activeElement && document.activeElement.id === "body"), "reply in place: the text box has focus");
    expect((await page.inputValue("#reply input[name=parent_id]")) === postId, "reply in place: it answers that post");
    await page.fill("#body", "Svar direkt under inlägget.");
    await Promise.all([page.waitForNavigation(), page.click("#reply button[type=submit]")]);
    expect((await page.content()).includes("Svar direkt under inlägget."), "reply in place: posted");
    await audit(page, "reply in place");
    await ctx.close();
  }

  // An observer's private note that the guard refuses comes back in the note
  // form with its findings, in the conversation and in the reflection, and
  // never in the public reply form.
  {
    const notes = await browser.newContext({ locale: "sv-SE" });
    const page = await notes.newPage();
    await page.goto(`${BASE}/login`);
    await page.fill("#email", EMAIL);
    await page.fill("#password", PASSWORD);
    await Promise.all([page.waitForNavigation(), page.click("form button[type=submit]")]);
    const note = "Patienten 19121212-1212 teg när lyssnaren frågade.";
    for (const [phase, path] of [["conversation", NOTE_CONVERSATION], ["reflection", NOTE_REFLECTION]]) {
      await page.goto(`${BASE}${path}`);
      await page.fill("#note", note);
      await Promise.all([page.waitForNavigation(), page.click("#notes form[action$='/notes'] button[type=submit]")]);
      expect((await page.inputValue("#note")) === note, `${phase}: the refused note is back in the note form`);
      expect(await page.isVisible("#notes .findings"), `${phase}: with its findings beside it`);
      if (await page.$("#body")) {
        expect(!(await page.inputValue("#body")).includes("19121212"), `${phase}: never in the public reply form`);
      }
      await audit(page, `note refused in ${phase}`);
      await shot(page, "desktop", `note-${phase}`);
    }
    await notes.close();
  }

  // The admin's pages on a phone: tables, not stacks of forms; closing a
  // group opens its reason and confirmation first.
  {
    const admin = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "sv-SE" });
    const page = await admin.newPage();
    await page.goto(`${BASE}/login`);
    await page.fill("#email", ADMIN_EMAIL);
    await page.fill("#password", PASSWORD);
    await Promise.all([page.waitForNavigation(), page.click("form button[type=submit]")]);
    await page.goto(`${BASE}/moderation`);
    expect(await page.$("table.admin tbody tr"), "moderation: groups as rows of a table");
    expect(!(await page.isVisible("input[name=reason]")), "moderation: the reason is folded away until asked");
    await page.click("details.confirm summary");
    expect(await page.isVisible("input[name=reason]"), "moderation: closing asks for a reason and confirmation");
    await audit(page, "moderation");
    await shot(page, "phone", "moderation");
    await page.goto(`${BASE}/admin/proposals`);
    await audit(page, "proposals");
    await shot(page, "phone", "proposals");
    await admin.close();
  }

  // A phone on a weak connection (400 kbit/s each way, 400 ms latency, as
  // Chromium's DevTools emulate it): bytes on the wire and load time of the
  // group page and of a 200-post thread, for a member who has used kollega
  // before (the content-hashed assets are in the phone's cache). Best of
  // three loads, so a busy CI machine's scheduling does not count as network.
  {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "sv-SE" });
    const page = await phone.newPage();
    await page.goto(`${BASE}/login`);
    await page.fill("#email", EMAIL);
    await page.fill("#password", PASSWORD);
    await Promise.all([page.waitForNavigation(), page.click("form button[type=submit]")]);
    await page.goto(`${BASE}${LONG_THREAD}`);
    await page.goto(`${BASE}${GROUP}`);
    const cdp = await phone.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: 400,
      downloadThroughput: 400000 / 8,
      uploadThroughput: 400000 / 8,
    });
    let bytes = 0;
    cdp.on("Network.loadingFinished", (e) => {
      bytes += e.encodedDataLength;
    });
    for (const [name, path, maxMs, maxBytes] of [
      ["group page", GROUP, 800, 40 * 1024],
      ["200-post thread", LONG_THREAD, 1500, 40 * 1024],
    ]) {
      const runs = [];
      for (let i = 0; i < 3; i++) {
        bytes = 0;
        const started = Date.now();
        await page.goto(`${BASE}${path}`, { waitUntil: "load" });
        const ms = Date.now() - started;
        // The last loadingFinished event can trail the load event a little.
        await page.waitForTimeout(100);
        runs.push({ ms, bytes });
      }
      const best = runs.reduce((a, b) => (b.ms < a.ms ? b : a));
      console.log(
        `weak connection (400 kbit/s, 400 ms): ${name}: ${best.ms} ms, ${best.bytes} bytes on the wire ` +
          `(runs: ${runs.map((r) => `${r.ms} ms/${r.bytes} B`).join(", ")})`,
      );
      expect(best.ms < maxMs, `${name} on a weak connection: ${best.ms} ms, target under ${maxMs} ms`);
      expect(best.bytes < maxBytes, `${name} on a weak connection: ${best.bytes} bytes, target under ${maxBytes}`);
    }
    await phone.close();
  }
} catch (e) {
  fail(`exception: ${e.stack || e}`);
} finally {
  await browser.close();
}

if (problems.length) {
  console.log(`${problems.length} problem(s)`);
  process.exit(1);
}
console.log("browser suite passed");
