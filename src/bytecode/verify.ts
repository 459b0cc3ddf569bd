// Stack verifier: walks every reachable instruction, checks that the operand stack
// never underflows, that every jump target is an instruction start, and that all
// paths reaching an instruction agree on its stack depth. Returns the maximum depth.

import { OPS, instrLength, opInfo, stackEffect } from "./opcodes.js";
import type { FunctionProto } from "./program.js";

export class VerifyError extends Error {}

const JUMP_OPERAND = "j";

/** Depth on the jump edge of an instruction, when it differs from the fall-through depth. */
function jumpDepth(name: string, before: number, after: number): number {
  switch (name) {
    case "JUMP_IF_FALSE_KEEP":
    case "JUMP_IF_TRUE_KEEP":
    case "JUMP_IF_NOT_NULLISH_KEEP":
      return before; // keeps the tested value
    case "JUMP_IF_CALLEE_NULLISH":
      return before - 1; // fn this -> undefined
    case "ITER_NEXT":
      return before; // iter stays, no value
    case "TRY_PUSH":
      return before + 1; // the handler receives the exception
    default:
      return after;
  }
}

export function verifyFunction(fn: FunctionProto): number {
  const code = fn.code;
  const starts = new Uint8Array(code.length + 1);
  for (let pc = 0; pc < code.length; pc += instrLength(code[pc]!)) {
    if (OPS[code[pc]!] === undefined) throw new VerifyError(`bytecode verification failed in ${fn.name || "<anonymous>"} at ${pc}: unknown opcode ${code[pc]}`);
    starts[pc] = 1;
  }
  const depth = new Int32Array(code.length).fill(-1);
  const work: number[] = [0];
  depth[0] = 0;
  let max = 0;
  const fail = (pc: number, msg: string): never => {
    throw new VerifyError(`bytecode verification failed in ${fn.name || "<anonymous>"} at ${pc}: ${msg}`);
  };
  const flow = (from: number, to: number, d: number) => {
    if (to < 0 || to >= code.length || !starts[to]) fail(from, `bad jump target ${to}`);
    if (depth[to] === -1) {
      depth[to] = d;
      work.push(to);
    } else if (depth[to] !== d) fail(to, `stack depth mismatch (${depth[to]} vs ${d} from ${from})`);
  };
  while (work.length) {
    const pc = work.pop()!;
    const op = code[pc]!;
    if (OPS[op] === undefined) fail(pc, `unknown opcode ${op}`);
    const info = opInfo(op);
    const operands = code.subarray(pc + 1, pc + 1 + info.operands.length);
    const { pops, pushes } = stackEffect(op, operands);
    const before = depth[pc]!;
    if (before < pops) fail(pc, `${info.name} pops ${pops} from a stack of ${before}`);
    const after = before - pops + pushes;
    if (after > max) max = after;
    info.operands.forEach((k, i) => {
      if (k === JUMP_OPERAND) flow(pc, operands[i]!, jumpDepth(info.name, before, after));
    });
    if (info.name === "TRY_PUSH" && before + 1 > max) max = before + 1;
    if (!info.terminal) {
      const next = pc + info.operands.length + 1;
      if (next >= code.length) fail(pc, "falls off the end of the code");
      flow(pc, next, after);
    }
  }
  return max;
}
