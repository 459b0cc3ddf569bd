// Bytecode verifier. First, a linear pass over every instruction: known opcodes, whole
// instructions, and operands within range (constant indices inside the constant pool,
// slots inside the frame, captures inside the capture list, function indices inside the
// program, counts not negative, jump targets on instruction starts). Then a walk of
// every reachable instruction: the operand stack never underflows and all paths
// reaching an instruction agree on its stack depth. Returns the maximum depth.
//
// Per-opcode facts (operand kinds, stack effect, jump edge) come from the opcode table;
// nothing here depends on an opcode's name.

import { OPS, type OpInfo, stackEffect } from "./opcodes.js";
import type { FunctionProto } from "./program.js";

export class VerifyError extends Error {}

/**
 * Verifies `fn`. `functionCount` is the number of functions in its program, for
 * function-index operands; it defaults to the program `fn` belongs to, when it has one.
 */
export function verifyFunction(fn: FunctionProto, functionCount = fn.program?.functions.length): number {
  const code = fn.code;
  const fail = (pc: number, msg: string): never => {
    throw new VerifyError(`bytecode verification failed in ${fn.name || "<anonymous>"} at ${pc}: ${msg}`);
  };

  const starts = new Uint8Array(code.length + 1);
  for (let pc = 0; pc < code.length; ) {
    const info = OPS[code[pc]!];
    if (info === undefined) return fail(pc, `unknown opcode ${code[pc]}`);
    const next = pc + 1 + info.operands.length;
    if (next > code.length) fail(pc, `${info.name} is cut off by the end of the code`);
    starts[pc] = 1;
    pc = next;
  }
  for (let pc = 0; pc < code.length; pc += 1 + OPS[code[pc]!]!.operands.length) checkOperands(fn, pc, OPS[code[pc]!]!, starts, functionCount, fail);

  const depth = new Int32Array(code.length).fill(-1);
  const work: number[] = [0];
  depth[0] = 0;
  let max = 0;
  const flow = (from: number, to: number, d: number) => {
    if (depth[to] === -1) {
      depth[to] = d;
      work.push(to);
    } else if (depth[to] !== d) fail(to, `stack depth mismatch (${depth[to]} vs ${d} from ${from})`);
  };
  while (work.length) {
    const pc = work.pop()!;
    const op = code[pc]!;
    const info = OPS[op]!;
    const operands = code.subarray(pc + 1, pc + 1 + info.operands.length);
    const { pops, pushes } = stackEffect(op, operands);
    const before = depth[pc]!;
    if (before < pops) fail(pc, `${info.name} pops ${pops} from a stack of ${before}`);
    const after = before - pops + pushes;
    if (after > max) max = after;
    if (info.jumpOperand >= 0) {
      const onJump = before - pops + info.jumpPushes;
      if (onJump > max) max = onJump;
      flow(pc, operands[info.jumpOperand]!, onJump);
    }
    if (!info.terminal) {
      const next = pc + info.operands.length + 1;
      if (next >= code.length) fail(pc, "falls off the end of the code");
      flow(pc, next, after);
    }
  }
  return max;
}

/** Checks each operand of the instruction at `pc` against what its kind may address. */
function checkOperands(
  fn: FunctionProto,
  pc: number,
  info: OpInfo,
  starts: Uint8Array,
  functionCount: number | undefined,
  fail: (pc: number, msg: string) => never,
): void {
  const code = fn.code;
  info.operands.forEach((kind, i) => {
    const v = code[pc + 1 + i]!;
    const within = (limit: number, what: string) => {
      if (v < 0 || v >= limit) fail(pc, `${info.name} operand ${i + 1}: ${what} ${v} is out of range (${limit === 0 ? "there are none" : `0..${limit - 1}`})`);
    };
    switch (kind) {
      case "k":
        return within(fn.consts.length, "constant index");
      case "s":
        return within(fn.nslots, "slot");
      case "c":
        return within(fn.captures.length, "capture index");
      case "f":
        if (functionCount !== undefined) within(functionCount, "function index");
        else if (v < 0) fail(pc, `${info.name} operand ${i + 1}: function index ${v} is negative`);
        return;
      case "n":
        if (v < 0) fail(pc, `${info.name} operand ${i + 1}: count ${v} is negative`);
        return;
      case "j":
        if (v < 0 || v >= code.length || !starts[v]) fail(pc, `bad jump target ${v}`);
        return;
      case "i":
        return; // any integer
    }
  });
}
