// Compiler tests: golden bytecode for key code shapes, compile-error diagnostics for
// unsupported constructs, and the stack verifier on hand-made bad functions.
//
// Golden files live in test/golden/<name>.txt and hold the disassembly of one snippet.
// After an intended codegen change, regenerate them with
//   UPDATE_GOLDEN=1 node --import tsx --test test/compiler.test.ts
// and review the diff like any other code change.

import { test, describe } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CompileError, compile, disassemble, evaluate } from "../src/index.ts";
import { OPS, Op, instrLength } from "../src/bytecode/opcodes.ts";
import type { FunctionProto, Program } from "../src/bytecode/program.ts";
import { VerifyError, verifyFunction } from "../src/bytecode/verify.ts";

const GOLDEN = path.join(path.dirname(fileURLToPath(import.meta.url)), "golden");
const UPDATE = process.env.UPDATE_GOLDEN === "1";

/** Compares `actual` with test/golden/<name>.txt, or writes it when UPDATE_GOLDEN=1. */
function golden(name: string, actual: string): void {
  const file = path.join(GOLDEN, `${name}.txt`);
  const text = actual.endsWith("\n") ? actual : actual + "\n";
  if (UPDATE) {
    fs.mkdirSync(GOLDEN, { recursive: true });
    fs.writeFileSync(file, text);
    return;
  }
  assert.ok(fs.existsSync(file), `missing golden file ${path.relative(process.cwd(), file)}; run with UPDATE_GOLDEN=1 to create it`);
  assert.equal(text, fs.readFileSync(file, "utf8"), `bytecode for "${name}" differs from ${name}.txt (UPDATE_GOLDEN=1 to accept an intended change)`);
}

/** Opcode names used by one function, in code order (with repeats). */
function opNames(fn: FunctionProto): string[] {
  const out: string[] = [];
  for (let pc = 0; pc < fn.code.length; pc += instrLength(fn.code[pc]!)) out.push(OPS[fn.code[pc]!]!.name);
  return out;
}

function fnNamed(p: Program, name: string): FunctionProto {
  const f = p.functions.find((x) => x.name === name);
  assert.ok(f, `no function ${name} in ${p.functions.map((x) => x.name).join(", ")}`);
  return f;
}

function allOps(p: Program): string[] {
  return p.functions.flatMap(opNames);
}

/** Each shape: its source, the value it returns (checked on the VM) and structural checks. */
interface Shape {
  source: string;
  expect: unknown;
  check: (p: Program) => void;
}

const SHAPES: Record<string, Shape> = {
  "arith-locals": {
    source: `function calc(a, b) {
  let c = a * 2 + b;
  c = c - a / b;
  c += 1;
  return (c % 7) ** 2 - -a;
}
return calc(6, 3);
`,
    expect: ((c: number) => (c % 7) ** 2 + 6)(6 * 2 + 3 - 6 / 3 + 1),
    check(p) {
      const ops = opNames(fnNamed(p, "calc"));
      for (const op of ["MUL", "SUB", "DIV", "MOD", "POW", "NEG"]) assert.ok(ops.includes(op), `calc should use ${op}: ${ops.join(" ")}`);
      assert.ok(ops.some((o) => o === "ADD" || o === "ADD_LOC" || o === "ADD_CONST"), "calc should add");
      assert.ok(!ops.some((o) => o.includes("CELL") || o.includes("CAP")), "plain locals need no cells");
    },
  },
  "for-let-closure": {
    source: `const fns = [];
for (let i = 0; i < 3; i++) {
  fns.push(() => i);
}
return fns.map((f) => f());
`,
    expect: [0, 1, 2],
    check(p) {
      const ops = opNames(p.functions[0]!);
      assert.ok(ops.includes("FRESH_CELL"), `per-iteration binding needs FRESH_CELL: ${ops.join(" ")}`);
      assert.ok(ops.includes("LOOP"), "the loop needs a LOOP back-edge");
      assert.ok(ops.includes("CLOSURE"));
      assert.ok(allOps(p).includes("GET_CAP") || allOps(p).includes("GET_CAP_CHK"), "the arrow reads i from its capture");
    },
  },
  "closure-two-levels": {
    source: `function outer() {
  let a = 1;
  function mid() {
    let b = 2;
    return function inner() {
      a += 10;
      return a + b;
    };
  }
  return mid()() + a;
}
return outer();
`,
    expect: 13 + 11,
    check(p) {
      const inner = fnNamed(p, "inner");
      const mid = fnNamed(p, "mid");
      const a = inner.captures.find((c) => c.name === "a");
      const b = inner.captures.find((c) => c.name === "b");
      assert.ok(a && b, "inner captures a and b");
      assert.equal(a.fromParentSlot, false, "a comes two levels up: through mid's own capture");
      assert.equal(b.fromParentSlot, true, "b is mid's slot");
      assert.ok(mid.captures.some((c) => c.name === "a" && c.fromParentSlot), "mid captures a from outer's slot");
      const ops = opNames(inner);
      assert.ok(ops.some((o) => o.startsWith("STORE_CAP")), "inner writes a through the capture");
    },
  },
  "try-finally-return": {
    source: `const log = [];
function risky(x) {
  if (x) throw new Error("boom");
  return "ok";
}
function f(x) {
  try {
    return risky(x);
  } catch (e) {
    log.push(e.message);
    return "caught";
  } finally {
    log.push("finally");
  }
}
return [f(false), f(true), log];
`,
    expect: ["ok", "caught", ["finally", "boom", "finally"]],
    check(p) {
      const ops = opNames(fnNamed(p, "f"));
      assert.ok(ops.includes("TRY_PUSH"), `try needs TRY_PUSH: ${ops.join(" ")}`);
      assert.ok(ops.includes("TRY_POP"), "leaving the protected region needs TRY_POP");
      assert.ok(ops.filter((o) => o === "TRY_PUSH").length >= 2, "catch + finally: two handlers");
      assert.ok(ops.includes("THROW"), "finally rethrows a pending exception");
    },
  },
  "optional-call": {
    source: `const o = { f(x) { return x * 2; }, n: null };
const missing = null;
return [o.f?.(1), o.g?.(2), missing?.f(3), o.n?.m.k(), o?.["f"](4)];
`,
    expect: [2, null, null, null, 8], // undefined entries become null through JSON
    check(p) {
      const ops = opNames(p.functions[0]!);
      assert.ok(ops.includes("JUMP_IF_CALLEE_NULLISH"), `o.f?.() needs JUMP_IF_CALLEE_NULLISH: ${ops.join(" ")}`);
      assert.ok(ops.includes("JUMP_IF_NULLISH"), "x?.f needs JUMP_IF_NULLISH");
      assert.ok(ops.includes("GET_METHOD"), "a member call passes this");
    },
  },
  "destructuring-defaults": {
    source: `function pick(obj, arr) {
  const { a = 1, b: { c = 2 } = {}, ...rest } = obj;
  const [x = 3, , y = x * 2, ...more] = arr;
  return [a, c, rest, x, y, more];
}
return [pick({ b: { c: 5 }, d: 4 }, [undefined, 0]), pick({ a: 0 }, [7, 8, 9, 10, 11])];
`,
    expect: [
      [1, 5, { d: 4 }, 3, 6, []],
      [0, 2, {}, 7, 9, [10, 11]],
    ],
    check(p) {
      const ops = opNames(fnNamed(p, "pick"));
      assert.ok(ops.includes("REQUIRE_OBJECT"), `destructuring checks its source: ${ops.join(" ")}`);
      assert.ok(ops.includes("ITER_INIT") && ops.includes("ITER_VALUE") && ops.includes("ITER_REST"), "array patterns iterate");
      assert.ok(ops.filter((o) => o === "JUMP_IF_NOT_NULLISH_KEEP" || o === "JUMP_IF_FALSE" || o === "JUMP_IF_TRUE").length >= 4 || ops.includes("SEQ"), "defaults test for undefined");
    },
  },
  "switch-fallthrough": {
    source: `function sw(x) {
  let r = "";
  switch (x) {
    case 1:
      r += "a";
    case 2:
      r += "b";
      break;
    default:
      r += "d";
    case 3:
      r += "c";
  }
  return r;
}
return [sw(1), sw(2), sw(3), sw(9)];
`,
    expect: ["ab", "b", "c", "dc"],
    check(p) {
      const ops = opNames(fnNamed(p, "sw"));
      assert.ok(ops.includes("SEQ") && ops.includes("JUMP_IF_TRUE"), `cases compare with ===: ${ops.join(" ")}`);
      assert.ok(ops.includes("JUMP"), "break and the default dispatch jump");
    },
  },
  "labelled-continue": {
    source: `let n = 0;
const seen = [];
outer: for (let i = 0; i < 4; i++) {
  for (let j = 0; j < 4; j++) {
    if (j === i) continue outer;
    if (i === 3) break outer;
    n++;
    seen.push(i * 10 + j);
  }
}
return [n, seen];
`,
    expect: [3, [10, 20, 21]],
    check(p) {
      const ops = opNames(p.functions[0]!);
      assert.ok(ops.filter((o) => o === "LOOP").length >= 2, `two loops, two back-edges: ${ops.join(" ")}`);
    },
  },
};

describe("golden bytecode", () => {
  for (const [name, shape] of Object.entries(SHAPES)) {
    test(name, async () => {
      const program = compile(shape.source, { filename: `${name}.js` });
      for (const fn of program.functions) assert.equal(verifyFunction(fn), fn.maxStack, `${fn.name} verifies`);
      shape.check(program);
      assert.deepEqual(JSON.parse(JSON.stringify(await evaluate(shape.source, { filename: `${name}.js` }))), shape.expect, `${name}: result on the VM`);
      golden(name, disassemble(program));
    });
  }

  test("golden files have no strays", () => {
    if (!fs.existsSync(GOLDEN)) return;
    const extra = fs.readdirSync(GOLDEN).filter((f) => f.endsWith(".txt") && !(f.slice(0, -4) in SHAPES));
    assert.deepEqual(extra, [], "golden files without a shape");
  });
});

describe("shape semantics the bytecode must preserve (checked against V8 behaviour)", () => {
  test("object rest does not read the excluded properties again", async () => {
    // CopyDataProperties skips excluded keys before [[Get]]: the getter runs once (V8: [1, {b: 2}]).
    const r = await evaluate(`let count = 0;
const o = { get a() { count++; return 1; }, b: 2 };
const { a, ...r } = o;
return [count, r];`);
    assert.deepEqual(r, [1, { b: 2 }]);
  });

  test("a closure created in a for-let initializer keeps the initializer's binding", async () => {
    // Each iteration gets a copy of the binding, the first one included (V8: 0).
    const r = await evaluate(`let g;
for (let i = 0, h = () => i; i < 1; i++) { g = h; i = 5; }
return g();`);
    assert.equal(r, 0);
  });

  test("per-iteration copies see updates made in the body", async () => {
    const r = await evaluate(`const fs = [];
for (let i = 0; i < 3; i++) { fs.push(() => i); i++; }
return fs.map((f) => f());`);
    assert.deepEqual(r, [1, 3]);
  });
});

// ------------------------------------------------------------------------ compile errors

/** Each unsupported construct, placed at line 2 after some prefix so the column is non-trivial. */
const UNSUPPORTED: { name: string; code: string; prefix: string; message: RegExp; /** columns from the code's start to the construct */ at?: number }[] = [
  { name: "eval", code: "eval(1);", prefix: "const k = 1; ", message: /eval/ },
  { name: "Function()", code: 'Function("");', prefix: "const k = 1; ", message: /Function/ },
  { name: "new Function()", code: 'new Function("");', prefix: "const k = 1; ", message: /Function/, at: 4 },
  { name: "with", code: "with (o) {}", prefix: "const o = {}; ", message: /with/ },
  { name: "import()", code: 'import("x");', prefix: "const k = 1; ", message: /import/ },
  { name: "require", code: 'require("x");', prefix: "const k = 1; ", message: /require/ },
  { name: "super in an object literal", code: "({ m() { return super.x } });", prefix: "const k = 1; ", message: /super/, at: 16 },
  { name: "compound assignment to super.x", code: "class A { m() { super.x += 1 } }", prefix: "const k = 1; ", message: /super/, at: 16 },
  { name: "BigInt literal", code: "1n;", prefix: "const k = 1; ", message: /BigInt/ },
];

/** Asserts the code frame marks `line` and puts a caret under 1-based column `col`. */
function assertFrame(formatted: string, line: number, col: number): void {
  const lines = formatted.split("\n");
  const i = lines.findIndex((l) => /^>\s*\d+ \| /.test(l));
  assert.ok(i >= 0, `no code frame in:\n${formatted}`);
  assert.equal(Number(/^>\s*(\d+)/.exec(lines[i]!)![1]), line, formatted);
  const caret = lines[i + 1] ?? "";
  assert.match(caret, /^\s*\|\s*\^$/, `no caret line:\n${formatted}`);
  const textStart = lines[i]!.indexOf(" | ") + 3;
  assert.equal(caret.indexOf("^") - textStart, col - 1, `caret not under column ${col}:\n${formatted}`);
}

function compileErrorOf(source: string, filename = "file.js"): CompileError {
  try {
    compile(source, { filename });
  } catch (e) {
    assert.ok(e instanceof CompileError, `expected a CompileError, got ${String(e)}`);
    return e;
  }
  assert.fail(`compiled without error:\n${source}`);
}

describe("unsupported constructs are compile errors at their position", () => {
  for (const u of UNSUPPORTED) {
    test(u.name, () => {
      const source = `let first = 0;\n${u.prefix}${u.code}\nfirst++;\n`;
      const col = u.prefix.length + (u.at ?? 0) + 1;
      const err = compileErrorOf(source);
      assert.ok(err.message.startsWith(`file.js:2:${col} `), `message should start with file.js:2:${col}, got: ${err.message}`);
      assert.match(err.message, /not supported/);
      assert.match(err.message, u.message);
      assert.equal(err.line, 2);
      assert.equal(err.column + 1, col);
      const formatted = err.format();
      assert.ok(formatted.startsWith(err.message + "\n"), "format() starts with the message");
      assertFrame(formatted, 2, col);
    });
  }

  test("a locally bound eval/require is an ordinary function call", () => {
    const p = compile(`function run(require) { return require("x"); }\nreturn run((s) => s + "!");\n`, { filename: "file.js" });
    assert.ok(p.functions.length >= 2);
  });
});

describe("syntax errors", () => {
  test("name line:col and show a code frame", () => {
    const err = compileErrorOf(`let a = 1;\nlet b = (a + ;\nreturn b;\n`);
    assert.match(err.message, /^file\.js:2:14 SyntaxError: /);
    assertFrame(err.format(), 2, 14);
  });

  test("an unterminated string on line 3", () => {
    const err = compileErrorOf(`const a = 1;\nconst b = 2;\n  const s = "abc;\n`);
    assert.match(err.message, /^file\.js:3:13 SyntaxError: Unterminated string/);
    assertFrame(err.format(), 3, 13);
  });

  test("an optional chain as a template's tag, as in JavaScript", () => {
    const err = compileErrorOf(`let o = {};\nreturn o?.m\`x\`;\n`);
    assert.match(err.message, /^file\.js:2:12 SyntaxError: Optional chaining cannot appear in the tag of tagged template expressions/);
    assertFrame(err.format(), 2, 12);
  });

  test("an invalid escape in a template without a tag (a tagged one allows it)", () => {
    const err = compileErrorOf(`let x = 1;\nreturn \`a\\unicode\`;\n`);
    assert.match(err.message, /^file\.js:2:9 SyntaxError: Bad escape sequence in untagged template literal/);
    assert.doesNotThrow(() => compile("const t = (s) => s; return t`a\\unicode`;"));
  });

  test("the default filename is script.js", () => {
    try {
      compile("let = ;");
      assert.fail("expected a SyntaxError");
    } catch (e) {
      assert.ok(e instanceof CompileError);
      assert.match(e.message, /^script\.js:1:\d+ SyntaxError/);
    }
  });
});

// ------------------------------------------------------------------------ verifier

function fakeFn(code: number[], extra: Partial<FunctionProto> = {}): FunctionProto {
  return {
    index: 0,
    name: "fake",
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
    ...extra,
  };
}

function rejects(code: number[], re: RegExp, extra: Partial<FunctionProto> = {}, functionCount?: number): void {
  assert.throws(() => verifyFunction(fakeFn(code, extra), functionCount), (e: unknown) => {
    assert.ok(e instanceof VerifyError, `expected VerifyError, got ${String(e)}`);
    assert.match(e.message, re);
    assert.match(e.message, /fake/, "the message names the function");
    return true;
  });
}

describe("the verifier rejects hand-made bad functions", () => {
  test("a well-formed function verifies and reports its max depth", () => {
    // x = 2 + 3; return x
    const code = [Op.PUSH_INT, 2, Op.PUSH_INT, 3, Op.ADD, Op.STORE_LOC, 0, Op.GET_LOC, 0, Op.RETURN];
    assert.equal(verifyFunction(fakeFn(code)), 2);
  });

  test("stack underflow", () => {
    rejects([Op.POP, Op.RETURN_UNDEF], /POP pops 1 from a stack of 0/);
    rejects([Op.PUSH_INT, 1, Op.ADD, Op.RETURN], /ADD pops 2 from a stack of 1/);
    // CALL with 2 arguments needs fn, this and 2 values.
    rejects([Op.PUSH_UNDEF, Op.PUSH_UNDEF, Op.PUSH_UNDEF, Op.CALL, 2, 0, Op.RETURN], /CALL pops 4 from a stack of 3/, { consts: ["f"] });
  });

  test("a jump into the middle of an instruction", () => {
    // PUSH_INT 7 occupies pcs 0-1; jumping to 1 lands on its operand.
    rejects([Op.PUSH_INT, 7, Op.JUMP_IF_FALSE, 1, Op.RETURN_UNDEF], /bad jump target 1/);
    rejects([Op.PUSH_INT, 7, Op.POP, Op.JUMP, 1], /bad jump target 1/);
  });

  test("a jump outside the code", () => {
    rejects([Op.JUMP, 100], /bad jump target 100/);
    rejects([Op.JUMP, -3], /bad jump target -3/);
  });

  test("paths disagreeing on the stack depth", () => {
    // if (c) push 1; — the join point is reached with depth 0 and 1.
    rejects([Op.PUSH_TRUE, Op.JUMP_IF_FALSE, 5, Op.PUSH_INT, 1, Op.RETURN_UNDEF], /stack depth mismatch/);
  });

  test("falling off the end of the code", () => {
    rejects([Op.PUSH_INT, 1, Op.POP], /falls off the end/);
  });

  test("an unknown opcode", () => {
    rejects([OPS.length + 7, Op.RETURN_UNDEF], /unknown opcode/);
  });

  test("an instruction cut off by the end of the code", () => {
    rejects([Op.PUSH_INT], /at 0: PUSH_INT is cut off by the end of the code/);
    rejects([Op.PUSH_TRUE, Op.LOC_LT_INT_JUMP_IF_FALSE, 0, 1], /at 1: LOC_LT_INT_JUMP_IF_FALSE is cut off/);
  });
});

describe("the verifier checks operand ranges", () => {
  test("a constant index outside the constant pool is refused, with a message naming it", () => {
    assert.throws(
      () => verifyFunction(fakeFn([Op.PUSH_CONST, 2, Op.RETURN], { consts: [1, "a"] })),
      (e: unknown) =>
        e instanceof VerifyError &&
        e.message === "bytecode verification failed in fake at 0: PUSH_CONST operand 1: constant index 2 is out of range (0..1)",
    );
    rejects([Op.PUSH_CONST, -1, Op.RETURN], /PUSH_CONST operand 1: constant index -1 is out of range \(0\.\.0\)/, { consts: [1] });
    // The name operand of a checked load, with an empty pool.
    rejects([Op.GET_LOC_CHK, 0, 0, Op.RETURN], /GET_LOC_CHK operand 2: constant index 0 is out of range \(there are none\)/);
    assert.equal(verifyFunction(fakeFn([Op.PUSH_CONST, 1, Op.RETURN], { consts: [1, "a"] })), 1);
  });

  test("a slot outside the frame is refused", () => {
    rejects([Op.GET_LOC, 1, Op.RETURN], /GET_LOC operand 1: slot 1 is out of range \(0\.\.0\)/);
    rejects([Op.PUSH_NULL, Op.STORE_CELL, 3, Op.RETURN_UNDEF], /STORE_CELL operand 1: slot 3 is out of range \(0\.\.1\)/, { nslots: 2, slotNames: ["a", "b"] });
    rejects([Op.GET_LOC, 0, Op.RETURN], /GET_LOC operand 1: slot 0 is out of range \(there are none\)/, { nslots: 0, slotNames: [] });
    // Both slots of a fused two-slot load.
    rejects([Op.GET_LOC2, 0, 1, Op.ADD, Op.RETURN], /GET_LOC2 operand 2: slot 1 is out of range/);
  });

  test("a capture index outside the captures is refused", () => {
    rejects([Op.GET_CAP, 0, Op.RETURN], /GET_CAP operand 1: capture index 0 is out of range \(there are none\)/);
    const captures = [{ fromParentSlot: true, index: 0, name: "x" }];
    rejects([Op.GET_CAP, 1, Op.RETURN], /GET_CAP operand 1: capture index 1 is out of range \(0\.\.0\)/, { captures });
    assert.equal(verifyFunction(fakeFn([Op.GET_CAP, 0, Op.RETURN], { captures })), 1);
  });

  test("a function index outside the program is refused", () => {
    rejects([Op.CLOSURE, 2, Op.RETURN], /CLOSURE operand 1: function index 2 is out of range \(0\.\.1\)/, {}, 2);
    rejects([Op.CLOSURE, -1, Op.RETURN], /CLOSURE operand 1: function index -1 is negative/);
    assert.equal(verifyFunction(fakeFn([Op.CLOSURE, 1, Op.RETURN]), 2), 1);
  });

  test("a negative count is refused", () => {
    rejects([Op.NEW_ARRAY, -1, Op.RETURN], /NEW_ARRAY operand 1: count -1 is negative/);
    rejects([Op.PUSH_UNDEF, Op.PUSH_UNDEF, Op.CALL, -2, 0, Op.RETURN], /CALL operand 1: count -2 is negative/, { consts: ["f"] });
  });

  test("unreachable instructions are checked too", () => {
    rejects([Op.RETURN_UNDEF, Op.GET_LOC, 9, Op.RETURN], /at 1: GET_LOC operand 1: slot 9 is out of range/);
    rejects([Op.RETURN_UNDEF, Op.JUMP, 7], /at 1: bad jump target 7/);
  });

  test("compile() output passes: every function of a program with closures, captures and constants", () => {
    const program = compile(
      `const k = "key"; let n = 0; function f(a, b) { const g = () => n + a; return [g(), b, k]; } try { n = f(1, 2) } finally { n++ } return n;`,
      { filename: "ok.js" },
    );
    assert.ok(program.functions.length >= 3);
    for (const fn of program.functions) assert.equal(verifyFunction(fn, program.functions.length), fn.maxStack);
  });
});
