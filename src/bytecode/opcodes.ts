// The opcode table: the single source of truth for the instruction set.
//
// Every other view of the instruction set derives from TABLE: the numeric codes
// (an opcode's code is its index here), the `Op` names, operand counts, the
// disassembler, the encoder's checks and the stack verifier. The interpreter's switch
// uses numeric literals (`case 12: // ADD`) because V8 only compiles a switch to a jump
// table when every label is a small-integer literal; test/opcodes.test.ts checks that
// each of those labels matches this table, so the two cannot drift apart.
//
// Operand kinds: i = integer, k = constant-pool index, j = jump target (absolute pc),
// s = frame slot, c = captured-cell index, f = function index, n = count.
// pops: a fixed number, or "n" / "n+1" / "n+2": the count operand plus that many.
// Facts: `terminal` ends a basic block without falling through (jump, return,
// throw); `jumpPushes` is what the instruction leaves on the stack, in place of what
// it pops, on its jump edge when that differs from the fall-through (`pushes`).

export const VAR = -1;

export type OperandKind = "i" | "k" | "j" | "s" | "c" | "f" | "n";

type Pops = number | "n" | "n+1" | "n+2";

interface Facts {
  readonly terminal?: true;
  readonly jumpPushes?: number;
}

type Row = readonly [name: string, operands: string, pops: Pops, pushes: number, doc: string, facts?: Facts];

const TABLE = [
  // constants and stack shuffling
  ["NOP", "", 0, 0, "->"],
  ["PUSH_UNDEF", "", 0, 1, "-> undefined"],
  ["PUSH_NULL", "", 0, 1, "-> null"],
  ["PUSH_TRUE", "", 0, 1, "-> true"],
  ["PUSH_FALSE", "", 0, 1, "-> false"],
  ["PUSH_INT", "i", 0, 1, "-> i"],
  ["PUSH_CONST", "k", 0, 1, "-> consts[k]"],
  ["POP", "", 1, 0, "a ->"],
  ["DUP", "", 1, 2, "a -> a a"],
  ["DUP2", "", 2, 4, "a b -> a b a b"],
  ["SWAP", "", 2, 2, "a b -> b a"],
  ["ROT3", "", 3, 3, "a b c -> c a b"],
  ["ROT4", "", 4, 4, "a b c d -> d a b c"],
  // locals, cells, captures, globals
  ["GET_LOC", "s", 0, 1, "-> slot[s]"],
  ["STORE_LOC", "s", 1, 0, "v -> ; slot[s] = v"],
  ["GET_LOC_CHK", "sk", 0, 1, "-> slot[s], ReferenceError if uninitialised (name consts[k])"],
  ["INIT_HOLE", "s", 0, 0, "-> ; slot[s] = <uninitialised>"],
  ["GET_CELL", "s", 0, 1, "-> slot[s].v"],
  ["STORE_CELL", "s", 1, 0, "v -> ; slot[s].v = v"],
  ["GET_CELL_CHK", "sk", 0, 1, "-> slot[s].v, ReferenceError if uninitialised"],
  ["STORE_CELL_CHK", "sk", 1, 0, "v -> ; slot[s].v = v, ReferenceError if uninitialised"],
  ["NEW_CELL", "s", 0, 0, "-> ; slot[s] = new cell(<uninitialised>)"],
  ["BOX_CELL", "s", 0, 0, "-> ; slot[s] = new cell(slot[s])"],
  ["FRESH_CELL", "s", 0, 0, "-> ; slot[s] = new cell(slot[s].v) (per-iteration binding)"],
  ["GET_CAP", "c", 0, 1, "-> captured[c].v"],
  ["STORE_CAP", "c", 1, 0, "v -> ; captured[c].v = v"],
  ["GET_CAP_CHK", "ck", 0, 1, "-> captured[c].v, ReferenceError if uninitialised"],
  ["STORE_CAP_CHK", "ck", 1, 0, "v -> ; captured[c].v = v, ReferenceError if uninitialised"],
  ["GET_GLOBAL", "k", 0, 1, "-> global[consts[k]], ReferenceError if absent"],
  ["TYPEOF_GLOBAL", "k", 0, 1, "-> typeof global[consts[k]] (no error if absent)"],
  ["GET_THIS", "", 0, 1, "-> this"],
  ["GET_CALLEE", "", 0, 1, "-> the running closure"],
  ["GET_ARGUMENTS", "", 0, 1, "-> array of the call's arguments"],
  ["CONST_ASSIGN", "k", 0, 0, "-> TypeError: assignment to constant consts[k]", { terminal: true }],
  // properties
  ["GET_PROP", "k", 1, 1, "obj -> obj[consts[k]]"],
  ["STORE_PROP", "k", 2, 1, "obj v -> v ; obj[consts[k]] = v"],
  ["GET_ELEM", "", 2, 1, "obj key -> obj[key]"],
  ["STORE_ELEM", "", 3, 1, "obj key v -> v ; obj[key] = v"],
  ["GET_METHOD", "k", 1, 2, "obj -> obj[consts[k]] obj"],
  ["GET_METHOD_ELEM", "", 2, 2, "obj key -> obj[key] obj"],
  ["DELETE_PROP", "k", 1, 1, "obj -> delete obj[consts[k]]"],
  ["DELETE_ELEM", "", 2, 1, "obj key -> delete obj[key]"],
  ["IN", "", 2, 1, "key obj -> key in obj"],
  ["INSTANCEOF", "", 2, 1, "v ctor -> v instanceof ctor"],
  // literals
  ["NEW_OBJECT", "", 0, 1, "-> {}"],
  ["NEW_ARRAY", "n", "n", 1, "v1..vn -> [v1..vn]"],
  ["ARRAY_PUSH", "", 2, 1, "arr v -> arr ; arr.push(v)"],
  ["ARRAY_SPREAD", "", 2, 1, "arr iterable -> arr ; arr.push(...iterable)"],
  ["DEFINE_FIELD", "k", 2, 1, "obj v -> obj ; define obj[consts[k]] = v"],
  ["DEFINE_ELEM", "", 3, 1, "obj key v -> obj ; define obj[key] = v"],
  ["DEFINE_GETTER", "", 3, 1, "obj key fn -> obj ; define getter"],
  ["DEFINE_SETTER", "", 3, 1, "obj key fn -> obj ; define setter"],
  ["OBJECT_SPREAD", "", 2, 1, "obj src -> obj ; copy own enumerable properties of src"],
  ["CLOSURE", "f", 0, 1, "-> new closure of function f"],
  ["REGEXP", "k", 0, 1, "-> new RegExp(consts[k])"],
  ["TEMPLATE", "n", "n", 1, "p1..pn -> String(p1)+..+String(pn)"],
  // operators
  ["ADD", "", 2, 1, "a b -> a+b"],
  ["SUB", "", 2, 1, "a b -> a-b"],
  ["MUL", "", 2, 1, "a b -> a*b"],
  ["DIV", "", 2, 1, "a b -> a/b"],
  ["MOD", "", 2, 1, "a b -> a%b"],
  ["POW", "", 2, 1, "a b -> a**b"],
  ["BIT_AND", "", 2, 1, "a b -> a&b"],
  ["BIT_OR", "", 2, 1, "a b -> a|b"],
  ["BIT_XOR", "", 2, 1, "a b -> a^b"],
  ["SHL", "", 2, 1, "a b -> a<<b"],
  ["SHR", "", 2, 1, "a b -> a>>b"],
  ["USHR", "", 2, 1, "a b -> a>>>b"],
  ["EQ", "", 2, 1, "a b -> a==b"],
  ["NE", "", 2, 1, "a b -> a!=b"],
  ["SEQ", "", 2, 1, "a b -> a===b"],
  ["SNE", "", 2, 1, "a b -> a!==b"],
  ["LT", "", 2, 1, "a b -> a<b"],
  ["LE", "", 2, 1, "a b -> a<=b"],
  ["GT", "", 2, 1, "a b -> a>b"],
  ["GE", "", 2, 1, "a b -> a>=b"],
  ["NEG", "", 1, 1, "a -> -a"],
  ["TO_NUMBER", "", 1, 1, "a -> +a"],
  ["NOT", "", 1, 1, "a -> !a"],
  ["BIT_NOT", "", 1, 1, "a -> ~a"],
  ["TYPEOF", "", 1, 1, "a -> typeof a"],
  ["INC", "", 1, 1, "a -> ToNumber(a)+1"],
  ["DEC", "", 1, 1, "a -> ToNumber(a)-1"],
  // control flow
  ["JUMP", "j", 0, 0, "-> ; pc = j", { terminal: true }],
  ["LOOP", "j", 0, 0, "-> ; pc = j (backward; charges the instruction budget)", { terminal: true }],
  ["JUMP_IF_FALSE", "j", 1, 0, "c -> ; if !c pc = j"],
  ["JUMP_IF_TRUE", "j", 1, 0, "c -> ; if c pc = j"],
  ["JUMP_IF_FALSE_KEEP", "j", 1, 0, "c -> c ; if !c pc = j (else pop)", { jumpPushes: 1 }],
  ["JUMP_IF_TRUE_KEEP", "j", 1, 0, "c -> c ; if c pc = j (else pop)", { jumpPushes: 1 }],
  ["JUMP_IF_NOT_NULLISH_KEEP", "j", 1, 0, "v -> v ; if v != null pc = j (else pop)", { jumpPushes: 1 }],
  ["JUMP_IF_NULLISH", "j", 1, 1, "v -> v | undefined ; if v == null: replace with undefined, pc = j"],
  ["JUMP_IF_CALLEE_NULLISH", "j", 2, 2, "fn this -> fn this | undefined ; if fn == null: drop both, push undefined, pc = j", { jumpPushes: 1 }],
  ["CALL", "nk", "n+2", 1, "fn this a1..an -> fn.call(this, a1..an) (consts[k]: callee text for errors)"],
  ["CALL_SPREAD", "k", 3, 1, "fn this args -> fn.apply(this, args)"],
  ["NEW", "nk", "n+1", 1, "ctor a1..an -> new ctor(a1..an)"],
  ["NEW_SPREAD", "k", 2, 1, "ctor args -> new ctor(...args)"],
  ["RETURN", "", 1, 0, "v -> ; return v", { terminal: true }],
  ["RETURN_UNDEF", "", 0, 0, "-> ; return undefined", { terminal: true }],
  ["THROW", "", 1, 0, "v -> ; throw v", { terminal: true }],
  ["TRY_PUSH", "j", 0, 0, "-> ; on throw: unwind to here, push the exception, pc = j", { jumpPushes: 1 }],
  ["TRY_POP", "", 0, 0, "-> ; drop the innermost handler"],
  ["THROW_CONST_ERROR", "ik", 0, 0, "-> ; throw a TypeError/ReferenceError (i) with message consts[k]", { terminal: true }],
  // iteration
  ["ITER_INIT", "", 1, 1, "iterable -> iter"],
  ["FORIN_INIT", "", 1, 1, "obj -> iter over enumerable keys"],
  ["ITER_NEXT", "j", 1, 2, "iter -> iter v ; when done: pop nothing more, pc = j with [iter]", { jumpPushes: 1 }],
  ["ITER_VALUE", "", 1, 2, "iter -> iter v (undefined when done)"],
  ["ITER_REST", "", 1, 2, "iter -> iter [rest...]"],
  // fused instructions (peephole)
  ["GET_LOC2", "ss", 0, 2, "-> slot[a] slot[b]"],
  ["INC_LOC", "s", 0, 0, "-> ; slot[s] = slot[s] + 1 (number fast path)"],
  ["ADD_LOC", "s", 1, 1, "a -> a + slot[s]"],
  ["ADD_CONST", "k", 1, 1, "a -> a + consts[k]"],
  ["LT_JUMP_IF_FALSE", "j", 2, 0, "a b -> ; if !(a<b) pc = j"],
  ["GET_LOC_PROP", "sk", 0, 1, "-> slot[s][consts[k]]"],
  // checks
  ["REQUIRE_OBJECT", "", 1, 1, "v -> v ; TypeError if v is null or undefined (destructuring)"],
  ["OBJECT_REST", "", 2, 1, "src keys -> copy of src's own enumerable properties except keys"],
  // more fused instructions (peephole)
  ["ADD_INT", "i", 1, 1, "a -> a + i"],
  ["SUB_INT", "i", 1, 1, "a -> a - i"],
  ["GET_CAP_U", "c", 0, 2, "-> captured[c].v undefined (callee and this of a plain call)"],
  ["GET_GLOBAL_U", "k", 0, 2, "-> global[consts[k]] undefined (callee and this of a plain call)"],
  ["LOC_LT_INT_JUMP_IF_FALSE", "sij", 0, 0, "-> ; if !(slot[s] < i) pc = j"],
  // classes (see compiler/classes.ts)
  ["MAKE_CLASS", "i", 2, 2, "parent F -> F proto ; F becomes a class (i=1: extending parent), proto its prototype"],
  ["DEFINE_METHOD", "i", 3, 1, "obj key fn -> obj ; define a non-enumerable method (i=0), getter (1) or setter (2)"],
  ["CHECK_CLASS_CALL", "k", 0, 0, "-> ; TypeError unless the frame was entered by new (class constructor consts[k])"],
  ["GET_NEW_TARGET", "", 0, 1, "-> new.target"],
  ["SUPER_CALL", "k", 3, 1, "F newTarget args -> obj ; construct F's parent (F.[[Prototype]]) with args and newTarget"],
  ["SUPER_GET", "", 3, 1, "home this key -> home.[[Prototype]][key] read with this as receiver"],
  ["THROW_IF_INIT", "", 1, 0, "v -> ; ReferenceError unless v is uninitialised (super() called twice)"],
  ["CHECK_DERIVED_RETURN", "", 2, 1, "v this -> v if an object, else this (errors for other values and an uninitialised this)"],
  ["NEW_PRIVATE", "kk", 0, 1, "-> a new private name consts[k] of class consts[k2]"],
  ["SET_PRIVATE_METHOD", "i", 2, 1, "name fn -> name ; the name is a method (i=0), getter (1) or setter (2)"],
  ["GET_PRIVATE", "", 2, 1, "obj name -> obj.#name"],
  ["SET_PRIVATE", "", 3, 1, "obj name v -> v ; obj.#name = v"],
  ["DEFINE_PRIVATE", "", 3, 1, "obj name v -> obj ; add the private field obj.#name = v"],
  ["ADD_PRIVATE_METHOD", "", 2, 1, "obj name -> obj ; add the private method or accessor named by name to obj"],
  ["HAS_PRIVATE", "", 2, 1, "obj name -> #name in obj"],
  // the iteration protocol for user iterators (see vm/interpreter.ts, "Iteration"): each
  // follows the instruction that calls the user's method, which returns to it; for
  // builtin iterators that instruction skips it
  ["ITER_WRAP", "", 1, 1, "iterator -> iter (after ITER_INIT called obj[Symbol.iterator]())"],
  ["ITER_RESULT", "j", 2, 2, "iter result -> iter result.value ; when result.done: pc = j with [iter] (after ITER_NEXT)", { jumpPushes: 1 }],
  ["ITER_RESULT_VALUE", "", 2, 2, "iter result -> iter value (undefined when done; after ITER_VALUE)"],
  ["ITER_CLOSE", "", 1, 1, "iter -> r ; calls iter.return() unless done (a builtin iterator: pops and skips ITER_CLOSE_RESULT)"],
  ["ITER_CLOSE_RESULT", "i", 1, 0, "r -> ; TypeError unless r is an object (i=0; i=1: a throw completion, r ignored)"],
  // generators (see vm/generators.ts): a generator's frame leaves the frame stack at
  // GEN_START and at each yield, its registers and operand stack kept by the generator
  // object, and is pushed again by next(), throw() and return()
  ["GEN_START", "", 0, 0, "-> ; returns a new generator holding this frame (its body runs from here on next())"],
  ["YIELD", "", 1, 2, "v -> received mode ; suspends, the caller gets {value: v, done: false}; resumed by next/throw/return (mode 0/1/2)"],
  ["GEN_RESUMED", "", 2, 1, "received mode -> received ; mode 1: throw received; mode 2: return received (through the finally blocks)"],
  ["GEN_RETURN", "", 1, 0, "v -> ; the generator is done, its caller gets {value: v, done: true}", { terminal: true }],
  ["GEN_FAIL", "", 1, 0, "exc -> ; the body's outermost handler: the generator is done; a return completes it, anything else is thrown on", { terminal: true }],
  ["GEN_CATCH", "", 1, 1, "exc -> exc ; a catch clause lets a generator's return completion pass (rethrows it)"],
  ["DELEGATE", "j", 3, 3, "iter received mode -> iter mode r ; yield*: r = the inner iterator's next/throw/return(received) (mode 0/1/2); throw() without a throw method: [iter], pc = j", { jumpPushes: 1 }],
  ["DELEGATE_RESULT", "j", 3, 3, "iter mode r -> iter mode r ; when r.done: [r.value], pc = j (mode 2: return r.value)", { jumpPushes: 1 }],
  ["YIELD_DELEGATE", "", 2, 2, "mode r -> received mode ; suspends, the caller gets r as it is (yield*)"],
  ["GEN_FUNCTION", "", 1, 1, "fn -> fn ; after CLOSURE of a generator function: its prototype becomes %GeneratorFunction.prototype%"],
  ["GEN_IF_RETURN", "j", 2, 2, "exc iter -> exc iter ; pc = j when exc is a generator's return completion (it closes the iterator as a return does)"],
  ["ARRAY_HOLE", "", 1, 1, "arr -> arr ; arr.length += 1, the new element a hole (an elision: [1, , 3])"],
  // async generators and for await (see vm/promises.ts, "Async generators"): an async
  // generator's `await` is YIELD, as in an async function; its `yield` is AGEN_YIELD
  ["AGEN_START", "", 0, 0, "-> ; returns a new async generator holding this frame (its body runs from here on next())"],
  ["AGEN_YIELD", "", 1, 2, "v -> received mode ; completes the first request with {value: v, done: false}; the next request's (value, mode), at once or when it comes"],
  ["AGEN_FUNCTION", "", 1, 1, "fn -> fn ; after CLOSURE of an async generator function: its prototypes (%AsyncGeneratorFunction.prototype%, and a prototype property)"],
  ["ITER_INIT_ASYNC", "", 1, 1, "obj -> obj[Symbol.asyncIterator]() (or its sync iterator wrapped by the prelude's %asyncFromSync), returning to ITER_WRAP"],
  ["ITER_CLOSE_ASYNC", "", 1, 1, "iter -> r ; as ITER_CLOSE, followed by the await of r (YIELD GEN_RESUMED) and ITER_CLOSE_RESULT, all skipped when nothing is called"],
  // tagged templates (see vm/templates.ts)
  ["TEMPLATE_OBJECT", "k", 0, 1, "-> the frozen strings array (with its frozen raw) of the call site consts[k], the same object each time in a run"],
  // classes (see vm/classes.ts)
  ["SUPER_SET", "", 4, 1, "home this key v -> v ; home.[[Prototype]][key] = v with this as the receiver"],
] as const satisfies readonly Row[];

export type OpName = (typeof TABLE)[number][0];

export interface OpInfo {
  readonly code: number;
  readonly name: OpName;
  readonly operands: readonly OperandKind[];
  /** Fixed pops, or VAR: the count operand plus `popsExtra`. */
  readonly pops: number;
  readonly popsExtra: number;
  /** Index of the count operand whose value `pops` depends on, or -1. */
  readonly countOperand: number;
  readonly pushes: number;
  /** Ends a basic block without falling through (jump, return, throw). */
  readonly terminal: boolean;
  /** Index of the jump-target operand, or -1. */
  readonly jumpOperand: number;
  /** Values left in place of the popped ones on the jump edge (equals `pushes` unless the row says otherwise). */
  readonly jumpPushes: number;
  readonly doc: string;
}

function info(row: (typeof TABLE)[number], code: number): OpInfo {
  const [name, operandText, pops, pushes, doc, facts]: Row & { readonly 0: OpName } = row;
  const operands = operandText.split("") as OperandKind[];
  return {
    code,
    name,
    operands,
    pops: typeof pops === "number" ? pops : VAR,
    popsExtra: typeof pops === "number" || pops === "n" ? 0 : Number(pops.slice(2)),
    countOperand: typeof pops === "number" ? -1 : operands.indexOf("n"),
    pushes,
    terminal: facts?.terminal === true,
    jumpOperand: operands.indexOf("j"),
    jumpPushes: facts?.jumpPushes ?? pushes,
    doc,
  };
}

export const OPS: readonly OpInfo[] = TABLE.map(info);

/** Opcode numbers by name, derived from TABLE: `Op.ADD` is checked by the type checker. */
export const Op: { readonly [K in OpName]: number } = Object.freeze(
  // Object.fromEntries cannot type its keys; OPS holds exactly one entry per OpName.
  Object.fromEntries(OPS.map((o) => [o.name, o.code])) as { [K in OpName]: number },
);

export function opInfo(code: number): OpInfo {
  const info = OPS[code];
  if (info === undefined) throw new Error(`unknown opcode ${code}`);
  return info;
}

/** Instruction length in code units: the opcode plus one unit per operand. */
export function instrLength(code: number): number {
  return 1 + opInfo(code).operands.length;
}

/** Net stack effect of one instruction, given its operands. */
export function stackEffect(code: number, operands: ArrayLike<number>): { pops: number; pushes: number } {
  const info = opInfo(code);
  const pops = info.pops === VAR ? operands[info.countOperand]! + info.popsExtra : info.pops;
  return { pops, pushes: info.pushes };
}
