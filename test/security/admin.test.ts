// Attack family: admin API. What a caller of /_kitwork/ gets without the right token,
// through a proxy, from a browser page, or with bad input: a clear 401/403 or 4xx with a
// message, nothing done, and an engine that keeps answering. Real HttpServers on port 0
// over a SQLite store; requests through node:http so Host, Origin and proxy headers can
// be set as an attacker would.

import { after, before, describe, mock, test } from "node:test";
import assert from "node:assert/strict";
import crypto from "node:crypto";
import http from "node:http";
import path from "node:path";
import { Engine } from "../../src/engine/engine.ts";
import { HttpServer } from "../../src/server/http.ts";
import { type Booted, boot, removeTempDirs, tempDir } from "../fixtures/jobs/harness.ts";
import { withGuard } from "../fixtures/guard.ts";

const TOKEN = "s3cret-admin-token";
delete process.env.KITWORK_ADMIN_TOKEN; // the servers below get their token (or none) explicitly

const WORKS = {
  "ping.js": `const w = work({ name: "ping" });\nw.router("GET", "/ping");\nreturn "pong";\n`,
};

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  error: string;
}

/** One request with exactly the headers given (Host, Origin and proxy headers included). */
function request(base: string, p: string, opts: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<Reply> {
  const url = new URL(base);
  const done = new Promise<Reply>((resolve, reject) => {
    const req = http.request({ host: url.hostname, port: url.port, path: p, method: opts.method ?? "GET", headers: { connection: "close", ...opts.headers }, agent: false }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (d: string) => (text += d));
      res.on("end", () => {
        let error = "";
        try {
          error = (JSON.parse(text) as { error?: string }).error ?? "";
        } catch {
          // not JSON: error stays empty and the assertion on it shows the text
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, error });
      });
    });
    req.on("error", reject);
    req.end(opts.body);
  });
  return withGuard(done, 120_000, `${opts.method ?? "GET"} ${p}`);
}

const show = (r: Reply) => `${r.status} ${r.text.slice(0, 300)}`;
const bearer = { authorization: `Bearer ${TOKEN}` };
const json = { "content-type": "application/json" };

let withToken: Booted;
let open: Booted;

before(async () => {
  withToken = await boot(`sqlite:${path.join(tempDir("sec-admin"), "state.db")}`, WORKS, { adminToken: TOKEN });
  open = await boot(`sqlite:${path.join(tempDir("sec-admin-open"), "state.db")}`, WORKS);
  assert.deepEqual(withToken.problems, []);
});

after(async () => {
  await withToken?.close();
  await open?.close();
  removeTempDirs();
});

async function stillServing(s: Booted): Promise<void> {
  const r = await request(s.base, "/ping");
  assert.equal(r.status, 200, show(r));
  const a = await request(s.base, "/_kitwork/queues", { headers: s === withToken ? bearer : {} });
  assert.equal(a.status, 200, `the admin API still answers a good request: ${show(a)}`);
}

async function jobsIn(s: Booted, queue: string): Promise<number> {
  return (await s.store.listJobs(queue, null, 100)).length;
}

describe("admin API: who may call it", () => {
  test("token set: a loopback peer without the token is refused (401), runs and queues stay closed", async () => {
    for (const p of ["/_kitwork/runs", "/_kitwork/queues", "/_kitwork/works"]) {
      const r = await request(withToken.base, p);
      assert.equal(r.status, 401, `${p}: ${show(r)}`);
      assert.match(r.error, /missing or wrong token \(Authorization: Bearer/);
    }
    const purge = await request(withToken.base, "/_kitwork/queues/victim", { method: "DELETE" });
    assert.equal(purge.status, 401, show(purge));
    await stillServing(withToken);
  });

  test("token set: X-Forwarded-For (and Forwarded, X-Real-IP) from a loopback peer without the token: 401", async () => {
    for (const h of [{ "x-forwarded-for": "203.0.113.7" }, { forwarded: "for=203.0.113.7" }, { "x-real-ip": "203.0.113.7" }, { "x-forwarded-for": "127.0.0.1" }]) {
      const r = await request(withToken.base, "/_kitwork/runs", { headers: h });
      assert.equal(r.status, 401, `${JSON.stringify(h)}: ${show(r)}`);
    }
  });

  test("no token: a loopback peer behind a proxy (X-Forwarded-For, Forwarded, X-Real-IP, Via) is not direct: 403", async () => {
    for (const h of [{ "x-forwarded-for": "203.0.113.7" }, { forwarded: "for=203.0.113.7;proto=https" }, { "x-real-ip": "203.0.113.7" }, { via: "1.1 nginx" }, { "x-forwarded-host": "admin.example" }, { "x-forwarded-for": "127.0.0.1" }]) {
      const r = await request(open.base, "/_kitwork/runs", { headers: h });
      assert.equal(r.status, 403, `${JSON.stringify(h)}: ${show(r)}`);
      assert.match(r.error, /came through a proxy.*KITWORK_ADMIN_TOKEN/);
    }
    const direct = await request(open.base, "/_kitwork/runs");
    assert.equal(direct.status, 200, `a direct loopback client is answered: ${show(direct)}`);
  });

  test("wrong tokens: another token, a prefix, the token plus more, no Bearer scheme, Basic, an empty Bearer: 401", async () => {
    const tries = [`Bearer wrong`, `Bearer ${TOKEN.slice(0, -1)}`, `Bearer ${TOKEN}x`, TOKEN, `Basic ${Buffer.from(`admin:${TOKEN}`).toString("base64")}`, "Bearer ", `Bearer ${TOKEN} extra`];
    for (const authorization of tries) {
      const r = await request(withToken.base, "/_kitwork/runs", { headers: { authorization } });
      assert.equal(r.status, 401, `${JSON.stringify(authorization)}: ${show(r)}`);
    }
    const right = await request(withToken.base, "/_kitwork/runs", { headers: bearer });
    assert.equal(right.status, 200, show(right));
  });

  test("the token in the query string is not accepted (query strings end up in logs): 401", async () => {
    for (const q of [`token=${TOKEN}`, `access_token=${TOKEN}`, `authorization=Bearer%20${TOKEN}`]) {
      const r = await request(withToken.base, `/_kitwork/runs?${q}`);
      assert.equal(r.status, 401, `?${q}: ${show(r)}`);
    }
  });

  test("the token is compared in constant time: timingSafeEqual on equal-length digests, whatever the given length", async (t) => {
    const spy = mock.method(crypto, "timingSafeEqual");
    t.after(() => spy.mock.restore());
    for (const given of ["x", "a".repeat(TOKEN.length), TOKEN + "-and-a-much-longer-tail"]) {
      const r = await request(withToken.base, "/_kitwork/runs", { headers: { authorization: `Bearer ${given}` } });
      assert.equal(r.status, 401, show(r));
    }
    assert.equal(spy.mock.callCount(), 3, "every wrong token went through crypto.timingSafeEqual");
    for (const call of spy.mock.calls) {
      const [a, b] = call.arguments as [Buffer, Buffer];
      assert.equal(a.length, b.length, "the compared values have the same length (a length never short-cuts the comparison)");
    }
  });

  test("CSRF: a cross-origin form POST without the token is refused and pushes nothing (token set: 401; no token: 403)", async () => {
    const form = { method: "POST", headers: { origin: "http://evil.example", "content-type": "text/plain", "sec-fetch-site": "cross-site" }, body: '{"x":1}' };
    const a = await request(withToken.base, "/_kitwork/queues/victim", form);
    assert.equal(a.status, 401, show(a));
    assert.equal(await jobsIn(withToken, "victim"), 0);
    const b = await request(open.base, "/_kitwork/queues/victim", form);
    assert.equal(b.status, 403, show(b));
    assert.match(b.error, /sent from a web page/);
    assert.equal(await jobsIn(open, "victim"), 0, "nothing was pushed");
    const fetchLike = await request(open.base, "/_kitwork/queues/victim", { method: "POST", headers: { ...json, origin: "http://evil.example" }, body: "{}" });
    assert.equal(fetchLike.status, 403, show(fetchLike));
    const sameSiteGet = await request(open.base, "/_kitwork/runs", { headers: { "sec-fetch-site": "cross-site" } });
    assert.equal(sameSiteGet.status, 403, show(sameSiteGet));
    await stillServing(open);
  });

  test("DNS rebinding: no token, a loopback peer whose Host is another site's name is refused (403)", async () => {
    const r = await request(open.base, "/_kitwork/runs", { headers: { host: "evil.example:8080" } });
    assert.equal(r.status, 403, show(r));
    assert.match(r.error, /Host "evil\.example:8080"/);
    for (const host of ["localhost:1234", "127.0.0.1", "[::1]:80"]) {
      const ok = await request(open.base, "/_kitwork/runs", { headers: { host } });
      assert.equal(ok.status, 200, `Host ${host}: ${show(ok)}`);
    }
  });

  test("start-up says who the admin API answers, in one line", async () => {
    const lines: Record<string, unknown>[] = [];
    for (const adminToken of [TOKEN, undefined]) {
      const engine = new Engine({ dir: withToken.dir, report: () => {} });
      engine.loadAll();
      const server = new HttpServer(engine, { port: 0, adminToken, log: (l) => lines.push(l) });
      await server.listen();
      await server.close();
      engine.close();
    }
    const msgs = lines.map((l) => String(l.msg)).filter((m) => m.startsWith("admin API"));
    assert.deepEqual(msgs, ["admin API protected by token (KITWORK_ADMIN_TOKEN)", "admin API open to direct loopback clients only (set KITWORK_ADMIN_TOKEN to require a token)"]);
  });
});

describe("admin API: bad input is a 4xx with a message, never a 500", () => {
  const get = (p: string) => request(withToken.base, p, { headers: bearer });
  const post = (p: string, body: string | undefined, headers: Record<string, string> = json) => request(withToken.base, p, { method: "POST", headers: { ...bearer, ...headers }, body });

  test("bad percent-encoding in the path: 400", async () => {
    for (const p of ["/_kitwork/runs/%E0%A4%A", "/_kitwork/runs/%zz", "/_kitwork/queues/%/jobs", "/_kitwork/signals/%C3%28"]) {
      const r = p.includes("signals") ? await post(p, "{}") : await get(p);
      assert.equal(r.status, 400, `${p}: ${show(r)}`);
      assert.match(r.error, /malformed percent-encoding/);
    }
    await stillServing(withToken);
  });

  test("?limit=abc, negative, zero, fractional, huge, exponent, repeated: 400 naming the range; 1000 is fine", async () => {
    for (const limit of ["abc", "-1", "0", "2.5", "1001", "99999999999999999999", "1e3", "", "0x10"]) {
      for (const p of [`/_kitwork/runs?limit=${limit}`, `/_kitwork/queues/q/jobs?limit=${limit}`, `/_kitwork/queues/q/dead?limit=${limit}`]) {
        const r = await get(p);
        assert.equal(r.status, 400, `${p}: ${show(r)}`);
        assert.match(r.error, /limit must be an integer from 1 to 1000/);
      }
    }
    const twice = await get("/_kitwork/runs?limit=5&limit=6");
    assert.equal(twice.status, 400, show(twice));
    assert.match(twice.error, /given more than once/);
    const ok = await get("/_kitwork/runs?limit=1000");
    assert.equal(ok.status, 200, show(ok));
  });

  test("unknown filter values (run status, trigger, job state) and unknown query parameters: 400", async () => {
    const cases: [string, RegExp][] = [
      ["/_kitwork/runs?status=exploded", /unknown run status "exploded"/],
      ["/_kitwork/runs?status=__proto__", /unknown run status/],
      ["/_kitwork/runs?trigger=telepathy", /unknown trigger "telepathy"/],
      ["/_kitwork/queues/q/jobs?state=zombie", /unknown job state "zombie"/],
      ["/_kitwork/runs?limt=5", /unknown query parameter "limt"/],
      ["/_kitwork/queues?drop=1", /unknown query parameter "drop".*takes none/],
    ];
    for (const [p, message] of cases) {
      const r = await get(p);
      assert.equal(r.status, 400, `${p}: ${show(r)}`);
      assert.match(r.error, message);
    }
  });

  test("bad JSON bodies: 400, and nothing is pushed or signalled", async () => {
    for (const body of ["{not json", '{"a":', "\u0000", '{"a":1}}']) {
      const r = await post("/_kitwork/queues/victim", body);
      assert.equal(r.status, 400, `${JSON.stringify(body)}: ${show(r)}`);
      assert.match(r.error, /malformed JSON body/);
    }
    const sig = await post("/_kitwork/signals/ev", "{nope");
    assert.equal(sig.status, 400, show(sig));
    assert.equal(await jobsIn(withToken, "victim"), 0);
  });

  test("wrong content types: 415 naming JSON, nothing pushed", async () => {
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml"]) {
      const r = await post("/_kitwork/queues/victim", '{"a":1}', { "content-type": type });
      assert.equal(r.status, 415, `${type}: ${show(r)}`);
      assert.match(r.error, /must be JSON \(Content-Type: application\/json\)/);
    }
    assert.equal(await jobsIn(withToken, "victim"), 0);
  });

  test("oversized bodies: over the body limit 413 (declared or not), over the job payload limit 400", async () => {
    const huge = await post("/_kitwork/queues/victim", JSON.stringify({ blob: "x".repeat(2 * 1024 * 1024) }));
    assert.equal(huge.status, 413, show(huge));
    assert.match(huge.error, /request body too large/);
    const chunked = await withGuard(
      new Promise<Reply>((resolve, reject) => {
        const u = new URL(withToken.base);
        const req = http.request({ host: u.hostname, port: u.port, path: "/_kitwork/queues/victim", method: "POST", headers: { ...bearer, ...json, connection: "close" }, agent: false }, (res) => {
          let text = "";
          res.on("data", (d) => (text += d));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text, error: JSON.parse(text).error }));
        });
        req.on("error", reject);
        req.write('{"blob":"');
        for (let i = 0; i < 40; i++) req.write("x".repeat(64 * 1024));
        req.end('"}');
      }),
      120_000,
      "a chunked admin body past the limit",
    );
    assert.equal(chunked.status, 413, show(chunked));
    const payload = await post("/_kitwork/queues/victim", JSON.stringify({ blob: "x".repeat(300_000) }));
    assert.equal(payload.status, 400, show(payload));
    assert.match(payload.error, /payload too large: \d+ bytes \(limit 262144\)/);
    assert.equal(await jobsIn(withToken, "victim"), 0);
    await stillServing(withToken);
  });

  test("bad names, durations and bodies per route: 400 (queue name, delay, keep, redrive body)", async () => {
    const cases: [() => Promise<Reply>, RegExp][] = [
      [() => post("/_kitwork/queues/bad%20name!", "{}"), /expected a queue name/],
      [() => post(`/_kitwork/queues/${"q".repeat(101)}`, "{}"), /expected a queue name/],
      [() => post("/_kitwork/queues/victim?delay=soon", "{}"), /delay:/],
      [() => post("/_kitwork/queues/victim?delay=-5", "{}"), /delay:/],
      [() => post("/_kitwork/queues/victim?delay=99999999999999999999", "{}"), /delay:/],
      [() => post("/_kitwork/queues/victim?delay=100000d", "{}"), /delay: at most 3650d/],
      [() => post("/_kitwork/signals/ev?keep=forever", "{}"), /keep:/],
      [() => post("/_kitwork/queues/victim/redrive", "[1,2]"), /the body must be an object/],
      [() => post("/_kitwork/queues/victim/redrive", '{"job":{"$ne":null}}'), /job must be a job id \(a string\)/],
      [() => post(`/_kitwork/queues/victim?key=${"k".repeat(600)}`, "{}"), /key longer than 500/],
      [() => get(`/_kitwork/runs/${"r".repeat(600)}`), /id longer than 500/],
    ];
    for (const [f, message] of cases) {
      const r = await f();
      assert.equal(r.status, 400, show(r));
      assert.match(r.error, message);
    }
    assert.equal(await jobsIn(withToken, "victim"), 0);
  });

  test("unknown endpoints are 404, a wrong method 405 naming the allowed ones", async () => {
    const none = await get("/_kitwork/secrets");
    assert.equal(none.status, 404, show(none));
    const method = await request(withToken.base, "/_kitwork/runs", { method: "DELETE", headers: bearer });
    assert.equal(method.status, 405, show(method));
    assert.match(method.error, /allowed: GET/);
    await stillServing(withToken);
  });
});

describe("admin token: guessing it", () => {
  test("20 wrong tokens from one address within a minute: the next request is refused with 429 and Retry-After, even with the right token; works keep serving", async () => {
    const s = await boot(`sqlite:${path.join(tempDir("sec-admin-guess"), "state.db")}`, WORKS, { adminToken: TOKEN });
    try {
      const none = await request(s.base, "/_kitwork/runs");
      assert.equal(none.status, 401, `a request without a token is refused but is no guess: ${show(none)}`);
      for (let i = 0; i < 20; i++) {
        const r = await request(s.base, "/_kitwork/runs", { headers: { authorization: `Bearer guess-${i}` } });
        assert.equal(r.status, 401, `guess ${i + 1}: ${show(r)}`);
      }
      const blocked = await request(s.base, "/_kitwork/runs", { headers: bearer });
      assert.equal(blocked.status, 429, show(blocked));
      assert.match(blocked.error, /too many wrong admin tokens from this address \(20 within 60 s\); try again in \d+ s/);
      assert.match(String(blocked.headers["retry-after"]), /^\d+$/);
      const login = await request(s.base, "/_kitwork/ui/login", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: `token=${TOKEN}` });
      assert.equal(login.status, 429, `the dashboard's login too: ${show(login)}`);
      assert.match(login.text, /too many wrong admin tokens/);
      const ping = await request(s.base, "/ping");
      assert.equal(ping.status, 200, `works are not behind the count: ${show(ping)}`);
    } finally {
      await s.close();
    }
  });

  test("the dashboard's login counts wrong tokens the same way; a right token before the limit starts the count again", async () => {
    const s = await boot(`sqlite:${path.join(tempDir("sec-admin-guess-ui"), "state.db")}`, WORKS, { adminToken: TOKEN });
    const form = (token: string) => request(s.base, "/_kitwork/ui/login", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: `token=${encodeURIComponent(token)}` });
    try {
      for (let i = 0; i < 19; i++) assert.equal((await form(`guess-${i}`)).status, 401);
      const right = await form(TOKEN);
      assert.equal(right.status, 303, `the right token opens a session: ${show(right)}`);
      for (let i = 0; i < 19; i++) assert.equal((await form(`again-${i}`)).status, 401, "the count started again after the right token");
      assert.equal((await request(s.base, "/_kitwork/runs", { headers: { authorization: "Bearer one-more" } })).status, 401);
      const blocked = await form(TOKEN);
      assert.equal(blocked.status, 429, `the API's wrong token and the form's share one count: ${show(blocked)}`);
    } finally {
      await s.close();
    }
  });
});
