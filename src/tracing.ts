// OpenTelemetry spans of runs and of what they do (db queries, http() calls, queue
// pushes), through @opentelemetry/api only: without an SDK the API is a no-op, and the
// CLI loads the SDK and an exporter only when the standard OTEL_* variables ask for one
// (src/cli/tracing.ts). Until then `tracing` is false and every caller skips its span
// behind that one boolean, so an untraced request makes no span object and does no
// context propagation work — and the API itself is not even loaded: enableTracing()
// imports it, so an untraced process never pays for it at start-up.
//
// A run's trace context travels as plain data: the run context holds it (`RunContext.trace`),
// a queued job and a parked run keep it as a W3C `traceparent` string.

import type * as OtelApi from "@opentelemetry/api";
import type { Attributes, Context, Span } from "@opentelemetry/api";

export type { Context as TraceContext, Span };

/** The API's span kinds, by the same numbers as its enum (they are part of the OTLP format). */
export const SpanKind = { INTERNAL: 0, SERVER: 1, CLIENT: 2, PRODUCER: 3, CONSUMER: 4 } as const;
export type SpanKind = (typeof SpanKind)[keyof typeof SpanKind];
/** The API's span status codes, by the same numbers as its enum. */
export const SpanStatusCode = { UNSET: 0, OK: 1, ERROR: 2 } as const;

/** Whether spans are made: set once at start-up, when an exporter is configured. */
export let tracing = false;

/** @opentelemetry/api, once enableTracing() has loaded it (the functions below run only while `tracing`). */
let otel: typeof OtelApi | null = null;
const api = (): typeof OtelApi => otel ?? unloaded();
function unloaded(): never {
  throw new Error("a span was made before enableTracing() loaded @opentelemetry/api");
}

/** Turns span making on (the CLI, once its SDK is registered: this loads the API) or off. */
export async function enableTracing(on = true): Promise<void> {
  if (on) otel ??= await import("@opentelemetry/api");
  tracing = on;
}

const tracer = () => api().trace.getTracer("kitwork");

/** Starts a span under `parent` (a new trace when there is none). */
export function startSpan(name: string, kind: SpanKind, attributes: Attributes, parent: Context | undefined): Span {
  return tracer().startSpan(name, { kind, attributes }, parent ?? api().ROOT_CONTEXT);
}

/** The context whose active span is `span`: what its children are started under. */
export function withSpan(span: Span, parent: Context | undefined): Context {
  return api().trace.setSpan(parent ?? api().ROOT_CONTEXT, span);
}

/** Ends a span as failed with `err`'s message (the message only: stacks stay in run records). */
export function failSpan(span: Span, err: unknown, kind?: string): void {
  const message = err instanceof Error ? err.message : String(err);
  span.setStatus({ code: SpanStatusCode.ERROR, message });
  if (kind) span.setAttribute("error.type", kind);
  span.end();
}

/**
 * Runs `f` inside a child span of `parent`: ends it when `f` returns, or when the promise
 * it returns settles; a throw or a rejection fails the span and goes on to the caller.
 * `done` may add attributes from the result before the span ends.
 */
export function inSpan<T>(parent: Context | undefined, name: string, kind: SpanKind, attributes: Attributes, f: (span: Span, ctx: Context) => T, done?: (span: Span, value: Awaited<T>) => void): T {
  const span = startSpan(name, kind, attributes, parent);
  let out: T;
  try {
    out = f(span, withSpan(span, parent));
  } catch (e) {
    failSpan(span, e);
    throw e;
  }
  if (out instanceof Promise) {
    return out.then(
      (v) => {
        done?.(span, v as Awaited<T>);
        span.end();
        return v;
      },
      (e) => {
        failSpan(span, e);
        throw e;
      },
    ) as T;
  }
  done?.(span, out as Awaited<T>);
  span.end();
  return out;
}

/** The trace context a `traceparent` (and `tracestate`) header carries; undefined when it carries none. */
export function fromTraceparent(traceparent: string | null | undefined, tracestate?: string): Context | undefined {
  if (!traceparent) return undefined;
  const carrier: Record<string, string> = { traceparent };
  if (tracestate) carrier.tracestate = tracestate;
  const ctx = api().propagation.extract(api().ROOT_CONTEXT, carrier);
  return api().trace.getSpanContext(ctx) ? ctx : undefined;
}

/** Adds `traceparent` (and `tracestate`) for `ctx` to outgoing headers. */
export function injectHeaders(ctx: Context | undefined, headers: Record<string, string>): void {
  if (ctx) api().propagation.inject(ctx, headers);
}

/** `ctx` as a W3C traceparent string (what a queued job or a parked run keeps), or null. */
export function traceparentOf(ctx: Context | undefined): string | null {
  if (!ctx) return null;
  const carrier: Record<string, string> = {};
  api().propagation.inject(ctx, carrier);
  return carrier.traceparent ?? null;
}
