// Authenticated webhook receivers, end to end: works folders served by a real Engine and
// HttpServer on port 0, requests signed by the providers' own libraries (stripe,
// @octokit/webhooks-methods, standardwebhooks), verified by verifyWebhook() in the work.
// What a user sees: 200 for a genuine delivery, 401 from the work for a forged, tampered,
// stale or unsigned one, the reason in the run's log, and a clear error for misuse.
// Then the crypto global through scripts, w.rawBody, and `kitwork run --body`.

import { after, describe, test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Stripe from "stripe";
import { sign as githubSign } from "@octokit/webhooks-methods";
import { Webhook } from "standardwebhooks";
import { Engine } from "../src/engine/engine.ts";
import { ManualClock } from "../src/engine/clock.ts";
import { HttpServer } from "../src/server/http.ts";
import { evaluate } from "../src/index.ts";
import { runFile } from "../src/cli/run.ts";

const tempDirs: string[] = [];
after(() => {
  for (const d of tempDirs) fs.rmSync(d, { recursive: true, force: true });
});

function folder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kitwork-webhooks-"));
  tempDirs.push(dir);
  for (const [name, source] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), source);
  return dir;
}

interface Served {
  base: string;
  logs: unknown[][];
  clock: ManualClock;
  close(): Promise<void>;
}

async function serve(files: Record<string, string>): Promise<Served> {
  const logs: unknown[][] = [];
  // A manual clock on a whole second: the work's "now" is the engine's, and signed
  // timestamps are whole seconds, so the skews the tests make are exact.
  const clock = new ManualClock(Math.floor(Date.now() / 1000) * 1000);
  const engine = new Engine({ dir: folder(files), clock, log: (_level, args) => logs.push(args) });
  const problems = engine.loadAll();
  assert.deepEqual(problems, []);
  const server = new HttpServer(engine, { port: 0 });
  const { port } = await server.listen();
  return {
    base: `http://127.0.0.1:${port}`,
    logs,
    clock,
    async close() {
      await server.close();
      engine.close();
    },
  };
}

async function post(base: string, p: string, body: string, headers: Record<string, string> = {}): Promise<{ status: number; json: any }> {
  const res = await fetch(base + p, { method: "POST", body, headers: { "content-type": "application/json", ...headers } });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : null };
}

/** A receiver work: 401 from the work itself when verifyWebhook says no. */
function receiver(name: string, route: string, options: string): string {
  return `const w = work(${JSON.stringify(name)});
w.post(${JSON.stringify(route)});
if (!verifyWebhook(w, ${options})) fail(401, "invalid signature");
return { received: w.body.type ?? w.body.action };
`;
}

const STRIPE_SECRET = "whsec_stripe_test_1b2c3d";
const GITHUB_SECRET = "It's a Secret to Everybody";
const STANDARD_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const stripe = new Stripe("sk_test_unused");
const nowS = (clock: ManualClock) => Math.floor(clock.now() / 1000);

describe("verifyWebhook: Stripe", () => {
  const payload = JSON.stringify({ id: "evt_1", type: "payment_intent.succeeded", data: { object: { amount: 2000 } } }, null, 2);
  const files = {
    "stripe.js": receiver("stripe", "/hooks/stripe", `{ scheme: "stripe", secret: ${JSON.stringify(STRIPE_SECRET)} }`),
    "stripe-rotating.js": receiver("stripe rotating", "/hooks/stripe-rotating", `{ scheme: "stripe", secret: ["whsec_old", ${JSON.stringify(STRIPE_SECRET)}], tolerance: "15m" }`),
  };

  test("a delivery signed with Stripe's own library passes; tampered, wrong secret, stale, future and unsigned ones get 401", async (t) => {
    const s = await serve(files);
    t.after(() => s.close());
    const header = (opts: { payload?: string; secret?: string; timestamp?: number } = {}) =>
      stripe.webhooks.generateTestHeaderString({ payload: opts.payload ?? payload, secret: opts.secret ?? STRIPE_SECRET, timestamp: opts.timestamp ?? nowS(s.clock) });

    const ok = await post(s.base, "/hooks/stripe", payload, { "stripe-signature": header() });
    assert.equal(ok.status, 200);
    assert.deepEqual(ok.json, { received: "payment_intent.succeeded" });

    // The same header, a body changed by one character (the amount): the body is what is signed.
    const tampered = await post(s.base, "/hooks/stripe", payload.replace("2000", "2001"), { "stripe-signature": header() });
    assert.equal(tampered.status, 401);
    assert.equal(tampered.json.error, "invalid signature");
    assert.equal((await post(s.base, "/hooks/stripe", payload, { "stripe-signature": header({ secret: "whsec_someone_else" }) })).status, 401);
    assert.equal((await post(s.base, "/hooks/stripe", payload, { "stripe-signature": header({ timestamp: nowS(s.clock) - 301 }) })).status, 401);
    assert.equal((await post(s.base, "/hooks/stripe", payload, { "stripe-signature": header({ timestamp: nowS(s.clock) + 301 }) })).status, 401);
    assert.equal((await post(s.base, "/hooks/stripe", payload)).status, 401);
    assert.equal((await post(s.base, "/hooks/stripe", payload, { "stripe-signature": "garbage" })).status, 401);

    // Why each one failed is in the run's log, not in the answer.
    const reasons = s.logs.map((l) => l[0]);
    assert.ok(reasons.includes("verifyWebhook(stripe): no Stripe-Signature v1 signature matches the body"), String(reasons));
    assert.ok(reasons.includes("verifyWebhook(stripe): Stripe-Signature timestamp is 301 s old (tolerance 300 s)"), String(reasons));
    assert.ok(reasons.includes("verifyWebhook(stripe): Stripe-Signature timestamp is 301 s in the future (tolerance 300 s)"), String(reasons));
    assert.ok(reasons.includes("verifyWebhook(stripe): no Stripe-Signature header"), String(reasons));
    assert.ok(reasons.includes("verifyWebhook(stripe): malformed Stripe-Signature header (expected t=…,v1=…)"), String(reasons));
  });

  test("timestamps are read against the engine's clock: a signature goes stale as the clock moves past the tolerance", async (t) => {
    const s = await serve(files);
    t.after(() => s.close());
    const h = stripe.webhooks.generateTestHeaderString({ payload, secret: STRIPE_SECRET, timestamp: nowS(s.clock) });
    assert.equal((await post(s.base, "/hooks/stripe", payload, { "stripe-signature": h })).status, 200);
    s.clock.advance(299_000);
    assert.equal((await post(s.base, "/hooks/stripe", payload, { "stripe-signature": h })).status, 200);
    s.clock.advance(2_000);
    assert.equal((await post(s.base, "/hooks/stripe", payload, { "stripe-signature": h })).status, 401);
  });

  test("a list of secrets (rotation) passes a signature by any of them; tolerance widens the window", async (t) => {
    const s = await serve(files);
    t.after(() => s.close());
    const h = stripe.webhooks.generateTestHeaderString({ payload, secret: STRIPE_SECRET, timestamp: nowS(s.clock) - 600 });
    assert.equal((await post(s.base, "/hooks/stripe-rotating", payload, { "stripe-signature": h })).status, 200);
    assert.equal((await post(s.base, "/hooks/stripe", payload, { "stripe-signature": h })).status, 401);
    const old = stripe.webhooks.generateTestHeaderString({ payload, secret: "whsec_old", timestamp: nowS(s.clock) });
    assert.equal((await post(s.base, "/hooks/stripe-rotating", payload, { "stripe-signature": old })).status, 200);
  });
});

describe("verifyWebhook: GitHub", () => {
  const payload = JSON.stringify({ action: "opened", number: 7, pull_request: { title: "Fix ünïcode" } });
  const files = { "github.js": receiver("github", "/hooks/github", `{ scheme: "github", secret: ${JSON.stringify(GITHUB_SECRET)} }`) };

  test("a delivery signed with Octokit's sign() passes; tampered, wrong secret and unsigned ones get 401", async (t) => {
    const s = await serve(files);
    t.after(() => s.close());
    const sig = await githubSign(GITHUB_SECRET, payload);
    const ok = await post(s.base, "/hooks/github", payload, { "x-hub-signature-256": sig, "x-github-event": "pull_request" });
    assert.equal(ok.status, 200);
    assert.deepEqual(ok.json, { received: "opened" });

    assert.equal((await post(s.base, "/hooks/github", payload.replace("7", "8"), { "x-hub-signature-256": sig })).status, 401);
    assert.equal((await post(s.base, "/hooks/github", payload, { "x-hub-signature-256": await githubSign("another secret", payload) })).status, 401);
    assert.equal((await post(s.base, "/hooks/github", payload)).status, 401);
    // The old SHA-1 header alone is not accepted.
    assert.equal((await post(s.base, "/hooks/github", payload, { "x-hub-signature": "sha1=" + "0".repeat(40) })).status, 401);
    const reasons = s.logs.map((l) => l[0]);
    assert.ok(reasons.includes("verifyWebhook(github): the X-Hub-Signature-256 signature does not match the body"), String(reasons));
    assert.ok(reasons.includes("verifyWebhook(github): no X-Hub-Signature-256 header"), String(reasons));
  });
});

describe("verifyWebhook: Standard Webhooks", () => {
  const payload = JSON.stringify({ type: "user.created", data: { id: "u_1" } });
  const files = { "standard.js": receiver("standard", "/hooks/standard", `{ scheme: "standard", secret: ${JSON.stringify(STANDARD_SECRET)} }`) };
  const signed = (clock: ManualClock, opts: { secret?: string; at?: number; body?: string } = {}) => {
    const at = opts.at ?? clock.now();
    const id = "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W";
    return {
      "webhook-id": id,
      "webhook-timestamp": String(Math.floor(at / 1000)),
      "webhook-signature": new Webhook(opts.secret ?? STANDARD_SECRET).sign(id, new Date(at), opts.body ?? payload),
    };
  };

  test("a delivery signed with the standardwebhooks library passes; tampered, wrong secret, stale and unsigned ones get 401", async (t) => {
    const s = await serve(files);
    t.after(() => s.close());
    const ok = await post(s.base, "/hooks/standard", payload, signed(s.clock));
    assert.equal(ok.status, 200);
    assert.deepEqual(ok.json, { received: "user.created" });
    // Several signatures, space-separated (a rotation): any valid v1 passes.
    const h = signed(s.clock);
    assert.equal((await post(s.base, "/hooks/standard", payload, { ...h, "webhook-signature": `v1,bm90IGl0 ${h["webhook-signature"]}` })).status, 200);

    assert.equal((await post(s.base, "/hooks/standard", payload.replace("u_1", "u_2"), signed(s.clock))).status, 401);
    assert.equal((await post(s.base, "/hooks/standard", payload, signed(s.clock, { secret: "whsec_" + Buffer.from("another key").toString("base64") }))).status, 401);
    assert.equal((await post(s.base, "/hooks/standard", payload, signed(s.clock, { at: s.clock.now() - 6 * 60_000 }))).status, 401);
    assert.equal((await post(s.base, "/hooks/standard", payload)).status, 401);
    // The id is signed too: a signature replayed under another id fails.
    assert.equal((await post(s.base, "/hooks/standard", payload, { ...signed(s.clock), "webhook-id": "msg_other" })).status, 401);
    const reasons = s.logs.map((l) => l[0]);
    assert.ok(reasons.includes("verifyWebhook(standard): no webhook-signature v1 signature matches the body"), String(reasons));
    assert.ok(reasons.includes("verifyWebhook(standard): webhook-timestamp is 360 s old (tolerance 300 s)"), String(reasons));
    assert.ok(reasons.includes("verifyWebhook(standard): no webhook-id, webhook-timestamp, webhook-signature headers"), String(reasons));
  });
});

describe("verifyWebhook: misuse is a clear error, never a silent pass", () => {
  test("unknown scheme, missing secret, unknown option, tolerance on GitHub, a bad Standard secret: 500 naming the mistake", async (t) => {
    const cases: Record<string, [string, string]> = {
      scheme: [`{ scheme: "paypal", secret: "s" }`, 'TypeError: verifyWebhook(): unknown scheme "paypal" (use "stripe", "github", "standard")'],
      noscheme: [`{ secret: "s" }`, 'TypeError: verifyWebhook(): no scheme (use "stripe", "github", "standard")'],
      secret: [`{ scheme: "stripe" }`, "TypeError: verifyWebhook(): a secret is required: the signing secret stripe gave you, a non-empty string (or a list of them while rotating)"],
      empty: [`{ scheme: "github", secret: "" }`, "TypeError: verifyWebhook(): a secret is required: the signing secret github gave you, a non-empty string (or a list of them while rotating)"],
      option: [`{ scheme: "github", secret: "s", toleranse: "1m" }`, 'TypeError: verifyWebhook(): unknown option "toleranse" (the options are scheme, secret, tolerance)'],
      tolerance: [`{ scheme: "github", secret: "s", tolerance: "1m" }`, "TypeError: verifyWebhook(): GitHub signatures carry no timestamp, so tolerance does not apply"],
      badtol: [`{ scheme: "stripe", secret: "s", tolerance: "soon" }`, 'RangeError: verifyWebhook(): tolerance: invalid duration "soon"'],
      whsec: [`{ scheme: "standard", secret: "whsec_not base64!" }`, 'TypeError: verifyWebhook(): a Standard Webhooks secret is base64, usually "whsec_" then base64'],
    };
    const files: Record<string, string> = {};
    for (const [name, [opts]] of Object.entries(cases)) files[`${name}.js`] = receiver(name, `/bad/${name}`, opts);
    const s = await serve(files);
    t.after(() => s.close());
    for (const [name, [, message]] of Object.entries(cases)) {
      const r = await post(s.base, `/bad/${name}`, "{}");
      assert.equal(r.status, 500, name);
      assert.ok(String(r.json.error).startsWith(message), `${name}: ${r.json.error}`);
    }
  });

  test("a context without a raw body (a GET, or not w at all) is a TypeError", async (t) => {
    const s = await serve({
      "get.js": `const w = work("get"); w.get("/get");\nreturn verifyWebhook(w, { scheme: "github", secret: "s" });\n`,
      "notw.js": `const w = work("notw"); w.post("/notw");\nreturn verifyWebhook({ headers: {} }, { scheme: "github", secret: "s" });\n`,
    });
    t.after(() => s.close());
    const get = await fetch(s.base + "/get");
    assert.equal(get.status, 500);
    assert.match((await get.json()).error, /^TypeError: verifyWebhook\(\): w has no raw body and headers: pass the work context w of an HTTP request/);
    const notw = await post(s.base, "/notw", "{}");
    assert.equal(notw.status, 500);
    assert.match(notw.json.error, /^TypeError: verifyWebhook\(\): w has no raw body/);
  });
});

describe("w.rawBody", () => {
  test("is the request body's exact text, next to the parsed w.body, for JSON, forms and text; absent on GET", async (t) => {
    const s = await serve({
      "echo.js": `const w = work("echo"); w.post("/echo"); w.get("/echo");\nreturn { raw: w.rawBody ?? null, body: w.body ?? null };\n`,
    });
    t.after(() => s.close());
    const json = '{ "b": 2,\n  "a": [1, 2.50] }\n';
    assert.deepEqual((await post(s.base, "/echo", json)).json, { raw: json, body: { b: 2, a: [1, 2.5] } });
    const form = await post(s.base, "/echo", "x=1&y=h%C3%A9", { "content-type": "application/x-www-form-urlencoded" });
    assert.deepEqual(form.json, { raw: "x=1&y=h%C3%A9", body: { x: "1", y: "hé" } });
    assert.deepEqual((await post(s.base, "/echo", "héllo ✓", { "content-type": "text/plain" })).json, { raw: "héllo ✓", body: "héllo ✓" });
    assert.deepEqual((await post(s.base, "/echo", "")).json, { raw: "", body: null });
    assert.deepEqual(await (await fetch(s.base + "/echo")).json(), { raw: null, body: null });
  });

  test("kitwork run --body gives the work the same raw text, so a receiver can be tried from the command line", async () => {
    const payload = '{"action":"opened"}';
    const dir = folder({
      "hook.js": receiver("hook", "/hook", `{ scheme: "github", secret: ${JSON.stringify(GITHUB_SECRET)} }`),
    });
    const run = async (headers: string[]) => {
      let out = "";
      let err = "";
      const code = await runFile(path.join(dir, "hook.js"), { body: payload, header: headers, method: "POST" }, { out: (x) => (out += x), err: (x) => (err += x) });
      return { code, out, err };
    };
    const ok = await run([`x-hub-signature-256: ${await githubSign(GITHUB_SECRET, payload)}`]);
    assert.equal(ok.code, 0, ok.err);
    assert.deepEqual(JSON.parse(ok.out), { received: "opened" });
    const bad = await run([`x-hub-signature-256: ${await githubSign("wrong", payload)}`]);
    assert.notEqual(bad.code, 0);
    assert.match(bad.err, /verifyWebhook\(github\): the X-Hub-Signature-256 signature does not match the body/);
  });
});

describe("crypto in scripts", () => {
  const run = (source: string) => evaluate(source, { filename: "crypto.js" });

  test("hmac and hash give the known vectors, in hex, base64 and base64url", async () => {
    // GitHub's documented example: this secret and payload sign to this value.
    assert.equal(await run(`return crypto.hmac("sha256", "It's a Secret to Everybody", "Hello, World!")`), "757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17");
    // RFC 4231, test case 2.
    assert.equal(await run(`return crypto.hmac("SHA512", "Jefe", "what do ya want for nothing?")`), "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737");
    assert.deepEqual(await run(`return [crypto.hash("sha256", "abc"), crypto.hash("sha256", "abc", "base64"), crypto.hash("sha1", "abc", "base64url"), crypto.hmac("sha1", "key", "The quick brown fox jumps over the lazy dog")]`), [
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
      "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=",
      "qZk-NkcGgWq6PiVxeFDCbJzQ2J0",
      "de7c9b85b8b78aa6bc8a7a36f70a90701c9db4d9",
    ]);
    // Text is signed as UTF-8.
    assert.equal(await run(`return crypto.hash("sha256", "é")`), "4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c");
  });

  test("timingSafeEqual compares strings; different lengths are false, not an error", async () => {
    assert.deepEqual(await run(`return [crypto.timingSafeEqual("abc", "abc"), crypto.timingSafeEqual("abc", "abd"), crypto.timingSafeEqual("abc", "abcd"), crypto.timingSafeEqual("", ""), crypto.timingSafeEqual("é", "e")]`), [true, false, false, true, false]);
    await assert.rejects(run(`return crypto.timingSafeEqual("a", 1)`), /TypeError: crypto\.timingSafeEqual\(\): the second argument must be a string, got number/);
  });

  test("randomUUID and randomBytes: fresh values, bounded sizes", async () => {
    const [a, b, hex, b64, url, empty] = (await run(`return [crypto.randomUUID(), crypto.randomUUID(), crypto.randomBytes(32), crypto.randomBytes(32, "base64"), crypto.randomBytes(65536, "base64url"), crypto.randomBytes(0)]`)) as string[];
    assert.match(a!, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.notEqual(a, b);
    assert.match(hex!, /^[0-9a-f]{64}$/);
    assert.equal(Buffer.from(b64!, "base64").length, 32);
    assert.equal(Buffer.from(url!, "base64url").length, 65536);
    assert.equal(empty, "");
    for (const bad of ["65537", "-1", "1.5", '"16"']) {
      await assert.rejects(run(`return crypto.randomBytes(${bad})`), /RangeError: crypto\.randomBytes\(\): the size must be an integer from 0 to 65536, got /, bad);
    }
    // A caught RangeError: the script goes on.
    assert.equal(await run(`try { crypto.randomBytes(1e9) } catch (e) { return e instanceof RangeError }`), true);
  });

  test("an unknown algorithm or encoding, or data that is not text, is an error naming it", async () => {
    await assert.rejects(run(`return crypto.hmac("sha999", "k", "d")`), /RangeError: crypto\.hmac\(\): unsupported algorithm "sha999" \(use sha256, sha384, sha512/);
    await assert.rejects(run(`return crypto.hash("whirlpool-ish", "d")`), /RangeError: crypto\.hash\(\): unsupported algorithm "whirlpool-ish"/);
    await assert.rejects(run(`return crypto.hash("sha256", "d", "latin1")`), /RangeError: crypto\.hash\(\): unsupported encoding "latin1" \(use hex, base64, base64url\)/);
    await assert.rejects(run(`return crypto.hmac("sha256", "k", { a: 1 })`), /TypeError: crypto\.hmac\(\): the data must be a string, got object \(sign the request's exact text, w\.rawBody, or JSON\.stringify\(value\)\)/);
    await assert.rejects(run(`return crypto.hmac("sha256", undefined, "d")`), /TypeError: crypto\.hmac\(\): the key must be a string, got undefined/);
  });

  test("w.crypto is the same object, and the pure helpers do not end discovery (a route declared after them is served)", async (t) => {
    const s = await serve({
      "k.js": `const KEY_ID = crypto.hash("sha256", "key v1").slice(0, 8);\nconst w = work("k");\nw.get("/k");\nreturn { same: w.crypto === crypto, id: KEY_ID };\n`,
    });
    t.after(() => s.close());
    const r = await fetch(s.base + "/k");
    assert.equal(r.status, 200);
    assert.deepEqual(await r.json(), { same: true, id: "d18e2e47" });
  });
});
