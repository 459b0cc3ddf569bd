// Line-based test-case reducer (delta debugging) for fuzz failures.
//
// Repeatedly removes chunks of lines (and narrows the final `return [...]`)
// while the program still (a) runs cleanly on V8 (no generator-bug outcome) and
// (b) shows the same kind of mismatch on the VM. `reduceLines` takes any such
// test; the long-lived mode passes one that runs each candidate in a child
// process, for failures that kill the process or never end.

import { compare, generatorBug, runV8, runVm, type VmApi } from "./harness.ts";

/** Mismatch "kind": the reason without details, e.g. "different results". */
function kindOf(reason: string): string {
  return reason.replace(/V8 threw \S+/, "V8 threw X").replace(/VM threw \S+/, "VM threw X");
}

export async function isInteresting(api: VmApi, src: string, kind: string): Promise<boolean> {
  const v8 = runV8(src, 1000);
  if (generatorBug(v8) || v8.kind === "syntax") return false;
  const ours = await runVm(api, src, 2000);
  const r = compare(v8, ours);
  return r !== null && kindOf(r) === kind;
}

function splitReturn(line: string): string[] | null {
  const m = /^return \[(.*)\];$/.exec(line.trim());
  if (!m) return null;
  // split top-level commas
  const items: string[] = [];
  let depth = 0;
  let cur = "";
  let quote: string | null = null;
  for (let i = 0; i < m[1].length; i++) {
    const ch = m[1][i];
    if (quote) {
      cur += ch;
      if (ch === "\\") cur += m[1][++i] ?? "";
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === '"' || ch === "'" || ch === "`") quote = ch;
    else if ("([{".includes(ch)) depth++;
    else if (")]}".includes(ch)) depth--;
    if (ch === "," && depth === 0) {
      items.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  if (cur.trim()) items.push(cur.trim());
  return items;
}

export async function reduce(api: VmApi, source: string, reason: string, log: (s: string) => void = () => {}): Promise<string> {
  const kind = kindOf(reason);
  return reduceLines(source, (src) => isInteresting(api, src, kind), log);
}

/** Shrink `source` while `interesting(candidate)` holds (the source itself must be interesting). */
export async function reduceLines(
  source: string,
  interesting: (src: string) => Promise<boolean>,
  log: (s: string) => void = () => {},
): Promise<string> {
  let lines = source.trimEnd().split("\n");
  const test = (ls: string[]) => interesting(ls.join("\n") + "\n");
  if (!(await test(lines))) return source;
  let changed = true;
  while (changed) {
    changed = false;
    // 1. narrow the return list
    const last = lines.length - 1;
    const items = splitReturn(lines[last]);
    if (items && items.length > 1) {
      for (let i = 0; i < items.length && items.length > 1; ) {
        const trial = items.filter((_, j) => j !== i);
        const cand = [...lines.slice(0, last), `return [${trial.join(", ")}];`];
        if (await test(cand)) {
          items.splice(i, 1);
          lines = cand;
          changed = true;
        } else i++;
      }
    }
    // 2. remove chunks of lines (never the final return)
    for (let size = Math.max(1, Math.floor((lines.length - 1) / 2)); size >= 1; size = Math.floor(size / 2)) {
      for (let start = 0; start + size <= lines.length - 1; ) {
        const cand = [...lines.slice(0, start), ...lines.slice(start + size)];
        if (await test(cand)) {
          lines = cand;
          changed = true;
          log(`  reduce: ${lines.length} lines`);
        } else start++;
      }
    }
  }
  // 3. re-indent nothing; just return
  return lines.join("\n") + "\n";
}
