// verifyWebhook(w, {scheme, secret, tolerance}): checks an incoming webhook's signature
// against the request's exact body (w.rawBody) for the three schemes most providers use:
//
//   stripe    Stripe-Signature: t=<unix s>,v1=<hex>[,v1=…]   HMAC-SHA256 of "<t>.<body>"
//   github    X-Hub-Signature-256: sha256=<hex>               HMAC-SHA256 of "<body>"
//   standard  webhook-id, webhook-timestamp, webhook-signature: "v1,<base64> …"
//             HMAC-SHA256 of "<id>.<timestamp>.<body>" under the base64 secret (whsec_…)
//             (Standard Webhooks: Svix, Resend, Clerk, Supabase…)
//
// It answers true or false, never an object: `if (!verifyWebhook(w, …))` is what a
// script writes, and an object would always be truthy, passing every forgery. Why a
// request failed goes to the run's log (warn), not to the caller: a forger learns
// nothing. Misuse — an unknown scheme, no secret, an unknown option, a context without
// a raw body — is a TypeError, since no request could ever pass.
//
// Timestamps are compared with the run's clock (the engine's, so a test's manual clock
// applies), in both directions: a signature from the future is as suspect as a stale one.

import { toHost } from "../stdlib/convert.js";
import { parseDuration } from "../stdlib/time-core.js";
import type { VM } from "../stdlib/define.js";
import type { Realm } from "../vm/realm.js";
import { getProp } from "../vm/semantics.js";
import { KArray, KObject } from "../vm/values.js";
import type { RunContext } from "./context.js";
import { hmac, timingSafeEqual } from "./crypto.js";

export const SCHEMES = ["stripe", "github", "standard"] as const;
export type Scheme = (typeof SCHEMES)[number];

/** Default tolerance of the timestamped schemes: five minutes, as Stripe's and Standard Webhooks' own libraries use. */
export const DEFAULT_TOLERANCE_MS = 300_000;

export interface WebhookRequest {
  headers: Record<string, string>;
  rawBody: string;
}

export interface VerifyOptions {
  secrets: string[];
  toleranceMs: number;
  nowMs: number;
}

export type Verdict = { ok: true } | { ok: false; reason: string };

const no = (reason: string): Verdict => ({ ok: false, reason });

function header(headers: Record<string, string>, name: string): string | undefined {
  const v = headers[name];
  if (typeof v === "string") return v;
  for (const k in headers) if (k.toLowerCase() === name) return headers[k];
  return undefined;
}

/** A unix-seconds timestamp within the tolerance of now, or why not. */
function fresh(text: string, what: string, o: VerifyOptions): Verdict {
  if (!/^\d{1,15}$/.test(text)) return no(`malformed ${what} ${JSON.stringify(text.slice(0, 40))}`);
  const skew = o.nowMs - Number(text) * 1000;
  if (Math.abs(skew) <= o.toleranceMs) return { ok: true };
  const s = Math.ceil(Math.abs(skew) / 1000); // past the tolerance, never shown as equal to it
  return no(`${what} is ${s} s ${skew > 0 ? "old" : "in the future"} (tolerance ${Math.round(o.toleranceMs / 1000)} s)`);
}

function stripe(req: WebhookRequest, o: VerifyOptions): Verdict {
  const h = header(req.headers, "stripe-signature");
  if (h === undefined) return no("no Stripe-Signature header");
  let t: string | undefined;
  const given: string[] = [];
  for (const part of h.split(",")) {
    const i = part.indexOf("=");
    if (i < 0) continue;
    const k = part.slice(0, i).trim();
    const v = part.slice(i + 1).trim();
    if (k === "t") t = v;
    else if (k === "v1") given.push(v);
  }
  if (t === undefined || given.length === 0) return no("malformed Stripe-Signature header (expected t=…,v1=…)");
  const when = fresh(t, "Stripe-Signature timestamp", o);
  if (!when.ok) return when;
  const signed = `${t}.${req.rawBody}`;
  for (const secret of o.secrets) {
    const want = hmac("sha256", secret, signed);
    if (given.some((g) => timingSafeEqual(g, want))) return { ok: true };
  }
  return no("no Stripe-Signature v1 signature matches the body");
}

function github(req: WebhookRequest, o: VerifyOptions): Verdict {
  const h = header(req.headers, "x-hub-signature-256");
  if (h === undefined) return no("no X-Hub-Signature-256 header");
  if (!h.startsWith("sha256=")) return no("malformed X-Hub-Signature-256 header (expected sha256=…)");
  const given = h.slice("sha256=".length);
  for (const secret of o.secrets) if (timingSafeEqual(given, hmac("sha256", secret, req.rawBody))) return { ok: true };
  return no("the X-Hub-Signature-256 signature does not match the body");
}

/** A Standard Webhooks secret's key bytes: base64, usually after "whsec_". */
export function standardKey(secret: string): Buffer | null {
  const b64 = secret.startsWith("whsec_") ? secret.slice("whsec_".length) : secret;
  return /^[A-Za-z0-9+/]+={0,2}$/.test(b64) ? Buffer.from(b64, "base64") : null;
}

function standard(req: WebhookRequest, o: VerifyOptions): Verdict {
  const id = header(req.headers, "webhook-id");
  const ts = header(req.headers, "webhook-timestamp");
  const sig = header(req.headers, "webhook-signature");
  const missing = [id === undefined && "webhook-id", ts === undefined && "webhook-timestamp", sig === undefined && "webhook-signature"].filter(Boolean);
  if (missing.length) return no(`no ${missing.join(", ")} header${missing.length > 1 ? "s" : ""}`);
  const when = fresh(ts!, "webhook-timestamp", o);
  if (!when.ok) return when;
  const given = sig!.split(" ").filter((s) => s.startsWith("v1,")).map((s) => s.slice(3));
  if (given.length === 0) return no("malformed webhook-signature header (expected v1,<base64>)");
  const signed = `${id}.${ts}.${req.rawBody}`;
  for (const secret of o.secrets) {
    const want = hmac("sha256", standardKey(secret)!, signed, "base64");
    if (given.some((g) => timingSafeEqual(g, want))) return { ok: true };
  }
  return no("no webhook-signature v1 signature matches the body");
}

/** The verdict on one request (pure: the caller supplies the clock). */
export function verify(scheme: Scheme, req: WebhookRequest, o: VerifyOptions): Verdict {
  return scheme === "stripe" ? stripe(req, o) : scheme === "github" ? github(req, o) : standard(req, o);
}

const OPTIONS = new Set(["scheme", "secret", "tolerance"]);

/** The script's options, checked: anything no request could pass with is a TypeError naming it. */
function optionsArg(vm: VM, raw: unknown): { scheme: Scheme; secrets: string[]; toleranceMs: number } {
  if (!(raw instanceof KObject) || raw instanceof KArray) return vm.throwType("verifyWebhook(w, options): options must be an object { scheme, secret, tolerance? }");
  const o = toHost(raw) as Record<string, unknown>;
  for (const k of Object.keys(o)) if (!OPTIONS.has(k)) vm.throwType(`verifyWebhook(): unknown option "${k}" (the options are scheme, secret, tolerance)`);
  const scheme = o.scheme;
  if (!SCHEMES.includes(scheme as Scheme)) {
    return vm.throwType(`verifyWebhook(): ${scheme === undefined ? "no scheme" : `unknown scheme ${JSON.stringify(scheme)}`} (use ${SCHEMES.map((s) => `"${s}"`).join(", ")})`);
  }
  const secrets = Array.isArray(o.secret) ? o.secret : [o.secret];
  if (secrets.length === 0 || secrets.some((s) => typeof s !== "string" || s === "")) {
    return vm.throwType(`verifyWebhook(): a secret is required: the signing secret ${scheme} gave you, a non-empty string (or a list of them while rotating)`);
  }
  if (scheme === "standard" && secrets.some((s) => standardKey(s as string) === null)) {
    return vm.throwType('verifyWebhook(): a Standard Webhooks secret is base64, usually "whsec_" then base64');
  }
  let toleranceMs = DEFAULT_TOLERANCE_MS;
  if (o.tolerance !== undefined) {
    if (scheme === "github") return vm.throwType("verifyWebhook(): GitHub signatures carry no timestamp, so tolerance does not apply");
    try {
      toleranceMs = parseDuration(o.tolerance as string | number);
    } catch (e) {
      return vm.throwRange(`verifyWebhook(): tolerance: ${(e as Error).message}`);
    }
    if (toleranceMs <= 0) return vm.throwRange("verifyWebhook(): tolerance must be longer than 0 (a signature is never that fresh)");
  }
  return { scheme: scheme as Scheme, secrets: secrets as string[], toleranceMs };
}

export function installVerifyWebhook(realm: Realm): void {
  realm.globals.verifyWebhook = realm.native("verifyWebhook", "verifyWebhook", (vm0, _t, args) => {
    const vm = vm0 as VM;
    const w = args[0];
    const opts = optionsArg(vm, args[1]);
    if (!(w instanceof KObject)) return vm.throwType("verifyWebhook(w, options): the first argument is the work context w of an HTTP request");
    const rawBody = getProp(vm, w, "rawBody");
    const headers = getProp(vm, w, "headers");
    if (typeof rawBody !== "string" || !(headers instanceof KObject)) {
      return vm.throwType("verifyWebhook(): w has no raw body and headers: pass the work context w of an HTTP request");
    }
    vm.chargeWork(rawBody.length * opts.secrets.length, 0);
    const ctx = vm.context as RunContext | undefined;
    const verdict = verify(opts.scheme, { headers: toHost(headers) as Record<string, string>, rawBody }, { secrets: opts.secrets, toleranceMs: opts.toleranceMs, nowMs: ctx?.now ? ctx.now() : Date.now() });
    if (!verdict.ok) ctx?.log?.("warn", [`verifyWebhook(${opts.scheme}): ${verdict.reason}`]);
    return verdict.ok;
  }, 2);
}
