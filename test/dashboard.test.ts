// The dashboard at /_kitwork/, driven in headless Chromium (playwright-core over the
// Debian package's /usr/bin/chromium): a real engine and server on the works of
// test/fixtures/dashboard/ and a fresh SQLite store. Each test asserts what a person sees
// on the page. A failing test saves a screenshot and prints its path.
// KITWORK_SCREENSHOTS=1 also saves the docs' screenshots (docs/img/dashboard-*.png).
// Without chromium the file is skipped with a notice, except under CI=true, where it fails.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type BrowserContext, type Page, chromium } from "playwright-core";
import { Engine } from "../src/engine/engine.ts";
import { HttpServer } from "../src/server/http.ts";
import { type Store, openStore } from "../src/store/index.ts";
import { testTimeout } from "./fixtures/guard.ts";

const CHROMIUM = "/usr/bin/chromium";
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const FIXTURES = path.join(ROOT, "test/fixtures/dashboard");
const SHOTS = process.env.KITWORK_SCREENSHOTS === "1" ? path.join(ROOT, "docs/img") : null;
const FAILED_SHOTS = path.join(os.tmpdir(), "kitwork-dashboard-failures");

const missing = !fs.existsSync(CHROMIUM);
if (missing && process.env.CI === "true") {
  test("dashboard browser tests need chromium", () => assert.fail(`${CHROMIUM} is missing (apt-get install -y chromium); under CI=true the dashboard tests must run`));
} else if (missing) {
  console.log(`# dashboard browser tests skipped: ${CHROMIUM} not found (apt-get install -y chromium)`);
}

/** A guard for waits on the page: generous, and it says what it waited for. */
const WAIT = { timeout: 60_000 };

describe("dashboard", { skip: missing, timeout: testTimeout(4) }, () => {
  let tmp: string;
  let works: string;
  let store: Store;
  let engine: Engine;
  let server: HttpServer;
  let tokenServer: HttpServer;
  let base: string;
  let tokenBase: string;
  let context: BrowserContext;
  let page: Page;

  before(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kitwork-dashboard-"));
    works = path.join(tmp, "works");
    fs.cpSync(FIXTURES, works, { recursive: true });
    store = await openStore(`sqlite:${path.join(tmp, "state.db")}`);
    engine = new Engine({ dir: works, store, pollMs: 20, report: () => {} });
    engine.loadAll();
    engine.startJobs();
    server = new HttpServer(engine, { port: 0, adminToken: "" });
    base = `http://127.0.0.1:${(await server.listen()).port}`;
    tokenServer = new HttpServer(engine, { port: 0, adminToken: "dash-token-0123456789" });
    tokenBase = `http://127.0.0.1:${(await tokenServer.listen()).port}`;
    context = await chromium.launchPersistentContext(fs.mkdtempSync(path.join(tmp, "profile-")), {
      executablePath: CHROMIUM,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run", "--disable-component-update"],
      viewport: { width: 1280, height: 900 },
    });
    page = context.pages()[0] ?? (await context.newPage());
  });

  after(async () => {
    await context?.close().catch(() => {});
    await server?.close();
    await tokenServer?.close();
    await engine?.stopJobs();
    engine?.close();
    await store?.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  /** Runs a step; on failure saves what the page showed and says where. */
  async function step(name: string, fn: () => Promise<void>): Promise<void> {
    try {
      await fn();
    } catch (e) {
      fs.mkdirSync(FAILED_SHOTS, { recursive: true });
      const file = path.join(FAILED_SHOTS, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true }).catch(() => {});
      console.log(`# dashboard: "${name}" failed; screenshot: ${file} (at ${page.url()})`);
      throw e;
    }
  }

  async function shot(name: string): Promise<void> {
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `dashboard-${name}.png`), fullPage: true });
  }

  const text = () => page.locator("main").innerText();

  async function until(what: string, check: () => Promise<boolean>): Promise<void> {
    const end = Date.now() + WAIT.timeout;
    while (!(await check())) {
      if (Date.now() > end) assert.fail(`gave up after ${WAIT.timeout / 1000} s waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  test("works: each work's declarations, its next fire time, and the load error with its code frame", () =>
    step("works", async () => {
      await page.goto(`${base}/_kitwork`);
      const t = await text();
      assert.match(t, /Works\s+4/);
      for (const s of ["hello.js", "version 1.2", "GET /hello", "2 more attempts, fixed from 1s", "POST /orders", "cron 0 3 * * *", "Next fire", "emails"]) assert.ok(t.includes(s), `the works page shows ${s}:\n${t}`);
      const hello = await page.locator("#work-hello").innerText();
      assert.match(hello, /Timeout\s+5s/);
      const nightly = await page.locator("#work-nightly").innerText();
      assert.match(nightly, /Next fire: \d{4}-\d\d-\d\d 03:00:00Z/);
      const errors = await page.locator(".errors").innerText();
      assert.match(errors, /broken\.js:4:19 SyntaxError/);
      assert.match(errors, /> 4 \| return \{ oops: 1 \+\* 2 \};/);
      await shot("works");
    }));

  test("runs: listed as they happen, filtered by status and by text in the error", () =>
    step("runs", async () => {
      await fetch(`${base}/hello?name=ann`);
      const order = await fetch(`${base}/orders`, { method: "POST", headers: { "content-type": "application/json", authorization: "Bearer sekret-token-123" }, body: JSON.stringify({ id: "42" }) });
      assert.equal(order.status, 202);
      await engine.push("emails", { to: "ann@example.com" });
      await engine.push("emails", { to: "bob@example.com" });
      await until("two dead email jobs", async () => (await store.listJobs("emails", "dead", 10)).length === 2);
      await page.goto(`${base}/_kitwork/ui/runs`);
      const rows = page.locator("#runs tbody tr");
      await until("the runs listed", async () => (await rows.count()) >= 4);
      assert.match(await text(), /order\s+http\s+suspended/);
      // A run that happens while the page is open appears without a reload.
      const before = await page.locator("#runs tbody tr", { hasText: "hello" }).count();
      await fetch(`${base}/hello?name=live`);
      await page.locator("#runs tbody tr", { hasText: "hello" }).nth(before).waitFor(WAIT);
      await shot("runs");
      await page.selectOption("select[name=status]", "suspended");
      await page.click("form.filters button[type=submit]");
      await page.waitForURL(/status=suspended/, WAIT);
      assert.equal(await rows.count(), 1);
      assert.match(await rows.first().innerText(), /order/);
      await page.goto(`${base}/_kitwork/ui/runs`);
      await page.fill("input[name=q]", "SMTP REFUSED bob");
      await page.click("form.filters button[type=submit]");
      await page.waitForURL(/q=SMTP/, WAIT);
      assert.equal(await rows.count(), 1);
      assert.match(await rows.first().innerText(), /mailer\s+queue\s+failed[\s\S]*smtp refused bob@example\.com/);
    }));

  test("runs: pages of older runs by a cursor, none repeated or skipped", () =>
    step("pages", async () => {
      for (let i = 0; i < 60; i++) await fetch(`${base}/hello?name=p${i}`);
      await page.goto(`${base}/_kitwork/ui/runs?work=hello`);
      const ids = async () => page.locator("#runs tbody tr a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      const first = await ids();
      assert.equal(first.length, 50);
      await page.click("text=Older →");
      await page.waitForURL(/before=/, WAIT);
      const second = await ids();
      const all = await engine.listRuns({ work: "hello", limit: 1000 });
      assert.equal(first.length + second.length, all.length);
      assert.equal(new Set([...first, ...second]).size, all.length);
    }));

  test("a suspended run: what it waits for, each frame's variables with the credential masked, and the signal that resumes it", () =>
    step("run", async () => {
      const [run] = await engine.listRuns({ work: "order", status: "suspended" });
      await page.goto(`${base}/_kitwork/ui/runs?status=suspended`);
      await page.click(`a[href$="${run!.id}"]`);
      await page.waitForURL(new RegExp(run!.id), WAIT);
      const t = await text();
      assert.match(t, /Suspended: waiting for the signal paid:42 until/);
      const vars = await page.locator(".frame-vars").first().innerText();
      assert.match(vars, /orderId\s+"42"/);
      assert.match(vars, /items\s+\[\s+"book",\s+"lamp"\s+\]/);
      assert.match(vars, /token\s+"\[secret header authorization\]"/);
      assert.ok(!(await page.content()).includes("sekret-token-123"), "the credential's value is nowhere on the page");
      await shot("run");
      await page.fill("textarea[name=data]", '{"amount": 5}');
      await page.click("text=Send signal");
      await page.locator(".flash.ok", { hasText: "Signal paid:42 sent: 1 run woke." }).waitFor(WAIT);
      await until("the run to finish", async () => (await engine.getRun(run!.id))?.status === "succeeded");
      await page.reload();
      assert.match(await text(), /Result\s+\{\s+"orderId": "42",[\s\S]*"paid": 5/);
      assert.match(await text(), /Finished: succeeded/);
    }));

  test("run actions: cancel a waiting run, retry a failed job's run", () =>
    step("run-actions", async () => {
      const res = await fetch(`${base}/orders`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ id: "43" }) });
      const { run } = (await res.json()) as { run: string };
      await page.goto(`${base}/_kitwork/ui/runs/${run}`);
      await page.click("text=Cancel run");
      await page.locator(".flash.ok", { hasText: "Run cancelled" }).waitFor(WAIT);
      assert.match(await page.locator("h1").innerText(), /cancelled/);
      const [failed] = await engine.listRuns({ work: "mailer", status: "failed" });
      await page.goto(`${base}/_kitwork/ui/runs/${failed!.id}`);
      assert.match(await text(), /Error\s+mailer\.js:5:7 Error: smtp refused bob@example\.com\n[\s\S]*> 5 \| throw new Error/);
      await page.click("text=Retry (a new job, same payload)");
      await page.locator(".flash.ok", { hasText: "pushed to emails" }).waitFor(WAIT);
      await until("the retried job to die too", async () => (await store.listJobs("emails", "dead", 10)).length === 3);
    }));

  test("queues: dead jobs with their last error, redriven one and then all after a fix; a purge after its confirmation", () =>
    step("queues", async () => {
      await engine.push("later", { n: 1 }, { delayMs: 3_600_000 });
      await page.goto(`${base}/_kitwork/ui/queues`);
      const emails = page.locator("#queue-emails");
      assert.match(await emails.innerText(), /emails\s+0\s+0\s+0\s+3/);
      assert.match(await text(), /Dead jobs of emails[\s\S]*smtp refused ann@example\.com/);
      await shot("queues");
      // A job pushed while the page is open shows in the depth without a reload.
      const later = page.locator("#queue-later");
      assert.match(await later.innerText(), /later\s+1\s+0\s+0\s+0/);
      await page.evaluate(() => ((globalThis as { kwSamePage?: boolean }).kwSamePage = true));
      await engine.push("later", { n: 2 }, { delayMs: 3_600_000 });
      await until("the queue depth of later to read 2 on the open page", async () => /later\s+2\s+0\s+0\s+0/.test(await later.innerText()));
      assert.equal(await page.evaluate(() => (globalThis as { kwSamePage?: boolean }).kwSamePage), true, "the page was not reloaded");
      // Fix the consumer, then put the dead jobs back.
      fs.writeFileSync(path.join(works, "mailer.js"), 'const w = work("mailer");\nw.queue("emails");\nreturn { sent: w.payload.to };\n');
      engine.reload(["mailer.js"]);
      await page.locator("table.dead button", { hasText: "Redrive" }).first().click();
      await page.locator(".flash.ok", { hasText: "redriven" }).waitFor(WAIT);
      await until("the redriven job to be done", async () => (await store.listJobs("emails", "done", 10)).length === 1);
      await page.reload();
      assert.match(await emails.innerText(), /emails\s+0\s+0\s+1\s+2/);
      await page.click("text=Redrive all dead");
      await page.locator(".flash.ok", { hasText: "2 dead jobs of emails redriven." }).waitFor(WAIT);
      await until("every redriven job to be done", async () => (await store.listJobs("emails", "done", 10)).length === 3);
      await page.reload();
      assert.equal(await page.locator("table.dead").count(), 0, "no dead job is listed");
      assert.match(await emails.innerText(), /emails\s+0\s+0\s+3\s+0/);
      // Purge asks first.
      await page.click("#queue-later >> text=Purge…");
      assert.match(await text(), /Purge later\?[\s\S]*2 pending/);
      await page.click("text=Yes, purge later");
      await page.locator(".flash.ok", { hasText: "2 jobs of later purged." }).waitFor(WAIT);
      assert.equal(await page.locator("#queue-later").count(), 0);
    }));

  test("schedules: last and next slot, and run now", () =>
    step("schedules", async () => {
      await page.goto(`${base}/_kitwork/ui/queues`);
      const row = page.locator("table.schedules tr", { hasText: "nightly" });
      assert.match(await row.innerText(), /nightly\s+—[\s\S]*\d{4}-\d\d-\d\d 03:00:00Z/);
      await row.locator("text=Run now").click();
      await page.locator(".flash.ok", { hasText: "nightly queued to run now" }).waitFor(WAIT);
      await until("the nightly run", async () => (await engine.listRuns({ work: "nightly", status: "succeeded" })).length === 1);
      await page.goto(`${base}/_kitwork/ui/runs?work=nightly`);
      assert.match(await page.locator("#runs tbody").innerText(), /nightly\s+cron\s+succeeded/);
      if (SHOTS) {
        await page.setViewportSize({ width: 390, height: 844 });
        const [run] = await engine.listRuns({ work: "order", status: "succeeded" });
        await page.goto(`${base}/_kitwork/ui/runs/${run!.id}`);
        await shot("phone");
        await page.setViewportSize({ width: 1280, height: 900 });
      }
    }));

  test("with a token: a login form, an HttpOnly SameSite=Strict session cookie, and no action without the CSRF token", () =>
    step("login", async () => {
      await page.goto(`${tokenBase}/_kitwork/ui/queues`);
      await page.waitForURL(/\/_kitwork\/ui\/login\?next=/, WAIT);
      await page.fill("input[name=token]", "wrong");
      await page.click("button[type=submit]");
      assert.match(await text(), /Wrong token\./);
      await page.fill("input[name=token]", "dash-token-0123456789");
      await page.click("button[type=submit]");
      await page.waitForURL(/\/_kitwork\/ui\/queues$/, WAIT);
      assert.match(await text(), /Schedules/);
      const cookie = (await context.cookies(`${tokenBase}/_kitwork/`)).find((c) => c.name === "kw_session");
      assert.ok(cookie, "a session cookie is set");
      assert.equal(cookie.httpOnly, true);
      assert.equal(cookie.sameSite, "Strict");
      // The same session without its CSRF token: refused, nothing done.
      const res = await fetch(`${tokenBase}/_kitwork/ui/queues/emails/purge`, { method: "POST", headers: { cookie: `kw_session=${cookie.value}`, "content-type": "application/x-www-form-urlencoded" }, body: "" });
      assert.equal(res.status, 403);
      assert.match(await res.text(), /CSRF token/);
      // Without a session, the JSON admin API's token is still what it takes; the pages send to the login.
      const anon = await fetch(`${tokenBase}/_kitwork/`, { redirect: "manual" });
      assert.equal(anon.status, 303);
      await page.click("text=Log out");
      await page.waitForURL(/\/login/, WAIT);
      await page.goto(`${tokenBase}/_kitwork/`);
      await page.waitForURL(/\/login/, WAIT);
    }));

  test("without a token: loopback clients only, as for the admin API", async () => {
    const proxied = await fetch(`${base}/_kitwork/`, { headers: { "x-forwarded-for": "203.0.113.9" } });
    assert.equal(proxied.status, 403);
    assert.match(await proxied.text(), /came through a proxy/);
    // A page of another site's name pointed at this machine (DNS rebinding) is refused too.
    const foreign = await new Promise<number>((resolve, reject) => {
      http.get(`${base}/_kitwork/ui/runs`, { headers: { host: "dashboard.example.com" } }, (res) => resolve(res.resume().statusCode!)).on("error", reject);
    });
    assert.equal(foreign, 403);
    // A work's route is untouched by the dashboard, and the JSON admin API keeps its paths.
    assert.equal((await fetch(`${base}/hello`)).status, 200);
    assert.equal((await fetch(`${base}/_kitwork/queues`)).headers.get("content-type"), "application/json; charset=utf-8");
  });
});
