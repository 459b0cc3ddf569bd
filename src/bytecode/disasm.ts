// Disassembler: a readable listing of a program, interleaved with its source lines.

import { opInfo } from "./opcodes.js";
import type { Const, FunctionProto, Program } from "./program.js";

function showConst(c: Const | undefined): string {
  if (c === undefined) return "?";
  if (typeof c === "object") return "re" in c ? `/${c.re.source}/${c.re.flags}` : `template@${c.template.site} ${JSON.stringify(c.template.raw)}`;
  return typeof c === "string" ? JSON.stringify(c) : String(c);
}

export function disassembleFunction(fn: FunctionProto, source?: string): string {
  const srcLines = source?.split(/\r\n|\r|\n/);
  const out: string[] = [];
  const caps = fn.captures.map((c) => `${c.name}${c.fromParentSlot ? "@slot" : "@cap"}${c.index}`).join(", ");
  out.push(
    `function #${fn.index} ${fn.name || "<anonymous>"} (params ${fn.nparams}${fn.restSlot >= 0 ? " +rest" : ""}, slots ${fn.nslots}, stack ${fn.maxStack}${caps ? `, captures ${caps}` : ""})`,
  );
  if (fn.slotNames.length) out.push(`  slots: ${fn.slotNames.map((n, i) => `${i}=${n || "tmp"}`).join(" ")}`);
  let li = 0;
  let lastLine = -1;
  for (let pc = 0; pc < fn.code.length; ) {
    while (li < fn.lines.length && fn.lines[li]! <= pc) {
      const line = fn.lines[li + 1]!;
      if (line !== lastLine && srcLines && line > 0) {
        out.push(`  ; ${line}: ${srcLines[line - 1]?.trim() ?? ""}`);
        lastLine = line;
      }
      li += 3;
    }
    const info = opInfo(fn.code[pc]!);
    const args = info.operands.map((k, i) => {
      const v = fn.code[pc + 1 + i]!;
      if (k === "k") return `${v} (${showConst(fn.consts[v])})`;
      if (k === "s") return `${v}${fn.slotNames[v] ? ` (${fn.slotNames[v]})` : ""}`;
      if (k === "j") return `-> ${v}`;
      if (k === "c") return `${v} (${fn.captures[v]?.name ?? "?"})`;
      return String(v);
    });
    out.push(`  ${String(pc).padStart(5)}  ${info.name.padEnd(24)}${args.join(", ")}`);
    pc += 1 + info.operands.length;
  }
  return out.join("\n");
}

export function disassemble(program: Program): string {
  return [
    `; ${program.filename} (format ${program.formatVersion}, sha256 ${program.hash.slice(0, 12)})`,
    ...program.functions.map((f) => disassembleFunction(f, program.source)),
  ].join("\n\n");
}
