// Per-function bytecode emission: the instruction buffer, constant pool, line table,
// slot allocation and the small fusions done as instructions are emitted.

import { Op, instrLength } from "../bytecode/opcodes.js";
import type { CaptureRef, Const } from "../bytecode/program.js";

/** Jump operand placeholder until the target is known. */
const UNPATCHED = -1;

/** Offset → (line, column) over a source's line starts. */
export class LineMap {
  private readonly starts: number[] = [0];
  constructor(source: string) {
    for (let i = 0; i < source.length; i++) {
      const c = source.charCodeAt(i);
      if (c === 10 || (c === 13 && source.charCodeAt(i + 1) !== 10) || c === 0x2028 || c === 0x2029) this.starts.push(i + 1);
    }
  }
  /** 1-based line, 0-based column (acorn's convention). */
  position(offset: number): [number, number] {
    const s = this.starts;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return [lo + 1, offset - s[lo]!];
  }
}

export class Emitter {
  constructor(private readonly lines_: LineMap) {}

  readonly code: number[] = [];
  readonly consts: Const[] = [];
  private readonly constIndex = new Map<string, number>();
  readonly lines: number[] = [];
  private curOffset = -1;
  private curLine = 0;
  private curCol = 0;
  private lastLine = -1;
  private lastCol = -1;
  /** Start of the last emitted instruction, for fusion; -1 after a jump target. */
  private lastPc = -1;
  /** Starts of the two instructions before it (-1: none, or a jump target in between). */
  private prevPc = -1;
  private prevPc2 = -1;
  readonly slotNames: string[] = [];
  readonly captures: CaptureRef[] = [];

  get pc(): number {
    return this.code.length;
  }

  /** Sets the source position attached to the next instructions. */
  at(node: { start?: number } | null | undefined): void {
    const offset = node?.start;
    if (offset !== undefined && offset !== this.curOffset) {
      this.curOffset = offset;
      const [line, col] = this.lines_.position(offset);
      this.curLine = line;
      this.curCol = col;
    }
  }

  constant(value: Const): number {
    const key = typeof value === "object" ? ("re" in value ? `r:${value.re.flags}/${value.re.source}` : `t:${value.template.site}`) : typeof value === "number" ? `n:${Object.is(value, -0) ? "-0" : value}` : `s:${value}`;
    let i = this.constIndex.get(key);
    if (i === undefined) {
      i = this.consts.length;
      this.consts.push(value);
      this.constIndex.set(key, i);
    }
    return i;
  }

  allocSlot(name: string): number {
    this.slotNames.push(name);
    return this.slotNames.length - 1;
  }

  /** Marks the current pc as a jump target: no fusion across it. */
  here(): number {
    this.lastPc = this.prevPc = this.prevPc2 = -1;
    return this.code.length;
  }

  emit(op: number, a?: number, b?: number): number {
    if (this.fuse(op, a)) return this.lastPc;
    const pc = this.code.length;
    if (this.curLine !== this.lastLine || this.curCol !== this.lastCol) {
      this.lines.push(pc, this.curLine, this.curCol);
      this.lastLine = this.curLine;
      this.lastCol = this.curCol;
    }
    this.code.push(op);
    if (a !== undefined) this.code.push(a);
    if (b !== undefined) this.code.push(b);
    this.prevPc2 = this.prevPc;
    this.prevPc = this.lastPc;
    this.lastPc = pc;
    return pc;
  }

  /** Emits a jump with an unknown target; returns the operand index to patch. */
  jump(op: number): number {
    this.emit(op, UNPATCHED);
    return this.code.length - 1;
  }

  /** Points the jump operand at `operandIndex` to `target` (default: here). */
  patch(operandIndex: number, target = this.here()): void {
    this.code[operandIndex] = target;
  }

  /** Emits a backward jump charging the instruction budget. */
  loop(target: number): void {
    this.emit(Op.LOOP, target);
    this.lastPc = this.prevPc = this.prevPc2 = -1;
  }

  /**
   * Jump threading, once the function is complete: a JUMP whose target is a return
   * becomes that return (the ternary in `return c ? a : b` returns straight away).
   */
  threadJumps(): void {
    const c = this.code;
    for (let pc = 0; pc < c.length; pc += instrLength(c[pc]!)) {
      if (c[pc] !== Op.JUMP) continue;
      const t = c[pc + 1]!;
      if (c[t] === Op.RETURN || c[t] === Op.RETURN_UNDEF) {
        c[pc] = c[t]!;
        c[pc + 1] = Op.NOP; // unreachable filler keeps every other offset
      }
    }
  }

  /**
   * Fuses the instruction being emitted with the previous one when no jump lands
   * between them. Returns true when it rewrote the previous instruction instead.
   */
  private fuse(op: number, a: number | undefined): boolean {
    const p = this.lastPc;
    if (p < 0 || p + instrLength(this.code[p]!) !== this.code.length) return false;
    const prev = this.code[p]!;
    if (op === Op.GET_LOC && prev === Op.GET_LOC) {
      this.code[p] = Op.GET_LOC2;
      this.code.push(a!);
      return true;
    }
    if (op === Op.GET_PROP && prev === Op.GET_LOC) {
      this.code[p] = Op.GET_LOC_PROP;
      this.code.push(a!);
      return true;
    }
    if (op === Op.ADD && prev === Op.GET_LOC) {
      this.code[p] = Op.ADD_LOC;
      return true;
    }
    if (op === Op.ADD && prev === Op.GET_LOC2) {
      // a b ADD -> GET_LOC a; ADD_LOC b
      const b = this.code[p + 2]!;
      this.code[p] = Op.GET_LOC;
      this.code[p + 2] = Op.ADD_LOC;
      this.code.push(b);
      this.lastPc = p + 2;
      return true;
    }
    if (op === Op.ADD && prev === Op.PUSH_INT) {
      this.code[p] = Op.ADD_INT;
      return true;
    }
    if (op === Op.SUB && prev === Op.PUSH_INT) {
      this.code[p] = Op.SUB_INT;
      return true;
    }
    if (op === Op.PUSH_UNDEF && prev === Op.GET_CAP) {
      this.code[p] = Op.GET_CAP_U;
      return true;
    }
    if (op === Op.PUSH_UNDEF && prev === Op.GET_GLOBAL) {
      this.code[p] = Op.GET_GLOBAL_U;
      return true;
    }
    if (op === Op.ADD && prev === Op.PUSH_CONST) {
      this.code[p] = Op.ADD_CONST;
      return true;
    }
    if (op === Op.JUMP_IF_FALSE && prev === Op.LT) {
      // `local < int` then a conditional jump: one instruction for the three.
      const p1 = this.prevPc;
      const p2 = this.prevPc2;
      if (p1 >= 0 && p2 >= 0 && this.code[p1] === Op.PUSH_INT && this.code[p2] === Op.GET_LOC && p2 + 2 === p1 && p1 + 2 === p) {
        const slot = this.code[p2 + 1]!;
        const int = this.code[p1 + 1]!;
        this.code.length = p2;
        this.code.push(Op.LOC_LT_INT_JUMP_IF_FALSE, slot, int, a!);
        this.lastPc = p2;
        this.prevPc = this.prevPc2 = -1;
        return true;
      }
      this.code[p] = Op.LT_JUMP_IF_FALSE;
      this.code.push(a!);
      return true;
    }
    return false;
  }
}
