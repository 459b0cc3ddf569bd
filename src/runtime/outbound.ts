// http(url, opts) and http.get/post: outbound HTTP for works, with a timeout, retries on
// network errors and 5xx, an allow-list of hosts (KITWORK_HTTP_ALLOW), and an
// Idempotency-Key header (run id + effect counter) so a run replayed after a crash can
// be deduplicated by the server it calls.

import type { Interpreter } from "../vm/interpreter.js";
import type { Realm } from "../vm/realm.js";
import { KObject, KNative } from "../vm/values.js";
import { fromHost, toHost } from "../stdlib/convert.js";
import { parseDuration } from "../stdlib/time-core.js";
import type { RunContext } from "./context.js";
import type { OptionsOf } from "./options.js";
import { SpanKind, SpanStatusCode, type TraceContext, inSpan, injectHeaders, tracing } from "../tracing.js";

export const DEFAULT_HTTP_TIMEOUT_MS = 10_000;
const MAX_RESPONSE_BYTES = 10 * 1024 * 1024;

/** Hosts works may call: KITWORK_HTTP_ALLOW="api.example.com,*.internal" (unset: any host). */
export function hostAllowed(host: string, allow: string | undefined): boolean {
  if (!allow || allow.trim() === "" || allow.trim() === "*") return true;
  return allow.split(",").map((s) => s.trim().toLowerCase()).filter(Boolean).some((p) => (p.startsWith("*.") ? host === p.slice(2) || host.endsWith(p.slice(1)) : host === p));
}

interface Options {
  method: string;
  headers: Record<string, string>;
  body: unknown;
  timeoutMs: number;
  retries: number;
}

function options(vm: Interpreter, method: string, raw: unknown, body: unknown): Options {
  const o: OptionsOf<"http"> = raw instanceof KObject ? (toHost(raw) as OptionsOf<"http">) : {};
  const dur = (v: unknown, d: number) => {
    if (v === undefined) return d;
    try {
      return parseDuration(v as string | number);
    } catch (e) {
      return vm.throwRange(`http(): ${(e as Error).message}`);
    }
  };
  const retries = o.retries === undefined ? 0 : Number(o.retries);
  if (!(Number.isInteger(retries) && retries >= 0 && retries <= 10)) vm.throwRange("http(): retries must be an integer from 0 to 10");
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries((o.headers ?? {}) as Record<string, unknown>)) headers[k.toLowerCase()] = String(v);
  return { method: String(o.method ?? method).toUpperCase(), headers, body: body ?? o.body, timeoutMs: dur(o.timeout, DEFAULT_HTTP_TIMEOUT_MS), retries };
}

const MAX_REDIRECTS = 5;

/** Follows redirects by hand so every hop is checked against the allow-list. */
async function follow(url: URL, init: { method: string; headers: Record<string, string>; body: string | undefined; signal: AbortSignal }): Promise<Response> {
  let current = url;
  let method = init.method;
  let body = init.body;
  for (let hop = 0; ; hop++) {
    const res = await fetch(current, { method, headers: init.headers, body, signal: init.signal, redirect: "manual" });
    const location = res.headers.get("location");
    if (res.status < 300 || res.status >= 400 || res.status === 304 || !location) return res;
    await res.body?.cancel();
    if (hop >= MAX_REDIRECTS) throw new Error(`more than ${MAX_REDIRECTS} redirects`);
    const next = new URL(location, current);
    if (next.protocol !== "http:" && next.protocol !== "https:") throw new Error(`redirected to a ${next.protocol} URL`);
    if (!hostAllowed(next.hostname.toLowerCase(), process.env.KITWORK_HTTP_ALLOW)) throw new Error(`redirected to ${next.hostname}, which is not in the allow-list (KITWORK_HTTP_ALLOW)`);
    // 303 (and 301/302 after a POST, as browsers do) turn into a GET without a body.
    if (res.status === 303 || ((res.status === 301 || res.status === 302) && method === "POST")) {
      method = "GET";
      body = undefined;
    }
    current = next;
  }
}

/** Reads a response body, refusing more than MAX_RESPONSE_BYTES (counted as it arrives). */
async function readLimited(res: Response, url: URL): Promise<string> {
  const declared = Number(res.headers.get("content-length"));
  const tooLarge = () => new Error(`response from ${url.host} is larger than ${MAX_RESPONSE_BYTES} bytes`);
  if (Number.isFinite(declared) && declared > MAX_RESPONSE_BYTES) {
    await res.body?.cancel();
    throw tooLarge();
  }
  if (!res.body) return "";
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_RESPONSE_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** What http() returns to the script. */
interface Answer {
  status: number;
  ok: boolean;
  headers: Record<string, string>;
  body: unknown;
}

async function send(url: URL, o: Options, key: string, trace?: TraceContext): Promise<Answer> {
  const headers: Record<string, string> = { ...o.headers, "idempotency-key": o.headers["idempotency-key"] ?? key };
  // Traced: the called server continues this run's trace (W3C traceparent).
  if (trace) injectHeaders(trace, headers);
  let payload: string | undefined;
  if (o.body !== undefined && o.body !== null && o.method !== "GET" && o.method !== "HEAD") {
    if (typeof o.body === "string") payload = o.body;
    else {
      payload = JSON.stringify(o.body);
      headers["content-type"] ??= "application/json";
    }
  }
  let lastError: unknown;
  for (let attempt = 0; attempt <= o.retries; attempt++) {
    if (attempt > 0) await new Promise((r) => setTimeout(r, 200 * 2 ** (attempt - 1)));
    try {
      const signal = AbortSignal.timeout(o.timeoutMs);
      const res = await follow(url, { method: o.method, headers, body: payload, signal });
      const text = await readLimited(res, url);
      if (res.status >= 500 && attempt < o.retries) {
        lastError = new Error(`${o.method} ${url.origin}${url.pathname} answered ${res.status}`);
        continue;
      }
      const type = res.headers.get("content-type") ?? "";
      let body: unknown = text;
      if (/[/+]json\b/.test(type) && text !== "") {
        try {
          body = JSON.parse(text);
        } catch {
          body = text;
        }
      }
      return { status: res.status, ok: res.ok, headers: Object.fromEntries(res.headers), body };
    } catch (e) {
      const err = e as Error;
      lastError = err.name === "TimeoutError" ? new Error(`${o.method} ${url.origin}${url.pathname} timed out after ${o.timeoutMs} ms`) : new Error(`${o.method} ${url.origin}${url.pathname} failed: ${err.message}`);
    }
  }
  throw lastError;
}

function call(vm: Interpreter, method: string, urlArg: unknown, raw: unknown, body?: unknown): unknown {
  const ctx = vm.context as RunContext;
  if (typeof urlArg !== "string") return vm.throwType("http(): the URL must be a string");
  let url: URL;
  try {
    url = new URL(urlArg);
  } catch {
    return vm.throwType(`http(): invalid URL ${JSON.stringify(urlArg)}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return vm.throwType(`http(): only http and https URLs (got ${url.protocol})`);
  if (!hostAllowed(url.hostname.toLowerCase(), process.env.KITWORK_HTTP_ALLOW)) {
    return vm.throwError("Error", `http(): ${url.hostname} is not in the allow-list (KITWORK_HTTP_ALLOW)`);
  }
  const o = options(vm, method, raw, body);
  const key = `${ctx.runId}:${++ctx.effects}`;
  const realm = vm.realm;
  const sent = tracing ? tracedSend(ctx.trace, url, o, key) : send(url, o, key);
  return sent.then((r) => fromHost(realm, r));
}

/** send() inside a client span named by the method, child of the run's span; its headers carry the span's traceparent. */
function tracedSend(parent: TraceContext | undefined, url: URL, o: Options, key: string): Promise<Answer> {
  // The URL without credentials or query: a query string may carry tokens.
  const attrs = { "http.request.method": o.method, "url.full": `${url.origin}${url.pathname}`, "server.address": url.hostname, "server.port": Number(url.port || (url.protocol === "https:" ? 443 : 80)) };
  return inSpan(parent, o.method, SpanKind.CLIENT, attrs, (_span, ctx) => send(url, o, key, ctx), (span, r) => {
    span.setAttribute("http.response.status_code", r.status);
    if (r.status >= 400) span.setStatus({ code: SpanStatusCode.ERROR });
  });
}

/** http(url, opts) for runs. */
export function httpCapability(vm: Interpreter, args: unknown[]): unknown {
  return call(vm, "GET", args[0], args[1]);
}

/** Adds http.get(url, opts) and http.post(url, body, opts) to the realm's http global. */
export function installHttpMethods(realm: Realm, capability: (name: string) => (vm: Interpreter, t: unknown, args: unknown[]) => unknown): void {
  const http = realm.globals.http as KNative;
  const method = (name: string) => {
    const inner = capability(`http.${name}`);
    return realm.native(`http.${name}`, name, inner as never, 2);
  };
  realm.define(http, "get", method("get"));
  realm.define(http, "post", method("post"));
}

export function httpGetCapability(vm: Interpreter, args: unknown[]): unknown {
  return call(vm, "GET", args[0], args[1]);
}

export function httpPostCapability(vm: Interpreter, args: unknown[]): unknown {
  return call(vm, "POST", args[0], args[2], toHost(args[1]));
}
