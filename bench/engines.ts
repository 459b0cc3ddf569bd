// Engine adapters. Every engine takes a script *body* (top-level `return`
// allowed) and prepares it once; the returned runner executes it once and
// hands back the result as a plain JS value. Preparation (parse/compile,
// context creation) is deliberately outside the timed runner.

import vm from "node:vm";
import Sval from "sval";
import {
  newQuickJSWASMModule,
  RELEASE_SYNC,
  type QuickJSContext,
  type QuickJSHandle,
  type QuickJSRuntime,
} from "quickjs-emscripten";

export type Runner = () => unknown;

export interface Engine {
  readonly name: string;
  /**
   * Compiles `source` (a script body) once; the runner executes it once. With `isAsync` the
   * body may use `await`, and the runner returns its settled value: engines that cannot
   * drain their microtasks synchronously (`settlesAsync` false) are left out of such cases.
   */
  prepare(source: string, filename: string, isAsync?: boolean): Runner;
  readonly settlesAsync?: boolean;
  /** Frees everything the engine allocated (prepared programs included). */
  dispose(): void;
}

/** The slice of the Kitwork public API the benchmark relies on. */
export interface KitworkApi {
  compile(source: string, filename?: string): unknown;
  createRealm(): { runSync(program: unknown): unknown };
}

export type KitworkLoad = { ok: true; api: KitworkApi } | { ok: false; reason: string };

/** Baselines run the body as a function so `return` is legal there too. */
function wrapIife(source: string): string {
  return `(function () {\n${source}\n})()`;
}

function nativeEngine(): Engine {
  return {
    name: "native",
    prepare(source) {
      // Unsandboxed V8 with full JIT: the upper bound, not a competitor. On
      // constant scripts (tiny) TurboFan may fold the whole run away.
      const fn = new Function(source) as () => unknown;
      return () => fn();
    },
    dispose() {},
  };
}

export function nodeVmEngine(): Engine {
  return {
    name: "node:vm",
    settlesAsync: true,
    prepare(source, filename, isAsync) {
      if (isAsync) {
        // A context with its own microtask queue, drained when the script returns: the
        // async body has settled by then, and its value is read back synchronously.
        const context = vm.createContext({}, { microtaskMode: "afterEvaluate" });
        const script = new vm.Script(
          `globalThis.__settled = undefined; (async function () {\n${source}\n})().then((value) => { globalThis.__settled = { value }; }, (e) => { globalThis.__settled = { error: String(e) }; })`,
          { filename },
        );
        return () => {
          script.runInContext(context);
          const settled = context.__settled as { value?: unknown; error?: string } | undefined;
          if (settled === undefined) throw new Error("the async body did not settle");
          if (settled.error !== undefined) throw new Error(settled.error);
          return settled.value;
        };
      }
      // One context per program keeps cases from seeing each other's globals;
      // the compiled Script is cached and re-run in that same context.
      const context = vm.createContext({});
      const script = new vm.Script(wrapIife(source), { filename });
      return () => script.runInContext(context);
    },
    dispose() {},
  };
}

export async function quickjsEngine(): Promise<Engine> {
  const module = await newQuickJSWASMModule(RELEASE_SYNC);
  const runtime: QuickJSRuntime = module.newRuntime();
  const context: QuickJSContext = runtime.newContext();
  const prepared: QuickJSHandle[] = [];
  return {
    name: "quickjs",
    settlesAsync: true,
    prepare(source, filename, isAsync) {
      // Evaluate the function expression once and call it per run, so parsing
      // is paid once like every other engine (evalCode per run would re-parse).
      const fn = context.unwrapResult(context.evalCode(`(${isAsync ? "async " : ""}function () {\n${source}\n})`, filename));
      prepared.push(fn);
      if (isAsync) {
        return () => {
          const promise = context.unwrapResult(context.callFunction(fn, context.undefined));
          try {
            // A job that threw surfaces here as that error, not as an unsettled body.
            context.unwrapResult(runtime.executePendingJobs());
            const state = context.getPromiseState(promise);
            if (state.type === "pending") throw new Error("the async body did not settle");
            if (state.type === "rejected") {
              let why: { message?: unknown } | undefined;
              try {
                why = context.dump(state.error);
              } finally {
                state.error.dispose();
              }
              throw new Error(String(why?.message ?? why));
            }
            try {
              return context.dump(state.value);
            } finally {
              state.value.dispose();
            }
          } finally {
            promise.dispose();
          }
        };
      }
      return () => {
        const result = context.unwrapResult(context.callFunction(fn, context.undefined));
        try {
          return context.dump(result);
        } finally {
          result.dispose();
        }
      };
    },
    dispose() {
      for (const handle of prepared.splice(0)) handle.dispose();
      context.dispose();
      runtime.dispose();
    },
  };
}

function svalEngine(): Engine {
  return {
    name: "sval",
    prepare(source) {
      // sval has no completion value: scripts hand results back via `exports`.
      const interpreter = new Sval({ ecmaVer: "latest", sandBox: true });
      const ast = interpreter.parse(`exports.result = ${wrapIife(source)};`);
      return () => {
        interpreter.run(ast);
        return interpreter.exports.result;
      };
    },
    dispose() {},
  };
}

export function kitworkEngine(api: KitworkApi): Engine {
  return {
    name: "kitwork",
    // A script body may await at top level; runSync drains the run's microtasks.
    settlesAsync: true,
    prepare(source, filename) {
      // A realm per program, mirroring node:vm's context per program.
      const program = api.compile(source, filename);
      const realm = api.createRealm();
      return () => realm.runSync(program);
    },
    dispose() {},
  };
}

/** Imports the VM under development; reports why it is unusable instead of throwing. */
export async function loadKitwork(): Promise<KitworkLoad> {
  let mod: Record<string, unknown>;
  try {
    mod = (await import("../src/index.ts")) as Record<string, unknown>;
  } catch (err) {
    return { ok: false, reason: `import of src/index.ts failed: ${(err as Error).message}` };
  }
  const missing = ["compile", "createRealm"].filter((k) => typeof mod[k] !== "function");
  if (missing.length > 0) {
    return { ok: false, reason: `src/index.ts does not export ${missing.join(", ")} yet` };
  }
  return { ok: true, api: mod as unknown as KitworkApi };
}

export interface EngineSet {
  /** Baselines first, kitwork last (when available). */
  engines: Engine[];
  kitwork: KitworkLoad;
}

export async function loadEngines(): Promise<EngineSet> {
  const kitwork = await loadKitwork();
  const engines: Engine[] = [nativeEngine(), nodeVmEngine(), await quickjsEngine(), svalEngine()];
  if (kitwork.ok) engines.push(kitworkEngine(kitwork.api));
  return { engines, kitwork };
}

