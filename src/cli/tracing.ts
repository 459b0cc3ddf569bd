// OpenTelemetry for `kitwork start` and `kitwork dev`: off unless the standard OTEL_*
// variables configure an exporter. Only then are the SDK and the OTLP exporter loaded
// (dynamic imports: an untraced engine never loads them) and registered globally, with
// the W3C trace-context propagator; src/tracing.ts then makes spans through the API.
//
// The SDK reads the rest of the standard variables itself: OTEL_EXPORTER_OTLP_HEADERS,
// OTEL_SERVICE_NAME, OTEL_RESOURCE_ATTRIBUTES, OTEL_TRACES_SAMPLER(_ARG), OTEL_BSP_*.

import { enableTracing } from "../tracing.js";
import { VERSION } from "../version.js";

type Env = Record<string, string | undefined>;

/** What the environment asks for: null (tracing off), or the exporter. */
export function tracingConfig(env: Env): null | { exporter: "otlp" | "console" } {
  const set = (name: string) => (env[name] ?? "").trim() !== "";
  if ((env.OTEL_SDK_DISABLED ?? "").trim().toLowerCase() === "true") return null;
  const named = (env.OTEL_TRACES_EXPORTER ?? "").trim().toLowerCase();
  if (!named && !set("OTEL_EXPORTER_OTLP_ENDPOINT") && !set("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT")) return null;
  if (named === "none") return null;
  const list = named ? named.split(",").map((s) => s.trim()) : ["otlp"];
  for (const e of list) if (e !== "otlp" && e !== "console") throw new Error(`OTEL_TRACES_EXPORTER=${named}: kitwork exports traces with "otlp" (OTLP over HTTP) or "console"; unset it or use one of those`);
  const protocol = (env.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL ?? env.OTEL_EXPORTER_OTLP_PROTOCOL ?? "").trim();
  if (list.includes("otlp") && protocol !== "" && protocol !== "http/json") {
    throw new Error(`OTEL_EXPORTER_OTLP${env.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL ? "_TRACES" : ""}_PROTOCOL=${protocol}: kitwork sends OTLP over HTTP as JSON (http/json), which collectors accept on their OTLP/HTTP port (4318); unset it or set http/json`);
  }
  return { exporter: list.includes("otlp") ? "otlp" : "console" };
}

/** A started tracer provider: flush and stop it when the engine stops. */
export interface Tracing {
  shutdown(): Promise<void>;
}

/**
 * Loads and registers the SDK when the environment configures tracing; null when it does
 * not (the engine then makes no spans at all). A bad setting is an error naming it.
 */
export async function startTracing(env: Env = process.env): Promise<Tracing | null> {
  const config = tracingConfig(env);
  if (!config) return null;
  const [{ NodeTracerProvider, BatchSpanProcessor, ConsoleSpanExporter }, { resourceFromAttributes, defaultResource, detectResources, envDetector }, { ATTR_SERVICE_NAME, ATTR_SERVICE_VERSION }] = await Promise.all([
    import("@opentelemetry/sdk-trace-node"),
    import("@opentelemetry/resources"),
    import("@opentelemetry/semantic-conventions"),
  ]);
  // OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES (envDetector) win over the defaults.
  const resource = defaultResource()
    .merge(resourceFromAttributes({ [ATTR_SERVICE_NAME]: "kitwork", [ATTR_SERVICE_VERSION]: VERSION }))
    .merge(detectResources({ detectors: [envDetector] }));
  const exporter = config.exporter === "otlp" ? new (await import("@opentelemetry/exporter-trace-otlp-http")).OTLPTraceExporter() : new ConsoleSpanExporter();
  const provider = new NodeTracerProvider({ resource, spanProcessors: [new BatchSpanProcessor(exporter)] });
  // Registers the provider and the W3C trace-context propagator (traceparent, tracestate) globally.
  provider.register();
  await enableTracing(true);
  return {
    async shutdown() {
      await enableTracing(false);
      await provider.shutdown();
    },
  };
}
