// The interpreter's dispatch switch against the opcode table.
//
// src/vm/interpreter.ts dispatches with numeric literal labels (`case 34: { // GET_PROP`)
// so V8 builds a jump table; the opcode's name follows in a comment. This file parses
// the interpreter with the TypeScript compiler, collects every label of the dispatch
// switch and checks it against OPS, so the table and the interpreter cannot drift.
// It also checks the table's own invariants and that the verifier treats every
// jump-carrying opcode as a jump.

import { test, describe } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { OPS, Op, VAR, instrLength, stackEffect } from "../src/bytecode/opcodes.ts";
import { VerifyError, verifyFunction } from "../src/bytecode/verify.ts";
import type { FunctionProto } from "../src/bytecode/program.ts";
import { compile } from "../src/index.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// KITWORK_INTERPRETER_SRC: check another copy of the interpreter (used to test this test).
const INTERPRETER = process.env.KITWORK_INTERPRETER_SRC ?? path.join(ROOT, "src/vm/interpreter.ts");

interface Label {
  code: number;
  /** Opcode name from the trailing comment, or null when the comment is missing. */
  name: string | null;
  /** 1-based line in interpreter.ts, for messages. */
  line: number;
  text: string;
}

/**
 * Finds the dispatch switch (the `switch` whose numeric-literal labels are the most
 * numerous; today `switch (op)` in run()) and returns its labels.
 */
function dispatchLabels(): { labels: Label[]; nonNumeric: string[] } {
  const text = fs.readFileSync(INTERPRETER, "utf8");
  const sf = ts.createSourceFile(INTERPRETER, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const lines = text.split("\n");
  const switches: ts.SwitchStatement[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isSwitchStatement(n)) switches.push(n);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  const numericCount = (s: ts.SwitchStatement) =>
    s.caseBlock.clauses.filter((c) => ts.isCaseClause(c) && ts.isNumericLiteral(c.expression)).length;
  const sw = switches.sort((a, b) => numericCount(b) - numericCount(a))[0];
  assert.ok(sw && numericCount(sw) > 0, "no switch with numeric case labels found in src/vm/interpreter.ts");
  const labels: Label[] = [];
  const nonNumeric: string[] = [];
  for (const clause of sw.caseBlock.clauses) {
    if (!ts.isCaseClause(clause)) continue; // default
    const line = sf.getLineAndCharacterOfPosition(clause.expression.getStart(sf)).line;
    const src = lines[line]!;
    if (!ts.isNumericLiteral(clause.expression)) {
      nonNumeric.push(`line ${line + 1}: ${src.trim()}`);
      continue;
    }
    // The name is the first identifier-like word of the `//` comment on the label's line.
    const m = /\/\/\s*([A-Z][A-Z0-9_]*)/.exec(src.slice(src.indexOf("case")));
    labels.push({ code: Number(clause.expression.text), name: m ? m[1]! : null, line: line + 1, text: src.trim() });
  }
  return { labels, nonNumeric };
}

describe("interpreter dispatch labels match the opcode table", () => {
  const { labels, nonNumeric } = dispatchLabels();
  const byName = new Map(OPS.map((o) => [o.name, o]));

  test("the dispatch switch was found and has labels", () => {
    assert.ok(labels.length >= OPS.length / 2, `only ${labels.length} numeric labels found`);
  });

  test("every label is a numeric literal (V8 jump table)", () => {
    assert.deepEqual(nonNumeric, [], "non-numeric case labels in the dispatch switch");
  });

  test("every label names its opcode in a comment", () => {
    const unnamed = labels.filter((l) => l.name === null).map((l) => `line ${l.line}: ${l.text}`);
    assert.deepEqual(unnamed, [], "case labels without a `// NAME` comment");
  });

  test("each label's number is the table's code for its name", () => {
    const wrong: string[] = [];
    for (const l of labels) {
      if (l.name === null) continue;
      const info = byName.get(l.name);
      if (!info) wrong.push(`line ${l.line}: ${l.name} is not an opcode (${l.text})`);
      else if (info.code !== l.code) wrong.push(`line ${l.line}: case ${l.code} is labelled ${l.name}, whose code is ${info.code}`);
    }
    assert.deepEqual(wrong, []);
  });

  test("no case for an unknown opcode number", () => {
    const unknown = labels.filter((l) => !Number.isInteger(l.code) || l.code < 0 || l.code >= OPS.length || OPS[l.code] === undefined);
    assert.deepEqual(unknown.map((l) => `line ${l.line}: ${l.text}`), []);
  });

  test("every opcode has exactly one case", () => {
    const count = new Map<number, number>();
    for (const l of labels) count.set(l.code, (count.get(l.code) ?? 0) + 1);
    const missing = OPS.filter((o) => !count.has(o.code)).map((o) => `${o.code} ${o.name}`);
    const duplicated = [...count].filter(([, n]) => n > 1).map(([c, n]) => `${c} ${OPS[c]?.name ?? "?"} x${n}`);
    assert.deepEqual(missing, [], "opcodes without a case");
    assert.deepEqual(duplicated, [], "opcodes with more than one case");
  });

  test("each name labels exactly one case", () => {
    const seen = new Map<string, number[]>();
    for (const l of labels) if (l.name) seen.set(l.name, [...(seen.get(l.name) ?? []), l.line]);
    const dup = [...seen].filter(([, ls]) => ls.length > 1).map(([n, ls]) => `${n} at lines ${ls.join(", ")}`);
    assert.deepEqual(dup, []);
  });
});

describe("opcode table invariants", () => {
  test("codes are the table indices", () => {
    OPS.forEach((o, i) => assert.equal(o.code, i, `${o.name}`));
  });

  test("names are unique upper-case identifiers", () => {
    const names = OPS.map((o) => o.name);
    assert.equal(new Set(names).size, names.length, `duplicate names: ${names.filter((n, i) => names.indexOf(n) !== i)}`);
    for (const n of names) assert.match(n, /^[A-Z][A-Z0-9_]*$/);
  });

  test("Op maps every name to its code", () => {
    assert.equal(Object.keys(Op).length, OPS.length);
    for (const o of OPS) assert.equal(Op[o.name], o.code, o.name);
  });

  test('operand kinds are only from "ikjscfn"', () => {
    for (const o of OPS) {
      for (const k of o.operands) assert.ok("ikjscfn".includes(k) && k.length === 1, `${o.name} has operand kind ${JSON.stringify(k)}`);
      assert.equal(instrLength(o.code), 1 + o.operands.length, o.name);
    }
  });

  test("stack effects are fixed and non-negative, or computed for VAR ops", () => {
    for (const o of OPS) {
      assert.ok(o.pushes >= 0, `${o.name} pushes`);
      if (o.pops === VAR) {
        const operands = o.operands.map(() => 3);
        const eff = stackEffect(o.code, operands);
        assert.ok(eff.pops >= 3 && eff.pops !== VAR, `${o.name}: stackEffect must compute pops from the count operand (got ${eff.pops})`);
        assert.ok(o.operands.includes("n"), `${o.name} has variable pops but no count operand`);
      } else {
        assert.ok(o.pops >= 0, `${o.name} pops`);
        assert.deepEqual(stackEffect(o.code, o.operands.map(() => 0)), { pops: o.pops, pushes: o.pushes }, o.name);
      }
    }
  });

  test("jump facts: the jump operand is found from the row, and the jump edge's stack effect is the row's", () => {
    for (const o of OPS) {
      assert.equal(o.jumpOperand, o.operands.indexOf("j"), o.name);
      assert.ok(o.operands.filter((k) => k === "j").length <= 1, `${o.name} has more than one jump operand`);
      assert.ok(o.jumpPushes >= 0, `${o.name} jumpPushes`);
    }
    // The ones whose jump edge differs from their fall-through, as their docs say.
    const differing = OPS.filter((o) => o.jumpOperand >= 0 && o.jumpPushes !== o.pushes).map((o) => `${o.name} ${o.pops}->${o.pushes}|${o.jumpPushes}`);
    assert.deepEqual(differing.sort(), [
      "DELEGATE 3->3|1",
      "DELEGATE_RESULT 3->3|1",
      "ITER_NEXT 1->2|1",
      "ITER_RESULT 2->2|1",
      "JUMP_IF_CALLEE_NULLISH 2->2|1",
      "JUMP_IF_FALSE_KEEP 1->0|1",
      "JUMP_IF_NOT_NULLISH_KEEP 1->0|1",
      "JUMP_IF_TRUE_KEEP 1->0|1",
      "TRY_PUSH 0->0|1",
    ]);
  });

  test("variable pops are the count operand plus the row's extra", () => {
    assert.deepEqual(stackEffect(Op.NEW_ARRAY, [5]), { pops: 5, pushes: 1 });
    assert.deepEqual(stackEffect(Op.TEMPLATE, [2]), { pops: 2, pushes: 1 });
    assert.deepEqual(stackEffect(Op.CALL, [3, 0]), { pops: 5, pushes: 1 });
    assert.deepEqual(stackEffect(Op.NEW, [3, 0]), { pops: 4, pushes: 1 });
  });

  test("unconditional jumps, returns and throws are terminal; conditional jumps are not", () => {
    for (const n of ["JUMP", "LOOP", "RETURN", "RETURN_UNDEF", "THROW"] as const) assert.equal(OPS[Op[n]]!.terminal, true, n);
    for (const o of OPS) {
      if (o.operands.includes("j") && o.name.includes("IF")) assert.equal(o.terminal, false, o.name);
    }
  });
});

// ------------------------------------------------------------------------ jumps and the verifier

/** For each opcode carrying a jump operand: a script whose bytecode uses it. */
const JUMP_SCRIPTS: Record<string, string> = {
  JUMP: "let x = 1; if (x) { x = 2 } else { x = 3 } return x;",
  LOOP: "let s = 0; for (let i = 0; i < 10; i++) s += i; return s;",
  JUMP_IF_FALSE: "let x = 1; if (x) x = 2; return x;",
  JUMP_IF_TRUE: "let x = 2; switch (x) { case 1: return 'a'; case 2: return 'b'; } return 'c';",
  JUMP_IF_FALSE_KEEP: "let a = 1, b = 2; return a && b;",
  JUMP_IF_TRUE_KEEP: "let a = 0, b = 2; return a || b;",
  JUMP_IF_NOT_NULLISH_KEEP: "let a = null; return a ?? 3;",
  JUMP_IF_NULLISH: "let o = null; return o?.x;",
  JUMP_IF_CALLEE_NULLISH: "let o = {}; return o.f?.();",
  TRY_PUSH: "try { throw 1 } catch (e) { return e }",
  ITER_NEXT: "let s = 0; for (const x of [1, 2]) s += x; for (const k in { a: 1 }) s += k; return s;",
  ITER_RESULT: "let s = 0; for (const x of { [Symbol.iterator]() { return [1, 2].values(); } }) s += x; return s;",
  LT_JUMP_IF_FALSE: "let i = 0; const n = 3; while (i < n) { i = i + 1 } return i;",
  DELEGATE_RESULT: "function* g() { yield* [1, 2]; } return [...g()];",
  DELEGATE: "function* g() { yield* [1, 2]; } return [...g()];",
  GEN_IF_RETURN: "function* g() { for (const x of [1]) yield x; } const it = g(); it.next(); return it.return(1);",
  LOC_LT_INT_JUMP_IF_FALSE: "let i = 0; while (i < 3) { i = i + 1 } return i;",
};

function opsUsed(fn: FunctionProto): Set<string> {
  const used = new Set<string>();
  for (let pc = 0; pc < fn.code.length; pc += instrLength(fn.code[pc]!)) used.add(OPS[fn.code[pc]!]!.name);
  return used;
}

/** A function with one slot, so operands of other kinds set to 0 are in range. */
function fakeFn(code: number[], name = "fake"): FunctionProto {
  return {
    index: 0,
    name,
    code: Int32Array.from(code),
    consts: [],
    nparams: 0,
    length: 0,
    nslots: 1,
    restSlot: -1,
    captures: [],
    isArrow: false,
    constructable: true,
    usesArguments: false,
    maxStack: 0,
    lines: new Int32Array(0),
    slotNames: ["x"],
  };
}

describe("every jump-carrying opcode is recognised by the verifier", () => {
  const jumpOps = OPS.filter((o) => o.operands.includes("j"));

  test("the jump scripts cover every opcode with a j operand", () => {
    assert.deepEqual(jumpOps.map((o) => o.name).sort(), Object.keys(JUMP_SCRIPTS).sort(), "add a script for each new jump opcode");
  });

  for (const o of jumpOps) {
    test(`${o.name}: compiled code using it verifies`, () => {
      const src = JUMP_SCRIPTS[o.name];
      assert.ok(src, `no script for ${o.name}`);
      const program = compile(src, { filename: `${o.name}.js` });
      const users = program.functions.filter((f) => opsUsed(f).has(o.name));
      assert.ok(users.length > 0, `script for ${o.name} no longer emits it`);
      for (const fn of program.functions) {
        const depth = verifyFunction(fn);
        assert.ok(depth >= 0);
        assert.equal(depth, fn.maxStack, `${fn.name}: verifier depth differs from the recorded maxStack`);
      }
    });

    test(`${o.name}: a bad jump target is rejected`, () => {
      // PUSH_UNDEF x pops, then the jump, then RETURN_UNDEF.
      const pops = stackEffect(o.code, o.operands.map(() => 0)).pops;
      const jumpPc = pops;
      const build = (target: number) => [
        ...Array(pops).fill(Op.PUSH_UNDEF),
        o.code,
        ...o.operands.map((k) => (k === "j" ? target : 0)),
        Op.RETURN_UNDEF,
      ];
      const endPc = jumpPc + instrLength(o.code) + 1;
      for (const target of [endPc + 5, -1, jumpPc + 1 /* its own operand */]) {
        assert.throws(() => verifyFunction(fakeFn(build(target))), (e: unknown) => {
          assert.ok(e instanceof VerifyError, `expected VerifyError, got ${String(e)}`);
          assert.match(e.message, /bad jump target/);
          return true;
        }, `${o.name} -> ${target}`);
      }
    });
  }
});

// The save rule (see the header of src/vm/interpreter.ts): inside a dispatch case, any
// call that can push a frame, run guest code or raise a guest error comes after
// `this.save(frame, pc, sp)`. Helpers are classified here, default-deny: a call this
// list does not know fails the test until someone decides which kind it is.
/** Can neither push a frame nor run guest code (inline limit checks, pure reads). */
const EXEMPT_CALLS = new Set([
  "this.chargeHeap", "this.checkString", "this.checkArrayLength", "this.refuel", "this.tdz", "this.concat",
  "truthy", "typeOf", "iterNext", "forInKeys", "Number.isInteger", "String",
  // a call site's frozen strings arrays (vm/templates.ts): charged through chargeHeap, no guest code
  "templateObject",
  // host-array operations on VM-owned arrays
  "a.items.push", "items.push", "target.push", "frame.args.slice", "(stack[sp - 2] as KArray).items.push", "(stack[sp - 1] as KArray).items.push",
]);
/** Save the registers themselves before doing anything else (they take frame, pc, sp). */
const SELF_SAVING = new Set(["this.numAt", "this.lt", "this.le", "this.slowGet", "this.save"]);

function saveRuleViolations(): string[] {
  const text = fs.readFileSync(INTERPRETER, "utf8");
  const sf = ts.createSourceFile(INTERPRETER, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  let sw: ts.SwitchStatement | undefined;
  const visit = (n: ts.Node): void => {
    if (ts.isSwitchStatement(n) && n.caseBlock.clauses.length > 50) sw = n;
    ts.forEachChild(n, visit);
  };
  visit(sf);
  assert.ok(sw, "dispatch switch not found");
  const out: string[] = [];
  for (const clause of sw.caseBlock.clauses) {
    const label = sf.text.slice(clause.getStart(sf), sf.text.indexOf("\n", clause.getStart(sf))).trim();
    let saved = false;
    const walk = (n: ts.Node): void => {
      if (ts.isCallExpression(n) || ts.isNewExpression(n)) {
        // Arguments are evaluated before the call: look at them first.
        for (const a of n.arguments ?? []) walk(a);
        const callee = n.expression.getText(sf);
        if (ts.isNewExpression(n)) return;
        if (callee === "this.save") saved = true;
        else if (!SELF_SAVING.has(callee) && !EXEMPT_CALLS.has(callee) && !saved) {
          const line = sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
          out.push(`${label} — line ${line}: ${callee}(…) before this.save(frame, pc, sp)`);
        }
        walk(n.expression);
        return;
      }
      ts.forEachChild(n, walk);
    };
    for (const st of clause.statements) walk(st);
  }
  return out;
}

describe("the interpreter's save rule", () => {
  test("every dispatch case saves pc and sp before a helper that can push a frame, run guest code or raise", () => {
    assert.deepEqual(saveRuleViolations(), []);
  });
});
