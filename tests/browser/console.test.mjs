// The counselor console in real headless Chromium (Debian's package), driven
// by playwright-core, against the real `sodan serve` with LINE pointed at a
// fake Messaging API on loopback (as tests/all/console_api.rs does in Rust):
// a counselor logs in; with the page open, a LINE worker asks for a person
// and another one writes about violence; both appear live, the emergency
// first and marked; the counselor opens the calm one, claims it, answers
// (the answer reaches LINE's push API), and releases it to the bot.
//
// Needs the sodan binary (SODAN_BIN, else target/debug/sodan) and
// /usr/bin/chromium (CHROMIUM). Without them it skips with a message,
// except in CI (CI=true), where it fails.
//
// Screenshots go to target/ by default; to refresh the ones in docs/:
//   SODAN_SCREENSHOT_DIR=docs SODAN_BIN=target/debug/sodan node --test tests/browser/console.test.mjs

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createHmac, randomUUID } from "node:crypto";
import { mkdtempSync, mkdirSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { root, binary, skip, startSodan, stopSodan, launchChromium } from "./support.mjs";

const shots = process.env.SODAN_SCREENSHOT_DIR ? resolve(root, process.env.SODAN_SCREENSHOT_DIR) : join(root, "target");

const SECRET = "test-channel-secret";
const TOKEN = "test-channel-access-token";
const PASSWORD = "a long enough password";

/** A fake LINE Messaging API: records every request, answers 200 `{}`, and English for any profile. */
function startFakeLine() {
  const requests = [];
  const server = http.createServer((request, response) => {
    const chunks = [];
    request.on("data", (chunk) => chunks.push(chunk));
    request.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      let body = null;
      try { body = text ? JSON.parse(text) : null; } catch { body = text; }
      requests.push({ method: request.method, path: request.url, headers: request.headers, body });
      const profile = request.method === "GET" && request.url.startsWith("/v2/bot/profile/");
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify(profile ? { language: "en" } : {}));
    });
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => resolve({ server, requests, url: `http://127.0.0.1:${server.address().port}` }));
  });
}

function addCounselor(db, login, role) {
  const result = spawnSync(binary, ["counselor", "add", login, "--role", role, "--password-stdin"], {
    cwd: root,
    env: { ...process.env, SODAN_DB: db },
    input: PASSWORD + "\n",
    encoding: "utf8",
  });
  assert.equal(result.status, 0, `sodan counselor add ${login}: ${result.stderr}`);
}

let server, browser, base, fake;
let messageId = 1000;

/** Posts one text message from a LINE user, signed as LINE signs (base64 HMAC-SHA256 of the raw body). */
async function lineSays(user, text) {
  const body = JSON.stringify({
    destination: "U" + "0".repeat(32),
    events: [{
      type: "message",
      mode: "active",
      timestamp: Date.now(),
      source: { type: "user", userId: user },
      webhookEventId: randomUUID(),
      deliveryContext: { isRedelivery: false },
      replyToken: "reply-" + randomUUID(),
      message: { id: String(messageId++), type: "text", text, quoteToken: "q" },
    }],
  });
  const signature = createHmac("sha256", SECRET).update(body).digest("base64");
  const response = await fetch(`${base}/webhooks/line`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-line-signature": signature },
    body,
  });
  assert.equal(response.status, 200, "the signed webhook is accepted");
}

async function waitFor(what, check, timeout = 10000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Console errors and uncaught exceptions; the page's expected 401 (before login) and 404s are not errors. */
function watchErrors(page, expected = /\/api\/me$/) {
  const errors = [];
  page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const url = message.location().url || "";
    // Chromium reports every non-2xx fetch as a console error; the page asks
    // /api/me to learn whether it is logged in (401 means "show the form").
    if (/Failed to load resource/.test(message.text()) && (/\/api\/me$/.test(url) || expected.test(url))) return;
    errors.push(`${message.text()} (${url})`);
  });
  return errors;
}

/** Every form control must have a real <label>. */
async function unlabelled(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll("input, select, textarea")]
      .filter((control) => control.type !== "hidden" && (!control.labels || control.labels.length === 0))
      .map((control) => control.id || control.name || control.outerHTML.slice(0, 60)));
}

async function logIn(page, login) {
  await page.goto(base + "/console");
  await page.getByLabel("Login").fill(login);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await page.getByRole("tab", { name: /Waiting/ }).waitFor();
}

before(async () => {
  if (skip) return;
  fake = await startFakeLine();
  const db = mkdtempSync(join(tmpdir(), "sodan-console-db-"));
  addCounselor(db, "mai", "counselor");
  addCounselor(db, "ken", "counselor");
  addCounselor(db, "ana", "admin");
  server = await startSodan({
    SODAN_DB: db,
    LINE_CHANNEL_SECRET: SECRET,
    LINE_CHANNEL_ACCESS_TOKEN: TOKEN,
    LINE_API_URL: fake.url,
  });
  base = server.base;
  browser = await launchChromium(["--autoplay-policy=user-gesture-required"]);
  mkdirSync(shots, { recursive: true });
});

after(async () => {
  await browser?.close();
  fake?.server.close();
  await stopSodan(server);
});

test("a counselor sees workers arrive live, emergency first, claims one, answers it on LINE and releases it", { skip }, async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "en-GB", reducedMotion: "reduce" });
  const page = await context.newPage();
  const errors = watchErrors(page);

  // A wrong password is refused on the form, without a reload.
  await page.goto(base + "/console");
  assert.equal(await page.locator("html").getAttribute("lang"), "en");
  await page.getByLabel("Login").fill("mai");
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Log in" }).click();
  await page.getByRole("alert").filter({ hasText: "Wrong login or password" }).waitFor();
  errors.splice(0); // that 401 was expected
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await page.getByRole("tab", { name: /Waiting/ }).waitFor();
  await page.getByText("No one is waiting.").waitFor();
  assert.equal(await page.title(), "sodan console");
  assert.deepEqual(await unlabelled(page), [], "every form control has a label");
  assert.equal(await page.getByRole("tab", { name: "Admin" }).count(), 0, "no admin tab for a counselor");
  // The session lives in an HttpOnly cookie, not in the page's storage.
  assert.equal(await page.evaluate(() => document.cookie), "");
  const stored = await page.evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)]);
  assert.deepEqual(stored.filter((key) => key !== "sodan.console.sound"), [], "nothing but the sound setting is stored");

  // With the page open, a calm LINE worker asks for a person: the row appears without a reload.
  await page.evaluate(() => { window.__notReloaded = true; });
  await lineSays("U-browser", "/human");
  const calm = page.locator('#queue .row[data-id="line:U-browser"]');
  await calm.waitFor({ timeout: 15000 });
  assert.equal(await page.evaluate(() => window.__notReloaded), true, "no reload");
  await page.waitForFunction(() => document.title === "(1) sodan console");
  await page.locator(".toast").filter({ hasText: "New waiting conversation" }).first().waitFor();

  // A worker in danger: listed above the calm one, marked in words, not colour alone.
  await lineSays("U-danger", "My boss hit me and locked me in");
  const danger = page.locator('#queue .row[data-id="line:U-danger"]');
  await danger.waitFor({ timeout: 15000 });
  await page.waitForFunction(() => document.title === "(2) sodan console");
  const order = await page.locator("#queue .row").evaluateAll((rows) => rows.map((row) => row.dataset.id));
  assert.deepEqual(order, ["line:U-danger", "line:U-browser"], "the emergency is listed first");
  assert.match(await danger.innerText(), /EMERGENCY/);
  assert.equal(await danger.getAttribute("data-priority"), "emergency");
  assert.doesNotMatch(await calm.innerText(), /EMERGENCY/);
  assert.match(await calm.innerText(), /waiting (under 1 min|\d+ min)/);
  assert.ok(await calm.locator("time[title]").count(), "the exact time is in a title");
  await page.locator(".toast.emergency").first().waitFor();
  await page.screenshot({ path: join(shots, "console-queue.png") });

  // Open the calm one with the keyboard, claim it, answer with Ctrl+Enter.
  await calm.focus();
  await page.keyboard.press("Enter");
  await page.locator("#conv-id", { hasText: "line:U-browser" }).waitFor();
  assert.equal(await page.locator("#conv-title").evaluate((node) => node === document.activeElement), true, "focus moves to the conversation");
  await page.locator('#transcript .msg.worker [lang="en"]', { hasText: "/human" }).waitFor();
  assert.ok(await page.locator("#reply").isDisabled(), "no reply before claiming");
  assert.match(await page.locator("#composer-reason").innerText(), /Claim/);
  assert.match(await page.locator("#window").innerText(), /LINE/);
  await page.getByRole("button", { name: "Claim" }).click();
  await page.locator("#conv-state", { hasText: "with you" }).waitFor();
  await page.locator("#reply:not([disabled])").waitFor();
  // A ready reply in the worker's language lands in the composer.
  await page.locator("#canned-box").waitFor();
  await page.getByLabel("Ready reply").selectOption({ index: 1 });
  assert.notEqual(await page.locator("#reply").inputValue(), "");
  await page.locator("#reply").fill("");
  const answer = "Hello, I am Mai from the console. How can I help?";
  const pushesBefore = fake.requests.filter((r) => r.path === "/v2/bot/message/push").length;
  await page.locator("#reply").fill(answer);
  await page.locator("#reply").press("Control+Enter");
  const push = await waitFor("the counselor's push to LINE", () =>
    fake.requests.filter((r) => r.path === "/v2/bot/message/push").slice(pushesBefore)
      .find((r) => r.body && r.body.to === "U-browser"));
  assert.equal(push.body.messages[0].text, answer);
  assert.equal(push.headers.authorization, `Bearer ${TOKEN}`);
  await page.locator("#transcript .msg.counselor", { hasText: answer }).waitFor();
  assert.equal(await page.locator("#reply").inputValue(), "", "the composer is emptied once sent");

  // An internal note, marked as never sent to the worker.
  await page.getByLabel(/Add a note/).fill("Calm; asked for a person. Check pay slip next.");
  await page.getByRole("button", { name: "Save note" }).click();
  await page.locator("#notes li", { hasText: "Check pay slip" }).waitFor();
  assert.match(await page.locator("#details").innerText(), /never sent to the worker/);
  assert.equal(fake.requests.filter((r) => JSON.stringify(r.body || "").includes("pay slip")).length, 0, "a note never reaches LINE");
  // The worker answers while the counselor holds it: it shows up live.
  await lineSays("U-browser", "They pay me 700 yen an hour");
  await page.locator("#transcript .msg.worker", { hasText: "700 yen" }).waitFor({ timeout: 15000 });
  await page.getByRole("tab", { name: /Mine/ }).click();
  await page.locator('#queue .row[data-id="line:U-browser"]').waitFor();
  for (const dismiss of await page.getByRole("button", { name: "Dismiss notice" }).all()) await dismiss.click();
  await page.screenshot({ path: join(shots, "console-conversation.png") });

  // Release: back to the bot, and the composer says why it is closed.
  await page.getByRole("button", { name: "Release to the bot" }).click();
  await page.locator("#conv-state", { hasText: "bot" }).waitFor();
  assert.equal(await page.locator("#conversation").getAttribute("data-state"), "bot");
  assert.ok(await page.locator("#reply").isDisabled());
  assert.deepEqual(await unlabelled(page), [], "every form control has a label");
  assert.deepEqual(errors, [], "no console errors");
  // Never message text in the URL.
  assert.equal(new URL(page.url()).pathname + new URL(page.url()).search, "/console");
  await context.close();
});

test("on a phone the console is one column: the queue, then a conversation with a back button", { skip }, async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: "en-GB", reducedMotion: "reduce" });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await logIn(page, "ken");
  const danger = page.locator('#queue .row[data-id="line:U-danger"]');
  await danger.waitFor();
  assert.equal(await page.locator("#conv-pane").isVisible(), false, "only the queue at first");
  await danger.tap();
  await page.locator("#priority-banner", { hasText: "EMERGENCY" }).waitFor();
  assert.equal(await page.locator("#queue-pane").isVisible(), false, "only the conversation now");
  await page.locator("#transcript .msg.worker", { hasText: "locked me in" }).waitFor();
  await page.screenshot({ path: join(shots, "console-phone.png"), fullPage: true });
  await page.getByRole("button", { name: "← Queue" }).tap();
  await danger.waitFor();
  assert.equal(await page.locator("#conv-pane").isVisible(), false);
  assert.deepEqual(errors, [], "no console errors");
  await context.close();
});

test("an admin has an admin tab with the audit log; without /api/canned the picker is hidden", { skip }, async () => {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, locale: "en-GB" });
  const page = await context.newPage();
  const errors = watchErrors(page, /\/api\/canned/);
  // A server without ready replies answers 404: the console hides the picker.
  await page.route("**/api/canned*", (route) =>
    route.fulfill({ status: 404, contentType: "application/json", body: JSON.stringify({ error: "no such API" }) }));
  await logIn(page, "ana");
  await page.getByRole("tab", { name: "Admin" }).click();
  const audit = page.locator("#admin-view");
  await audit.getByText("Audit log").waitFor();
  await audit.locator("li", { hasText: "claim" }).first().waitFor();
  assert.match(await audit.innerText(), /mai/);
  await page.getByRole("tab", { name: /Closed/ }).click();
  await page.getByRole("tab", { name: /Waiting/ }).click();
  await page.locator('#queue .row[data-id="line:U-danger"]').click();
  await page.locator("#conv-id", { hasText: "line:U-danger" }).waitFor();
  await page.getByRole("button", { name: "Claim" }).click();
  await page.locator("#reply:not([disabled])").waitFor();
  assert.equal(await page.locator("#canned-box").isHidden(), true, "no picker without ready replies");
  assert.deepEqual(errors, [], "no console errors");
  await context.close();
});

test("when the event stream fails, the console says so and polls the queue every 10 s", { skip }, async () => {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, locale: "en-GB" });
  const page = await context.newPage();
  const errors = watchErrors(page, /\/api\/events$/);
  await page.route("**/api/events", (route) => route.abort());
  await logIn(page, "ken");
  await page.locator("#live-state", { hasText: "Reconnecting" }).waitFor();
  await lineSays("U-polled", "/human");
  await page.locator('#queue .row[data-id="line:U-polled"]').waitFor({ timeout: 15000 });
  assert.deepEqual(errors.filter((e) => !/ERR_FAILED/.test(e)), [], "no console errors");
  await context.close();
});
