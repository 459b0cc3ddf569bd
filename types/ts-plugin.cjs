// Top-level `return` for TypeScript: a language service plugin (the editor) and a
// project check (`kitwork typecheck`, tsc's API) that agree on one rule.
//
// A work's top level is a function body: `return value` answers the trigger. TypeScript
// rejects a `return` outside a function (TS1108) and, having rejected it, never checks
// the returned expression — `return db().from("users").whre(1)` would pass unnoticed
// even with TS1108 hidden. So both paths check each work as the same text with every
// top-level `return` written `throw ` (six characters for six): the expression is
// checked, control flow is the same (nothing after it runs), and every position — hence
// every diagnostic's line and column — is unchanged. A bare `return` becomes spaces.
//
// The editor keeps the real text for everything else (completions, hovers, formatting,
// refactors): only semantic diagnostics of works come from a second language service
// that sees the rewritten text. CommonJS because tsserver loads plugins with require().

"use strict";

/** TS1108: "A 'return' statement can only be used within a function body." */
const RETURN_OUTSIDE_FUNCTION = 1108;

/** A script of the project (not a declaration file, not a package's own code). */
function isWorkFile(fileName) {
  return /\.(js|mjs|cjs)$/i.test(fileName) && !/[\\/]node_modules[\\/]/.test(fileName);
}

/** The `return` statements of a file's top level (inside blocks and loops, outside any function or class). */
function topLevelReturns(ts, sourceFile) {
  const found = [];
  const visit = (node) => {
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
    if (ts.isReturnStatement(node)) found.push(node);
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(sourceFile, visit);
  return found;
}

/** A work's text as TypeScript checks it: `return x` → `throw  x`, bare `return` → spaces; same length. */
function checkedText(ts, fileName, text) {
  if (!text.includes("return")) return text;
  const sourceFile = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  let out = text;
  for (const node of topLevelReturns(ts, sourceFile)) {
    const at = node.getStart(sourceFile);
    if (out.slice(at, at + 6) !== "return") continue; // e.g. an escaped keyword: leave it
    out = out.slice(0, at) + (node.expression ? "throw " : "      ") + out.slice(at + 6);
  }
  return out;
}

/**
 * Checks a project (a jsconfig.json or tsconfig.json) as the editor does with this plugin:
 * works with their top-level returns checked, TS1108 never reported. Returns the
 * program and its pre-emit diagnostics.
 */
function checkProject(ts, configFile) {
  const read = ts.readConfigFile(configFile, ts.sys.readFile);
  if (read.error) return { program: undefined, diagnostics: [read.error] };
  const dir = configFile.replace(/[\\/][^\\/]*$/, "");
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, dir, undefined, configFile);
  const host = ts.createCompilerHost(parsed.options, true);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    if (!isWorkFile(fileName)) return getSourceFile(fileName, languageVersion, onError, shouldCreate);
    const text = host.readFile(fileName);
    if (text === undefined) return undefined;
    return ts.createSourceFile(fileName, checkedText(ts, fileName, text), languageVersion, false);
  };
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options, host, projectReferences: parsed.projectReferences, configFileParsingDiagnostics: parsed.errors });
  const diagnostics = ts.getPreEmitDiagnostics(program).filter((d) => d.code !== RETURN_OUTSIDE_FUNCTION);
  return { program, diagnostics };
}

/** The plugin: tsserver calls this with its own `typescript` module. */
function init(modules) {
  const ts = modules.typescript;
  return {
    create(info) {
      const ls = info.languageService;
      const host = info.languageServiceHost;
      // The second language service's host: the project's, with works' text rewritten.
      const rewritten = new Map();
      const shadowHost = new Proxy(host, {
        get(target, key) {
          if (key === "getScriptSnapshot") {
            return (fileName) => {
              const snapshot = target.getScriptSnapshot(fileName);
              if (!snapshot || !isWorkFile(fileName)) return snapshot;
              const hit = rewritten.get(fileName);
              if (hit && hit.source === snapshot) return hit.snapshot;
              const text = checkedText(ts, fileName, snapshot.getText(0, snapshot.getLength()));
              const entry = { source: snapshot, snapshot: ts.ScriptSnapshot.fromString(text) };
              rewritten.set(fileName, entry);
              return entry.snapshot;
            };
          }
          // tsserver's project brings its own language service up to date through this
          // hook; the second one must build its program itself (after the project's, below).
          if (key === "updateFromProject") return undefined;
          const value = Reflect.get(target, key);
          return typeof value === "function" ? value.bind(target) : value;
        },
      });
      let shadow;
      const checker = () => {
        ls.getProgram(); // the project first: its files, versions and settings are what the second one reads
        return (shadow ??= ts.createLanguageService(shadowHost, ts.createDocumentRegistry()));
      };
      const keep = (list) => list.filter((d) => d.code !== RETURN_OUTSIDE_FUNCTION);

      const proxy = Object.create(null);
      for (const key of Object.keys(ls)) {
        const f = ls[key];
        proxy[key] = typeof f === "function" ? (...args) => f.apply(ls, args) : f;
      }
      proxy.getSemanticDiagnostics = (fileName) => (isWorkFile(fileName) ? keep(checker().getSemanticDiagnostics(fileName)) : ls.getSemanticDiagnostics(fileName));
      if (ls.getRegionSemanticDiagnostics) {
        // TypeScript 5.6+ checks the visible region of a long file first.
        proxy.getRegionSemanticDiagnostics = (fileName, ranges) => {
          if (!isWorkFile(fileName)) return ls.getRegionSemanticDiagnostics(fileName, ranges);
          const r = checker().getRegionSemanticDiagnostics(fileName, ranges);
          return r && { ...r, diagnostics: keep(r.diagnostics) };
        };
      }
      proxy.dispose = () => {
        shadow?.dispose();
        ls.dispose();
      };
      info.project?.projectService?.logger?.info("kitwork: top-level returns of works are checked (TS1108 hidden)");
      return proxy;
    },
  };
}

init.RETURN_OUTSIDE_FUNCTION = RETURN_OUTSIDE_FUNCTION;
init.isWorkFile = isWorkFile;
init.topLevelReturns = topLevelReturns;
init.checkedText = checkedText;
init.checkProject = checkProject;
module.exports = init;
