// Code generation: ESTree (with the scope analysis) → bytecode functions.
//
// One FnGen per function. Statements leave the operand stack as they found it;
// expressions push exactly one value. Control transfers out of try/finally inline
// the finally block at each exit (break, continue, return), which keeps the VM free
// of "pending completion" state; exceptions reach finally through a handler.

import type * as acorn from "acorn";
import { Op } from "../bytecode/opcodes.js";
import type { CaptureRef, FunctionProto } from "../bytecode/program.js";
import { genClass, genDerivedResult, genFieldInits, genSuperAssign, genSuperCall, genSuperMember, loadPrivateName } from "./classes.js";
import { Emitter, LineMap } from "./emitter.js";
import { type Analysis, type Binding, type FnScope, type FunctionNode, type Scope, patternNames } from "./scope.js";
import { Unsupported, propertyKeyName } from "./unsupported.js";


/** Temps holding a destructuring target's object and computed key (key -1 when not computed). */
interface PreparedTarget {
  obj: number;
  key: number;
}

export { Unsupported, propertyKeyName };

/**
 * What `expr` compiles: an expression, or `super` and a private name, which ESTree puts
 * where expressions go (a callee, a member's object or property) and which are refused
 * with a message.
 */
type ExpressionLike = acorn.Expression | acorn.Super | acorn.PrivateIdentifier;

/** A call's or an array's elements. */
type Elements = readonly (acorn.Expression | acorn.SpreadElement)[];

/** Error kinds for THROW_CONST_ERROR. */
export const ErrorKind = { TypeError: 0, ReferenceError: 1 } as const;

interface Control {
  kind: "loop" | "switch" | "label" | "try" | "finally" | "iter";
  /** A for-of: leaving it early drops its handler and closes its iterator (the stack item). */
  closesIter?: boolean;
  /** A for await: closing awaits what the iterator's return() gives. */
  asyncIter?: boolean;
  labels: string[];
  breaks: number[];
  continues: number[];
  /** Operand-stack values this construct keeps while its body runs (popped on exit). */
  stackItems: number;
  /** For "finally": the block to inline when control leaves through it. */
  finalizer?: acorn.BlockStatement;
}

export interface CodegenContext {
  readonly source: string;
  readonly lineMap: LineMap;
  readonly analysis: Analysis;
  readonly functions: FunctionProto[];
}

const COMPOUND_OPS: Readonly<Record<Exclude<acorn.AssignmentOperator, "=" | "&&=" | "||=" | "??=">, number>> = {
  "+=": Op.ADD, "-=": Op.SUB, "*=": Op.MUL, "/=": Op.DIV, "%=": Op.MOD, "**=": Op.POW,
  "<<=": Op.SHL, ">>=": Op.SHR, ">>>=": Op.USHR, "&=": Op.BIT_AND, "|=": Op.BIT_OR, "^=": Op.BIT_XOR,
};

const BINARY_OPS: Readonly<Record<acorn.BinaryOperator, number>> = {
  "+": Op.ADD, "-": Op.SUB, "*": Op.MUL, "/": Op.DIV, "%": Op.MOD, "**": Op.POW,
  "&": Op.BIT_AND, "|": Op.BIT_OR, "^": Op.BIT_XOR, "<<": Op.SHL, ">>": Op.SHR, ">>>": Op.USHR,
  "==": Op.EQ, "!=": Op.NE, "===": Op.SEQ, "!==": Op.SNE, "<": Op.LT, "<=": Op.LE, ">": Op.GT, ">=": Op.GE,
  in: Op.IN, instanceof: Op.INSTANCEOF,
};

const UNARY_OPS: Readonly<Partial<Record<acorn.UnaryOperator, number>>> = { "-": Op.NEG, "+": Op.TO_NUMBER, "!": Op.NOT, "~": Op.BIT_NOT, typeof: Op.TYPEOF };

const FORBIDDEN_CALLS: Record<string, string> = {
  eval: "eval() is not supported",
  Function: "Function() is not supported",
  require: 'require() is not supported: import other files of the works folder with import (import { x } from "./lib/x.js")',
};

const ASYNC_RECEIVERS = new Set(["then", "catch", "finally"]);
const COMBINATORS = new Set(["all", "allSettled", "race", "any"]);

/** The first `await` (or `for await`) of a program's top level, outside its functions; null when there is none. */
export function topLevelAwait(node: acorn.Node): acorn.Node | null {
  let found: acorn.Node | null = null;
  const visit = (n: unknown): void => {
    if (found !== null || n === null || typeof n !== "object") return;
    if (Array.isArray(n)) {
      for (const x of n) visit(x);
      return;
    }
    const t = (n as acorn.Node).type;
    if (t === "AwaitExpression" || (t === "ForOfStatement" && (n as acorn.ForOfStatement).await)) {
      found = n as acorn.Node;
      return;
    }
    if (t === "FunctionDeclaration" || t === "FunctionExpression" || t === "ArrowFunctionExpression") return;
    for (const k in n as object) if (k !== "type" && k !== "start" && k !== "end" && k !== "loc") visit((n as Record<string, unknown>)[k]);
  };
  visit((node as acorn.Program).body);
  return found;
}

export class FnGen {
  readonly e: Emitter;
  private readonly control: Control[] = [];
  private readonly captureIndex = new Map<Binding, number>();
  private isMethod = false;
  /** A generator function (see vm/generators.ts for the code it gets). */
  private isGenerator = false;
  /** An async function, or a top level with `await` (vm/promises.ts): generated as a coroutine whose YIELD is await. */
  private isAsync = false;
  /** Calls in an async position (see FunctionProto.asyncCalls) and the pcs after their CALL. */
  private readonly asyncCallNodes = new Set<acorn.Node>();
  private readonly asyncPcs: number[] = [];
  /** Label set for the next loop statement (from LabeledStatement). */
  private pendingLabels: string[] = [];

  constructor(
    readonly ctx: CodegenContext,
    private readonly parent: FnGen | null,
    private readonly scope: FnScope,
  ) {
    this.e = new Emitter(ctx.lineMap);
  }

  // ---------------------------------------------------------------- functions

  /** Generates a whole function (or the program) and registers its prototype; returns its index. */
  static generate(ctx: CodegenContext, parent: FnGen | null, node: acorn.Program | FunctionNode, name: string, isMethod = false): number {
    const scope = ctx.analysis.scopes.get(node) as FnScope; // the analysis gives every function (and the program) an FnScope
    const index = ctx.functions.length;
    ctx.functions.push(null as unknown as FunctionProto); // reserve the index (program = 0)
    const g = new FnGen(ctx, parent, scope);
    g.isMethod = isMethod;
    const proto = g.genFunction(node, name, index);
    ctx.functions[index] = proto;
    return index;
  }

  private genFunction(node: acorn.Program | FunctionNode, name: string, index: number): FunctionProto {
    const e = this.e;
    const isProgram = node.type === "Program";
    const params: acorn.Pattern[] = isProgram ? [] : node.params;
    this.isGenerator = !isProgram && node.generator;
    this.isAsync = isProgram ? topLevelAwait(node) !== null : node.async;
    // A function can be generated more than once: a declaration inside a `finally` block
    // is compiled again wherever the block is inlined. Slots left by an earlier copy
    // describe that copy's frame, not this one's.
    for (const b of this.scope.names.values()) b.slot = -1;

    // Argument slots come first, in order; the rest parameter follows them.
    let nparams = 0;
    let length = -1;
    let restSlot = -1;
    const deferred: Array<{ slot: number; pattern: acorn.Pattern }> = [];
    for (const p of params) {
      if (p.type === "RestElement") {
        restSlot = e.allocSlot(p.argument.type === "Identifier" ? p.argument.name : "");
        if (length < 0) length = nparams;
        if (p.argument.type === "Identifier" && !this.scope.complexParams) this.bindingOf(p.argument).slot = restSlot;
        else deferred.push({ slot: restSlot, pattern: p.argument });
        continue;
      }
      const slot = e.allocSlot(p.type === "Identifier" ? p.name : "");
      nparams++;
      if (p.type === "Identifier" && !this.scope.complexParams) this.bindingOf(p).slot = slot;
      else {
        if (length < 0 && p.type === "AssignmentPattern") length = nparams - 1;
        deferred.push({ slot, pattern: p });
      }
    }
    if (length < 0) length = nparams;

    e.at(node);
    // An async function makes its promise before anything else: what its parameters'
    // initialisers throw rejects it, as in JS.
    let guard = -1;
    if (this.isAsync && !this.isGenerator) {
      e.emit(Op.GEN_START);
      guard = e.jump(Op.TRY_PUSH);
    }
    // Special bindings.
    const s = this.scope;
    const classCtor = s.classCtor;
    if (classCtor) e.emit(Op.CHECK_CLASS_CALL, e.constant(name));
    if (classCtor?.kind === "derived") {
      // `this` is uninitialised until super() returns.
      const b = s.thisBinding!;
      b.slot = e.allocSlot("this");
      e.emit(b.captured ? Op.NEW_CELL : Op.INIT_HOLE, b.slot);
    } else if (s.thisBinding?.captured) this.initSpecial(s.thisBinding, Op.GET_THIS);
    if (s.newTargetBinding?.captured) this.initSpecial(s.newTargetBinding, Op.GET_NEW_TARGET);
    if (s.argumentsBinding) this.initSpecial(s.argumentsBinding, Op.GET_ARGUMENTS);
    if (s.calleeBinding?.captured) this.initSpecial(s.calleeBinding, Op.GET_CALLEE);
    // Captured simple parameters move into cells.
    for (const b of s.names.values()) {
      if (b.kind === "param" && b.slot >= 0 && b.captured) e.emit(Op.BOX_CELL, b.slot);
    }
    // Other bindings of the function scope.
    this.enterScope(s, false);
    // A base class constructor adds the fields first; a field initializer is made of them.
    if (classCtor?.kind === "base" && classCtor.fields) {
      this.loadBinding(classCtor.fields.binding!, false, node);
      e.emit(Op.GET_THIS);
      e.emit(Op.CALL, 0, e.constant(name));
      e.emit(Op.POP);
    }
    const fieldsOf = isProgram ? undefined : this.ctx.analysis.fieldInits.get(node as acorn.FunctionExpression);
    if (fieldsOf) genFieldInits(this, fieldsOf);
    for (const d of deferred) {
      e.emit(Op.GET_LOC, d.slot);
      this.assignPattern(d.pattern, true);
    }
    // An arrow with an expression body (acorn's `expression` flag) returns its value.
    const body = isProgram ? node.body : node.body.type === "BlockStatement" ? node.body.body : node.body;
    this.hoistFunctions(s, Array.isArray(body) ? body : []);

    if (this.isGenerator || this.isAsync) {
      // A generator's call ends here, returning the generator; the body runs on next(),
      // inside a handler that finishes the generator when anything leaves it. An async
      // function's body runs on at once (its GEN_START and guard come first, above), and
      // the handler rejects its promise.
      if (!this.isAsync || this.isGenerator) {
        e.emit(this.isAsync ? Op.AGEN_START : Op.GEN_START);
        guard = e.jump(Op.TRY_PUSH);
      }
      if (!Array.isArray(body)) {
        // What an async function returns is awaited: a call there is in an async position.
        if (this.isAsync && body.type === "CallExpression") this.asyncCallNodes.add(body);
        this.expr(body);
      } else {
        for (const st of body as acorn.Statement[]) this.stmt(st);
        e.at(isProgram ? null : { start: node.end - 1 });
        e.emit(Op.PUSH_UNDEF);
      }
      e.emit(Op.GEN_RETURN);
      e.patch(guard);
      e.emit(Op.GEN_FAIL);
    } else if (!Array.isArray(body)) {
      this.expr(body);
      e.emit(Op.RETURN);
    } else {
      for (const st of body) this.stmt(st);
      e.at(isProgram ? null : { start: node.end - 1 });
      if (classCtor?.kind === "derived") {
        e.emit(Op.PUSH_UNDEF);
        genDerivedResult(this, s.thisBinding!, node);
        e.emit(Op.RETURN);
      } else e.emit(Op.RETURN_UNDEF);
    }

    e.threadJumps();
    return {
      index,
      name,
      code: Int32Array.from(e.code),
      consts: e.consts,
      nparams,
      length,
      nslots: e.slotNames.length,
      restSlot,
      captures: e.captures,
      isArrow: node.type === "ArrowFunctionExpression",
      constructable: !isProgram && node.type !== "ArrowFunctionExpression" && !node.async && !this.isMethod && !this.isGenerator,
      usesArguments: s.argumentsBinding !== null,
      maxStack: 0,
      lines: Int32Array.from(e.lines),
      slotNames: e.slotNames,
      ...(classCtor ? { classKind: classCtor.kind } : {}),
      ...(this.isGenerator ? { isGenerator: true } : {}),
      ...(this.isAsync ? { isAsync: true } : {}),
      ...(this.asyncPcs.length > 0 ? { asyncCalls: this.asyncPcs } : {}),
    };
  }

  private initSpecial(b: Binding, loadOp: number): void {
    b.slot = this.e.allocSlot(b.name);
    this.e.emit(loadOp);
    this.e.emit(Op.STORE_LOC, b.slot);
    if (b.captured) this.e.emit(Op.BOX_CELL, b.slot);
  }

  private bindingOf(id: acorn.Identifier): Binding {
    const ref = this.ctx.analysis.refs.get(id);
    if (!ref?.binding) throw new Unsupported(id, `internal: unresolved declaration ${id.name}`);
    return ref.binding;
  }

  /** Allocates slots for a scope's bindings and sets up cells and TDZ holes. */
  enterScope(scope: Scope, isBlock: boolean): void {
    const e = this.e;
    for (const b of scope.names.values()) {
      if (b.slot >= 0 && !isBlock) continue; // parameters and specials already placed
      if (b.kind === "callee") continue; // loaded with GET_CALLEE unless captured
      if (b.slot < 0 || isBlock) b.slot = e.allocSlot(b.name);
      const lexical = b.kind === "let" || b.kind === "const" || b.paramTdz;
      if (b.captured) {
        if (lexical) e.emit(Op.NEW_CELL, b.slot);
        else {
          e.emit(Op.PUSH_UNDEF);
          e.emit(Op.STORE_LOC, b.slot);
          e.emit(Op.BOX_CELL, b.slot);
        }
      } else if (lexical && b.tdz) e.emit(Op.INIT_HOLE, b.slot);
      else if (isBlock && (b.kind === "catch" || lexical)) {
        // A block entered again (loop body) starts with fresh, undefined bindings.
      }
    }
  }

  private hoistFunctions(_scope: Scope, statements: readonly (acorn.Statement | acorn.ModuleDeclaration)[]): void {
    for (const st of statements) {
      if (st.type === "FunctionDeclaration") {
        const b = this.bindingOf(st.id);
        this.closure(st, st.id.name);
        this.storeBinding(b, true, st.id);
      }
    }
  }

  closure(node: FunctionNode, name: string, isMethod = false): void {
    const f = FnGen.generate(this.ctx, this, node, name, isMethod);
    this.e.at(node);
    this.e.emit(Op.CLOSURE, f);
    if (node.generator) this.e.emit(node.async ? Op.AGEN_FUNCTION : Op.GEN_FUNCTION);
  }

  /** Index of `b` among this function's captured cells, adding it (and to parents) as needed. */
  private capture(b: Binding): number {
    let i = this.captureIndex.get(b);
    if (i !== undefined) return i;
    const parent = this.parent!;
    let ref: CaptureRef;
    if (parent.scope === b.fn) ref = { fromParentSlot: true, index: b.slot, name: b.name };
    else ref = { fromParentSlot: false, index: parent.capture(b), name: b.name };
    i = this.e.captures.length;
    this.e.captures.push(ref);
    this.captureIndex.set(b, i);
    return i;
  }

  // ---------------------------------------------------------------- variables

  private loadIdentifier(id: acorn.Identifier): void {
    const ref = this.ctx.analysis.refs.get(id);
    const e = this.e;
    if (!ref || !ref.binding) {
      e.at(id);
      if (id.name === "undefined") e.emit(Op.PUSH_UNDEF);
      else e.emit(Op.GET_GLOBAL, e.constant(id.name));
      return;
    }
    this.loadBinding(ref.binding, ref.checked, id);
  }

  loadBinding(b: Binding, checked: boolean, at: acorn.AnyNode): void {
    const e = this.e;
    e.at(at);
    if (b.fn !== this.scope) {
      const c = this.capture(b);
      if (checked) e.emit(Op.GET_CAP_CHK, c, e.constant(b.name));
      else e.emit(Op.GET_CAP, c);
      return;
    }
    if (b.kind === "this" && !b.captured && !b.tdz) return void e.emit(Op.GET_THIS);
    if (b.kind === "newtarget" && !b.captured) return void e.emit(Op.GET_NEW_TARGET);
    if (b.kind === "callee" && !b.captured) return void e.emit(Op.GET_CALLEE);
    if (b.captured) {
      if (checked) e.emit(Op.GET_CELL_CHK, b.slot, e.constant(b.name));
      else e.emit(Op.GET_CELL, b.slot);
    } else if (checked) e.emit(Op.GET_LOC_CHK, b.slot, e.constant(b.name));
    else e.emit(Op.GET_LOC, b.slot);
  }

  /** Stores the value on top of the stack into `b` (consuming it). */
  storeBinding(b: Binding, isInit: boolean, at: acorn.AnyNode, checked = false): void {
    const e = this.e;
    e.at(at);
    if (!isInit && (b.kind === "const" || b.kind === "callee")) {
      e.emit(Op.POP);
      if (checked) this.loadBinding(b, true, at); // TDZ error wins over const error
      if (checked) e.emit(Op.POP);
      e.emit(Op.CONST_ASSIGN, e.constant(b.name));
      return;
    }
    const chk = checked && !isInit;
    if (b.fn !== this.scope) {
      const c = this.capture(b);
      if (chk) e.emit(Op.STORE_CAP_CHK, c, e.constant(b.name));
      else e.emit(Op.STORE_CAP, c);
    } else if (b.captured) {
      if (chk) e.emit(Op.STORE_CELL_CHK, b.slot, e.constant(b.name));
      else e.emit(Op.STORE_CELL, b.slot);
    } else {
      if (chk) {
        // Writing an uninitialised let: the check load raises; otherwise store.
        e.emit(Op.GET_LOC_CHK, b.slot, e.constant(b.name));
        e.emit(Op.POP);
      }
      e.emit(Op.STORE_LOC, b.slot);
    }
  }

  /** Stores top of stack into the identifier as an assignment target. */
  private storeIdentifier(id: acorn.Identifier, isInit: boolean): void {
    const ref = this.ctx.analysis.refs.get(id);
    if (!ref || !ref.binding) {
      this.e.at(id);
      this.e.emit(Op.POP);
      this.e.emit(Op.THROW_CONST_ERROR, ErrorKind.ReferenceError, this.e.constant(`${id.name} is not defined`));
      return;
    }
    this.storeBinding(ref.binding, isInit, id, ref.checked);
  }

  // ---------------------------------------------------------------- patterns

  /**
   * A destructuring element whose target is a property (`[a.b, c[d()]] = it`,
   * `({ k: o[f()] } = v)`): its object and computed key are evaluated into temps before
   * the element's value is read (the iterator stepped, the property got), as the spec's
   * order has it; assignPattern then stores through them. Null for other targets.
   */
  private prepareTarget(p: acorn.Pattern): PreparedTarget | null {
    const t = p.type === "AssignmentPattern" ? p.left : p;
    if (t.type !== "MemberExpression") return null;
    if (t.object.type === "Super") throw new Unsupported(t, "a property of super as a destructuring target is not supported (assign it after: super.x = v)");
    const e = this.e;
    this.expr(t.object);
    const obj = e.allocSlot("");
    e.emit(Op.STORE_LOC, obj);
    let key = -1;
    if (t.computed) {
      this.expr(t.property as acorn.Expression);
      key = e.allocSlot("");
      e.emit(Op.STORE_LOC, key);
    }
    return { obj, key };
  }

  /** Destructures the value on top of the stack into `p` (consuming it); `prepared` from prepareTarget(p). */
  private assignPattern(p: acorn.Pattern, isInit: boolean, prepared: PreparedTarget | null = null): void {
    const e = this.e;
    switch (p.type) {
      case "Identifier":
        return this.storeIdentifier(p, isInit);
      case "MemberExpression": {
        if (prepared !== null) {
          // obj (key) value, from the temps under the value.
          e.emit(Op.GET_LOC, prepared.obj);
          e.emit(Op.SWAP);
          if (p.computed) {
            e.emit(Op.GET_LOC, prepared.key);
            e.emit(Op.SWAP);
            e.at(p);
            e.emit(Op.STORE_ELEM);
          } else if (p.property.type === "PrivateIdentifier") {
            loadPrivateName(this, p.property);
            e.emit(Op.SWAP);
            e.at(p);
            e.emit(Op.SET_PRIVATE);
          } else {
            e.at(p.property);
            e.emit(Op.STORE_PROP, e.constant(staticName(p)));
          }
          e.emit(Op.POP);
          return;
        }
        const tmp = e.allocSlot("");
        e.emit(Op.STORE_LOC, tmp);
        if (p.object.type === "Super") throw new Unsupported(p, "a property of super as a destructuring target is not supported (assign it after: super.x = v)");
        this.expr(p.object);
        if (p.computed) {
          this.expr(p.property);
          e.emit(Op.GET_LOC, tmp);
          e.at(p);
          e.emit(Op.STORE_ELEM);
        } else if (p.property.type === "PrivateIdentifier") {
          loadPrivateName(this, p.property);
          e.emit(Op.GET_LOC, tmp);
          e.at(p);
          e.emit(Op.SET_PRIVATE);
        } else {
          e.emit(Op.GET_LOC, tmp);
          e.at(p.property);
          e.emit(Op.STORE_PROP, e.constant(staticName(p)));
        }
        e.emit(Op.POP);
        return;
      }
      case "AssignmentPattern": {
        e.emit(Op.DUP);
        e.emit(Op.PUSH_UNDEF);
        e.emit(Op.SEQ);
        const skip = e.jump(Op.JUMP_IF_FALSE);
        e.emit(Op.POP);
        this.namedExpr(p.right, p.left.type === "Identifier" ? p.left.name : "");
        e.patch(skip);
        return this.assignPattern(p.left, isInit, prepared);
      }
      case "ObjectPattern": {
        e.at(p);
        e.emit(Op.REQUIRE_OBJECT);
        // Keys taken so far, for a rest element: constants, or temps holding computed keys.
        const taken: Array<{ key: string } | { slot: number }> = [];
        const hasRest = p.properties.some((q) => q.type === "RestElement");
        for (const prop of p.properties) {
          if (prop.type === "RestElement") {
            const target = this.prepareTarget(prop.argument);
            e.emit(Op.DUP);
            for (const t of taken) {
              if ("key" in t) e.emit(Op.PUSH_CONST, e.constant(t.key));
              else e.emit(Op.GET_LOC, t.slot);
            }
            e.emit(Op.NEW_ARRAY, taken.length);
            e.emit(Op.OBJECT_REST);
            this.assignPattern(prop.argument, isInit, target);
            continue;
          }
          e.emit(Op.DUP);
          let target: PreparedTarget | null;
          if (prop.computed) {
            this.expr(prop.key);
            if (hasRest) {
              const slot = e.allocSlot("");
              e.emit(Op.DUP);
              e.emit(Op.STORE_LOC, slot);
              taken.push({ slot });
            }
            // The key, then the target's reference, then the get.
            target = this.prepareTarget(prop.value);
            e.at(prop);
            e.emit(Op.GET_ELEM);
          } else {
            const k = propertyKeyName(prop.key);
            taken.push({ key: k });
            target = this.prepareTarget(prop.value);
            e.at(prop.key);
            e.emit(Op.GET_PROP, e.constant(k));
          }
          this.assignPattern(prop.value, isInit, target);
        }
        if (p.properties.length === 0) {
          // `{} = v` still requires v to be an object-coercible value
          e.emit(Op.DUP);
          e.emit(Op.GET_PROP, e.constant("constructor"));
          e.emit(Op.POP);
        }
        e.emit(Op.POP);
        return;
      }
      case "ArrayPattern": {
        e.at(p);
        this.iterInit();
        // Targets that can throw (defaults, nested patterns, properties, assignments to
        // existing bindings) get a handler that closes the iterator; declaring plain names cannot.
        const canThrow = !isInit || p.elements.some((el) => el !== null && el.type !== "Identifier" && !(el.type === "RestElement" && el.argument.type === "Identifier"));
        const handler = canThrow ? e.jump(Op.TRY_PUSH) : -1;
        for (const el of p.elements) {
          if (el === null) {
            e.emit(Op.ITER_VALUE);
            e.emit(Op.ITER_RESULT_VALUE);
            e.emit(Op.POP);
          } else if (el.type === "RestElement") {
            const target = this.prepareTarget(el.argument);
            e.emit(Op.ITER_REST);
            this.assignPattern(el.argument, isInit, target);
          } else {
            // A property target's reference is evaluated before the iterator is stepped.
            const target = this.prepareTarget(el);
            e.emit(Op.ITER_VALUE);
            e.emit(Op.ITER_RESULT_VALUE);
            this.assignPattern(el, isInit, target);
          }
        }
        // An iterator the pattern did not exhaust is closed (its return() is called).
        e.at(p);
        if (handler < 0) {
          this.iterClose(0);
          return;
        }
        e.emit(Op.TRY_POP);
        this.iterClose(0);
        const after = e.jump(Op.JUMP);
        this.closeOnThrow(handler);
        e.patch(after);
        return;
      }
    }
    throw new Unsupported(p, `${p.type} is not supported as an assignment target`);
  }

  // ---------------------------------------------------------------- statements

  private stmts(list: readonly acorn.Statement[]): void {
    for (const s of list) this.stmt(s);
  }

  private block(node: acorn.BlockStatement, statements: readonly acorn.Statement[]): void {
    const scope = this.ctx.analysis.scopes.get(node);
    if (scope && scope.names.size) {
      this.enterScope(scope, true);
      this.hoistFunctions(scope, statements);
    }
    this.stmts(statements);
  }

  stmt(node: acorn.Statement | acorn.ModuleDeclaration): void {
    const e = this.e;
    e.at(node);
    switch (node.type) {
      case "EmptyStatement":
      case "DebuggerStatement":
        return;
      case "ExpressionStatement":
        return this.exprStatement(node.expression);
      case "VariableDeclaration":
        return this.varDecl(node);
      case "FunctionDeclaration":
        return; // hoisted
      case "ReturnStatement": {
        // Outside try blocks (whose catch expects the call's own error), what an async function returns is awaited: an async position.
        if (this.isAsync && !this.isGenerator && node.argument?.type === "CallExpression" && !this.control.some((c) => c.kind === "try" || c.kind === "finally")) this.asyncCallNodes.add(node.argument);
        if (node.argument) this.expr(node.argument);
        else e.emit(Op.PUSH_UNDEF);
        if (this.isGenerator && this.isAsync && node.argument) {
          // An async generator's return awaits its value.
          e.at(node);
          this.await();
        }
        this.exitAll();
        e.at(node);
        if (this.scope.classCtor?.kind === "derived") genDerivedResult(this, this.scope.thisBinding!, node);
        e.emit(this.isGenerator || this.isAsync ? Op.GEN_RETURN : Op.RETURN);
        return;
      }
      case "IfStatement": {
        this.condition(node.test);
        const toElse = e.jump(Op.JUMP_IF_FALSE);
        this.stmt(node.consequent);
        if (node.alternate) {
          const toEnd = e.jump(Op.JUMP);
          e.patch(toElse);
          this.stmt(node.alternate);
          e.patch(toEnd);
        } else e.patch(toElse);
        return;
      }
      case "BlockStatement":
        return this.block(node, node.body);
      case "ThrowStatement":
        this.expr(node.argument);
        e.at(node);
        e.emit(Op.THROW);
        return;
      case "WhileStatement":
        return this.whileLoop(node);
      case "DoWhileStatement":
        return this.doWhile(node);
      case "ForStatement":
        return this.forLoop(node);
      case "ForOfStatement":
        return this.forInOf(node);
      case "ForInStatement":
        return this.forInOf(node);
      case "BreakStatement":
      case "ContinueStatement":
        return this.breakContinue(node);
      case "LabeledStatement":
        return this.labeled(node);
      case "SwitchStatement":
        return this.switchStmt(node);
      case "TryStatement":
        return this.tryStmt(node);
      case "WithStatement":
        throw new Unsupported(node, "'with' is not supported");
      case "ClassDeclaration":
        genClass(this, node, node.id.name);
        this.storeIdentifier(node.id, true);
        return;
      case "ImportDeclaration":
      case "ExportNamedDeclaration":
      case "ExportDefaultDeclaration":
      case "ExportAllDeclaration":
        throw new Unsupported(node, "internal: module declarations are taken out before code generation (compiler/modules.ts)");
    }
    return notSupported(node);
  }

  private exprStatement(x: acorn.Expression): void {
    const e = this.e;
    if (x.type === "AssignmentExpression") return this.assign(x, false);
    if (x.type === "UpdateExpression") return this.update(x, false);
    this.expr(x);
    e.emit(Op.POP);
  }

  private varDecl(node: acorn.VariableDeclaration): void {
    const e = this.e;
    for (const d of node.declarations) {
      if (d.init) {
        this.namedExpr(d.init, d.id.type === "Identifier" ? d.id.name : "");
        this.assignPattern(d.id, true);
      } else if (node.kind !== "var") {
        e.emit(Op.PUSH_UNDEF);
        this.assignPattern(d.id, true);
      }
    }
  }

  /** Compiles a condition; used for fusion-friendly comparisons. */
  private condition(test: acorn.Expression): void {
    this.expr(test);
  }

  private pushControl(kind: Control["kind"], stackItems = 0, finalizer?: acorn.BlockStatement): Control {
    const c: Control = { kind, labels: this.pendingLabels, breaks: [], continues: [], stackItems, finalizer };
    this.pendingLabels = [];
    this.control.push(c);
    return c;
  }

  private whileLoop(node: acorn.WhileStatement): void {
    const e = this.e;
    const c = this.pushControl("loop");
    const top = e.here();
    this.condition(node.test);
    const exit = e.jump(Op.JUMP_IF_FALSE);
    this.stmt(node.body);
    const cont = e.here();
    for (const j of c.continues) e.patch(j, cont);
    e.loop(top);
    e.patch(exit);
    this.popControl(c);
  }

  private doWhile(node: acorn.DoWhileStatement): void {
    const e = this.e;
    const c = this.pushControl("loop");
    const top = e.here();
    this.stmt(node.body);
    const cont = e.here();
    for (const j of c.continues) e.patch(j, cont);
    this.condition(node.test);
    const exit = e.jump(Op.JUMP_IF_FALSE);
    e.loop(top);
    e.patch(exit);
    this.popControl(c);
  }

  private forLoop(node: acorn.ForStatement): void {
    const e = this.e;
    const head = this.ctx.analysis.scopes.get(node);
    const labels = this.pendingLabels;
    this.pendingLabels = [];
    if (head && head.names.size) this.enterScope(head, true);
    if (node.init) {
      if (node.init.type === "VariableDeclaration") this.varDecl(node.init);
      else this.exprStatement(node.init);
    }
    // Per-iteration bindings: captured loop variables get a fresh cell each iteration.
    const perIteration = head ? [...head.names.values()].filter((b) => b.captured) : [];
    // The first iteration gets its own copy too (closures made in the initializer keep theirs).
    for (const b of perIteration) e.emit(Op.FRESH_CELL, b.slot);
    this.pendingLabels = labels;
    const c = this.pushControl("loop");
    const top = e.here();
    let exit = -1;
    if (node.test) {
      this.condition(node.test);
      exit = e.jump(Op.JUMP_IF_FALSE);
    }
    this.stmt(node.body);
    const cont = e.here();
    for (const j of c.continues) e.patch(j, cont);
    for (const b of perIteration) e.emit(Op.FRESH_CELL, b.slot);
    if (node.update) this.exprStatement(node.update);
    e.loop(top);
    if (exit >= 0) e.patch(exit);
    this.popControl(c);
  }

  /** ITER_INIT and the ITER_WRAP it returns to after calling a script's [Symbol.iterator](). */
  private iterInit(): void {
    this.e.emit(Op.ITER_INIT);
    this.e.emit(Op.ITER_WRAP);
  }

  /** Closes the iterator on top of the stack (calls its return() unless done; an async one's result is awaited); `mode` 1: for a throw, the result is not checked. */
  private iterClose(mode: 0 | 1, isAsync = false): void {
    if (isAsync) {
      this.e.emit(Op.ITER_CLOSE_ASYNC);
      this.await();
    } else this.e.emit(Op.ITER_CLOSE);
    this.e.emit(Op.ITER_CLOSE_RESULT, mode);
  }

  /** The awaits of coroutines: YIELD is await in an async function or generator. */
  private await(): void {
    this.e.emit(Op.YIELD);
    this.e.emit(Op.GEN_RESUMED);
  }

  private forInOf(node: acorn.ForInStatement | acorn.ForOfStatement): void {
    const e = this.e;
    const head = this.ctx.analysis.scopes.get(node)!;
    const isOf = node.type === "ForOfStatement";
    // for await: the iterator is the async one (ITER_INIT_ASYNC), each next() result and each close awaited.
    const isAwait = isOf && (node as acorn.ForOfStatement).await;
    this.expr(node.right);
    e.at(node.right);
    if (isAwait) {
      e.emit(Op.ITER_INIT_ASYNC);
      e.emit(Op.ITER_WRAP);
    } else if (isOf) this.iterInit();
    else e.emit(Op.FORIN_INIT);
    // for-of: a handler around the loop closes the iterator when the body throws.
    const handler = isOf ? e.jump(Op.TRY_PUSH) : -1;
    const c = this.pushControl("loop", 1);
    c.closesIter = isOf;
    c.asyncIter = isAwait;
    const top = e.here();
    const done = e.jump(Op.ITER_NEXT);
    e.at(node.right);
    if (isAwait) this.await();
    const done2 = e.jump(Op.ITER_RESULT);
    // Fresh bindings each iteration.
    if (head.names.size) this.enterScope(head, true);
    if (node.left.type === "VariableDeclaration") this.assignPattern(node.left.declarations[0].id, true);
    else this.assignPattern(node.left, false);
    this.stmt(node.body);
    const cont = e.here();
    for (const j of c.continues) e.patch(j, cont);
    e.loop(top);
    e.patch(done);
    e.patch(done2);
    if (!isOf) {
      // Breaks land here too: pop the iterator.
      this.popControl(c, true);
      return;
    }
    // Breaks land here too: drop the handler, close the iterator (a no-op once it is done).
    this.popControl(c);
    e.emit(Op.TRY_POP);
    e.at(node);
    this.iterClose(0, isAwait);
    const after = e.jump(Op.JUMP);
    this.closeOnThrow(handler, isAwait);
    e.patch(after);
  }

  /** The handler at `handler` gets [iter exc]: it closes the iterator (dropping any error of return()) and rethrows. */
  private closeOnThrow(handler: number, isAsync = false): void {
    const e = this.e;
    e.patch(handler);
    e.emit(Op.SWAP);
    // In a generator, return() arrives here too: the iterator is closed as by a return (what its return() throws wins).
    const asReturn = this.isGenerator ? e.jump(Op.GEN_IF_RETURN) : -1;
    const quiet = e.jump(Op.TRY_PUSH);
    this.iterClose(1, isAsync);
    e.emit(Op.TRY_POP);
    e.emit(Op.THROW);
    e.patch(quiet);
    e.emit(Op.POP);
    e.emit(Op.POP);
    e.emit(Op.THROW);
    if (asReturn >= 0) {
      e.patch(asReturn);
      this.iterClose(0, isAsync);
      e.emit(Op.THROW);
    }
  }

  /** Closes a control entry: patches its breaks (to a POP of its stack items when it has some). */
  private popControl(c: Control, hasItems = false): void {
    const e = this.e;
    this.control.pop();
    const end = e.here();
    for (const j of c.breaks) e.patch(j, end);
    if (hasItems) for (let i = 0; i < c.stackItems; i++) e.emit(Op.POP);
  }

  private labeled(node: acorn.LabeledStatement): void {
    const body = node.body;
    const loops = ["WhileStatement", "DoWhileStatement", "ForStatement", "ForOfStatement", "ForInStatement"];
    if (loops.includes(body.type)) {
      this.pendingLabels = [...this.pendingLabels, node.label.name];
      return this.stmt(body);
    }
    if (body.type === "LabeledStatement") {
      this.pendingLabels = [...this.pendingLabels, node.label.name];
      return this.labeled(body);
    }
    if (body.type === "FunctionDeclaration") throw new Unsupported(body, "labelled function declarations are not supported");
    this.pendingLabels = [...this.pendingLabels, node.label.name];
    const c = this.pushControl("label");
    this.stmt(body);
    this.popControl(c);
  }

  private breakContinue(node: acorn.BreakStatement | acorn.ContinueStatement): void {
    const e = this.e;
    const isBreak = node.type === "BreakStatement";
    const label: string | null = node.label ? node.label.name : null;
    // Find the target, unwinding what lies between.
    let target = -1;
    for (let i = this.control.length - 1; i >= 0; i--) {
      const c = this.control[i]!;
      if (label !== null ? c.labels.includes(label) && (isBreak || c.kind === "loop") : isBreak ? c.kind === "loop" || c.kind === "switch" : c.kind === "loop") {
        target = i;
        break;
      }
    }
    if (target < 0) throw new Unsupported(node, `illegal ${isBreak ? "break" : "continue"} statement`);
    this.unwindTo(target + 1);
    const t = this.control[target]!;
    // A continue stays inside the loop: its stack items remain.
    if (isBreak) {
      // Breaks land after the construct's own POPs? No: they land on the construct's end,
      // which pops its stack items itself.
      t.breaks.push(e.jump(Op.JUMP));
    } else t.continues.push(e.jump(Op.JUMP));
  }

  /**
   * Emits what leaving control entries [depth..top] requires: popping their stack
   * items (unless the whole frame is going away), dropping handlers and running finally
   * blocks (innermost first).
   */
  private unwindTo(depth: number, popItems = true): void {
    const e = this.e;
    const saved = this.control.slice();
    for (let i = this.control.length - 1; i >= depth; i--) {
      const c = this.control[i]!;
      if (c.closesIter) {
        // Leaving a for-of early: drop its handler and close its iterator.
        e.emit(Op.TRY_POP);
        this.iterClose(0, c.asyncIter === true);
      } else if (popItems) for (let k = 0; k < c.stackItems; k++) e.emit(Op.POP);
      if (c.kind === "try") e.emit(Op.TRY_POP);
      if (c.kind === "finally") {
        e.emit(Op.TRY_POP);
        // The finally body runs outside the entries it leaves.
        this.control.length = i;
        this.stmt(c.finalizer!); // a "finally" entry always carries its block
        this.control.length = saved.length;
        for (let k = 0; k < saved.length; k++) this.control[k] = saved[k]!;
      }
    }
  }

  /** Before `return`: the value waits in a temporary while handlers drop and finally blocks run. */
  private exitAll(): void {
    if (!this.control.some((c) => c.kind === "try" || c.kind === "finally" || c.closesIter)) return;
    const e = this.e;
    const tmp = e.allocSlot("");
    e.emit(Op.STORE_LOC, tmp);
    // The stack items go too when an iterator is to be closed (it must be on top when its turn comes).
    this.unwindTo(0, this.control.some((c) => c.closesIter));
    e.emit(Op.GET_LOC, tmp);
  }

  private switchStmt(node: acorn.SwitchStatement): void {
    const e = this.e;
    this.expr(node.discriminant);
    const c = this.pushControl("switch", 1);
    const scope = this.ctx.analysis.scopes.get(node);
    if (scope && scope.names.size) {
      this.enterScope(scope, true);
      this.hoistFunctions(scope, node.cases.flatMap((k) => k.consequent));
    }
    const jumps: number[] = [];
    for (const k of node.cases) {
      if (!k.test) {
        jumps.push(-1);
        continue;
      }
      e.emit(Op.DUP);
      this.expr(k.test);
      e.at(k);
      e.emit(Op.SEQ);
      jumps.push(e.jump(Op.JUMP_IF_TRUE));
    }
    const toDefault = e.jump(Op.JUMP);
    let hasDefault = false;
    node.cases.forEach((k, i) => {
      if (!k.test) {
        hasDefault = true;
        e.patch(toDefault);
      } else e.patch(jumps[i]!);
      this.stmts(k.consequent);
    });
    if (!hasDefault) e.patch(toDefault);
    this.popControl(c, true);
  }

  private tryStmt(node: acorn.TryStatement): void {
    const e = this.e;
    const finalizer = node.finalizer;
    let finHandler = -1;
    let fin: Control | null = null;
    if (finalizer) {
      finHandler = e.jump(Op.TRY_PUSH);
      fin = this.pushControl("finally", 0, finalizer);
    }
    if (node.handler) {
      const catchHandler = e.jump(Op.TRY_PUSH);
      const t = this.pushControl("try");
      this.stmt(node.block);
      this.control.pop();
      e.emit(Op.TRY_POP);
      const toEnd = e.jump(Op.JUMP);
      e.patch(catchHandler);
      // The exception is on the stack (a generator's return completion passes on).
      if (this.isGenerator) e.emit(Op.GEN_CATCH);
      const h = node.handler;
      const scope = this.ctx.analysis.scopes.get(h);
      if (scope && scope.names.size) this.enterScope(scope, true);
      e.at(h);
      if (h.param) this.assignPattern(h.param, true);
      else e.emit(Op.POP);
      this.stmt(h.body);
      e.patch(toEnd);
      void t;
    } else this.stmt(node.block);
    if (finalizer) {
      this.control.pop();
      e.emit(Op.TRY_POP);
      this.stmt(finalizer);
      const toEnd = e.jump(Op.JUMP);
      e.patch(finHandler);
      const tmp = e.allocSlot("");
      e.emit(Op.STORE_LOC, tmp);
      this.stmt(finalizer);
      e.emit(Op.GET_LOC, tmp);
      e.emit(Op.THROW);
      e.patch(toEnd);
      void fin;
    }
  }

  // ---------------------------------------------------------------- expressions

  /**
   * `yield v` suspends with v and evaluates to what next() passes (throw() and return()
   * continue as a throw or a return from here). `yield* it` delegates to the iterator:
   * [iter received mode] loop, each turn calling its next/throw/return and yielding its
   * result as it is, until a result is done; that result's value is the expression's.
   */
  private yieldExpr(node: acorn.YieldExpression): void {
    const e = this.e;
    if (node.argument) this.expr(node.argument);
    else e.emit(Op.PUSH_UNDEF);
    e.at(node);
    if (this.isAsync) return this.asyncYield(node);
    if (!node.delegate) {
      e.emit(Op.YIELD);
      e.emit(Op.GEN_RESUMED);
      return;
    }
    this.iterInit();
    e.emit(Op.PUSH_UNDEF);
    e.emit(Op.PUSH_INT, 0);
    const top = e.here();
    const noThrow = e.jump(Op.DELEGATE);
    const done = e.jump(Op.DELEGATE_RESULT);
    e.emit(Op.YIELD_DELEGATE);
    e.loop(top);
    // throw() reached an iterator without a throw method: it is closed, and yield* fails.
    e.patch(noThrow);
    this.iterClose(0);
    e.emit(Op.THROW_CONST_ERROR, ErrorKind.TypeError, e.constant("The iterator does not provide a 'throw' method."));
    e.patch(done);
  }

  /**
   * In an async generator, `yield v` awaits v, then AGEN_YIELD completes the request
   * (see vm/promises.ts). `yield* it` delegates to the async iterator of `it` (a sync
   * one wrapped): each result of its next/throw/return is awaited, and its value yielded
   * as it is.
   */
  private asyncYield(node: acorn.YieldExpression): void {
    const e = this.e;
    if (!node.delegate) {
      this.await();
      e.emit(Op.AGEN_YIELD);
      e.emit(Op.GEN_RESUMED);
      return;
    }
    e.emit(Op.ITER_INIT_ASYNC);
    e.emit(Op.ITER_WRAP);
    e.emit(Op.PUSH_UNDEF);
    e.emit(Op.PUSH_INT, 0);
    const top = e.here();
    const noThrow = e.jump(Op.DELEGATE);
    this.await();
    const done = e.jump(Op.DELEGATE_RESULT);
    e.emit(Op.GET_PROP, e.constant("value"));
    e.emit(Op.SWAP);
    e.emit(Op.POP);
    e.emit(Op.AGEN_YIELD);
    e.loop(top);
    e.patch(noThrow);
    this.iterClose(0, true);
    e.emit(Op.THROW_CONST_ERROR, ErrorKind.TypeError, e.constant("The iterator does not provide a 'throw' method."));
    e.patch(done);
  }

  /** Compiles an expression whose value names an anonymous function (`const f = () => …`). */
  namedExpr(node: acorn.Expression, name: string): void {
    if ((node.type === "ArrowFunctionExpression" || node.type === "FunctionExpression") && !node.id) {
      this.closure(node, name);
      return;
    }
    if (node.type === "ClassExpression" && !node.id) return genClass(this, node, name);
    this.expr(node);
  }

  expr(node: ExpressionLike): void {
    const e = this.e;
    switch (node.type) {
      case "Literal":
        return this.literal(node);
      case "Identifier":
        return this.loadIdentifier(node);
      case "ThisExpression": {
        const ref = this.ctx.analysis.refs.get(node)!;
        return this.loadBinding(ref.binding!, ref.checked, node);
      }
      case "TemplateLiteral":
        return this.template(node);
      case "ArrayExpression":
        return this.arrayLiteral(node);
      case "ObjectExpression":
        return this.objectLiteral(node);
      case "FunctionExpression":
      case "ArrowFunctionExpression":
        return this.closure(node, node.id ? node.id.name : "");
      case "UnaryExpression":
        return this.unary(node);
      case "UpdateExpression":
        return this.update(node, true);
      case "BinaryExpression": {
        if (node.left.type === "PrivateIdentifier") {
          // `#x in obj`
          this.expr(node.right);
          loadPrivateName(this, node.left);
          e.at(node);
          e.emit(Op.HAS_PRIVATE);
          return;
        }
        this.expr(node.left);
        this.expr(node.right);
        e.at(node);
        e.emit(BINARY_OPS[node.operator]);
        return;
      }
      case "LogicalExpression": {
        this.expr(node.left);
        const op = node.operator === "&&" ? Op.JUMP_IF_FALSE_KEEP : node.operator === "||" ? Op.JUMP_IF_TRUE_KEEP : Op.JUMP_IF_NOT_NULLISH_KEEP;
        const end = e.jump(op);
        this.expr(node.right);
        e.patch(end);
        return;
      }
      case "ConditionalExpression": {
        this.condition(node.test);
        const toElse = e.jump(Op.JUMP_IF_FALSE);
        this.expr(node.consequent);
        const toEnd = e.jump(Op.JUMP);
        e.patch(toElse);
        this.expr(node.alternate);
        e.patch(toEnd);
        return;
      }
      case "AssignmentExpression":
        return this.assign(node, true);
      case "SequenceExpression":
        node.expressions.forEach((x, i) => {
          this.expr(x);
          if (i < node.expressions.length - 1) e.emit(Op.POP);
        });
        return;
      case "MemberExpression":
        return this.member(node, null);
      case "ChainExpression": {
        const end: number[] = [];
        this.chainPart(node.expression, end);
        const target = e.here();
        for (const j of end) e.patch(j, target);
        return;
      }
      case "CallExpression":
        return this.call(node, null);
      case "NewExpression":
        return this.newExpr(node);
      case "AwaitExpression":
        // A coroutine's suspension (vm/promises.ts); a call awaited directly is in an async position.
        if (node.argument.type === "CallExpression") this.asyncCallNodes.add(node.argument);
        this.expr(node.argument);
        e.at(node);
        this.await();
        return;
      case "ParenthesizedExpression":
        return this.expr(node.expression);
      case "TaggedTemplateExpression":
        return this.taggedTemplate(node);
      case "ClassExpression":
        return genClass(this, node, "");
      case "YieldExpression":
        return this.yieldExpr(node);
      case "ImportExpression":
        throw new Unsupported(node, 'import() is not supported: import other files of the works folder with a static import at the top of the file (import { x } from "./lib/x.js")');
      case "MetaProperty": {
        const ref = this.ctx.analysis.refs.get(node);
        if (!ref?.binding) throw new Unsupported(node, `${node.meta.name}.${node.property.name} is not supported`);
        return this.loadBinding(ref.binding, false, node);
      }
      case "Super":
        throw new Unsupported(node, "super is not supported");
    }
    throw new Unsupported(node, `${node.type} is not supported`);
  }

  private literal(node: acorn.Literal): void {
    const e = this.e;
    e.at(node);
    const v = node.value;
    if (node.regex) {
      e.emit(Op.REGEXP, e.constant({ re: { source: node.regex.pattern, flags: node.regex.flags } }));
      return;
    }
    if (node.bigint !== undefined) throw new Unsupported(node, "BigInt literals are not supported");
    if (v === null) e.emit(Op.PUSH_NULL);
    else if (v === true) e.emit(Op.PUSH_TRUE);
    else if (v === false) e.emit(Op.PUSH_FALSE);
    else if (typeof v === "number" && Number.isInteger(v) && v >= -0x40000000 && v < 0x40000000 && !Object.is(v, -0)) e.emit(Op.PUSH_INT, v);
    else if (typeof v === "number" || typeof v === "string") e.emit(Op.PUSH_CONST, e.constant(v));
    else throw new Unsupported(node, `internal: literal ${node.raw} has no value`); // regexes and BigInts are handled above
  }

  private template(node: acorn.TemplateLiteral): void {
    const e = this.e;
    let parts = 0;
    node.quasis.forEach((q, i) => {
      const text = q.value.cooked;
      // acorn gives null for an invalid escape (allowed only in tagged templates).
      if (text === null || text === undefined) throw new Unsupported(q, "invalid escape in template literal");
      if (text !== "" || (parts === 0 && node.expressions.length === 0)) {
        e.emit(Op.PUSH_CONST, e.constant(text));
        parts++;
      }
      if (i < node.expressions.length) {
        this.expr(node.expressions[i]);
        // JavaScript converts each substitution before evaluating the next (a later one
        // may change an earlier value): convert now unless nothing is evaluated after it.
        if (i < node.expressions.length - 1) e.emit(Op.TEMPLATE, 1);
        parts++;
      }
    });
    e.at(node);
    if (parts === 1 && node.expressions.length === 0) return;
    e.emit(Op.TEMPLATE, parts);
  }

  private arrayLiteral(node: acorn.ArrayExpression): void {
    const e = this.e;
    let i = 0;
    const els = node.elements;
    // The elements up to the first elision or spread are made by NEW_ARRAY; each later
    // one is appended (an elision as a hole).
    for (; i < els.length; i++) {
      const el = els[i];
      if (el === null || el.type === "SpreadElement") break;
      this.expr(el);
    }
    e.at(node);
    e.emit(Op.NEW_ARRAY, i);
    for (; i < els.length; i++) {
      const el = els[i];
      if (el === null) e.emit(Op.ARRAY_HOLE);
      else this.appendElement(el);
    }
  }

  /** Appends one element (or a spread) to the array on top of the stack. */
  private appendElement(el: acorn.Expression | acorn.SpreadElement): void {
    const e = this.e;
    if (el.type === "SpreadElement") {
      this.expr(el.argument);
      e.at(el);
      e.emit(Op.ARRAY_SPREAD);
    } else {
      this.expr(el);
      e.emit(Op.ARRAY_PUSH);
    }
  }

  private objectLiteral(node: acorn.ObjectExpression): void {
    const e = this.e;
    e.at(node);
    e.emit(Op.NEW_OBJECT);
    for (const p of node.properties) {
      if (p.type === "SpreadElement") {
        this.expr(p.argument);
        e.at(p);
        e.emit(Op.OBJECT_SPREAD);
        continue;
      }
      const computed = p.computed;
      const name = computed ? "" : propertyKeyName(p.key);
      if (p.kind === "get" || p.kind === "set") {
        if (computed) this.expr(p.key);
        else e.emit(Op.PUSH_CONST, e.constant(name));
        this.closure(methodFunction(p), name, true);
        e.emit(p.kind === "get" ? Op.DEFINE_GETTER : Op.DEFINE_SETTER);
        continue;
      }
      if (computed) {
        this.expr(p.key);
        if (p.method) this.closure(methodFunction(p), "", true);
        else this.namedExpr(p.value, "");
        e.emit(Op.DEFINE_ELEM);
      } else {
        if (p.method) this.closure(methodFunction(p), name, true);
        else this.namedExpr(p.value, name);
        e.emit(Op.DEFINE_FIELD, e.constant(name));
      }
    }
  }

  private unary(node: acorn.UnaryExpression): void {
    const e = this.e;
    const op = node.operator;
    if (op === "typeof" && node.argument.type === "Identifier") {
      const ref = this.ctx.analysis.refs.get(node.argument);
      if (!ref?.binding && node.argument.name !== "undefined") {
        e.emit(Op.TYPEOF_GLOBAL, e.constant(node.argument.name));
        return;
      }
    }
    if (op === "delete") {
      const arg = node.argument.type === "ChainExpression" ? node.argument.expression : node.argument;
      if (arg.type !== "MemberExpression") {
        this.expr(arg);
        e.emit(Op.POP);
        e.emit(Op.PUSH_TRUE);
        return;
      }
      this.expr(arg.object);
      e.at(node);
      if (arg.computed) {
        this.expr(arg.property);
        e.emit(Op.DELETE_ELEM);
      } else e.emit(Op.DELETE_PROP, e.constant(staticName(arg)));
      return;
    }
    this.expr(node.argument);
    e.at(node);
    if (op === "void") {
      e.emit(Op.POP);
      e.emit(Op.PUSH_UNDEF);
      return;
    }
    const code = UNARY_OPS[op];
    if (code === undefined) throw new Unsupported(node, `operator ${op} is not supported`);
    e.emit(code);
  }

  private update(node: acorn.UpdateExpression, wantValue: boolean): void {
    const e = this.e;
    const step = node.operator === "++" ? Op.INC : Op.DEC;
    const arg = node.argument;
    if (arg.type === "Identifier") {
      const ref = this.ctx.analysis.refs.get(arg);
      const b = ref?.binding;
      if (!wantValue && b && b.fn === this.scope && !b.captured && step === Op.INC && !ref!.checked && b.kind !== "const" && b.kind !== "this" && b.kind !== "callee") {
        e.at(node);
        e.emit(Op.INC_LOC, b.slot);
        return;
      }
      this.loadIdentifier(arg);
      e.at(node);
      if (wantValue && !node.prefix) {
        e.emit(Op.TO_NUMBER);
        e.emit(Op.DUP);
        e.emit(step);
      } else {
        e.emit(step);
        if (wantValue) e.emit(Op.DUP);
      }
      this.storeIdentifier(arg, false);
      return;
    }
    if (arg.type !== "MemberExpression") throw new Unsupported(node, "invalid update target");
    if (arg.object.type === "Super") throw new Unsupported(arg, `'${node.operator}' on a property of super is not supported (write super.x = super.x + 1 instead)`);
    const priv = arg.property.type === "PrivateIdentifier";
    const keyed = arg.computed || priv;
    this.expr(arg.object);
    if (keyed) {
      if (arg.property.type === "PrivateIdentifier") loadPrivateName(this, arg.property);
      else this.expr(arg.property);
      e.emit(Op.DUP2);
      e.at(arg);
      e.emit(priv ? Op.GET_PRIVATE : Op.GET_ELEM);
    } else {
      e.emit(Op.DUP);
      e.at(arg.property);
      e.emit(Op.GET_PROP, e.constant(staticName(arg)));
    }
    e.at(node);
    if (!node.prefix && wantValue) {
      e.emit(Op.TO_NUMBER);
      e.emit(Op.DUP);
      e.emit(keyed ? Op.ROT4 : Op.ROT3);
      e.emit(step);
      if (keyed) e.emit(priv ? Op.SET_PRIVATE : Op.STORE_ELEM);
      else e.emit(Op.STORE_PROP, e.constant(staticName(arg)));
      e.emit(Op.POP);
      return;
    }
    e.emit(step);
    if (keyed) e.emit(priv ? Op.SET_PRIVATE : Op.STORE_ELEM);
    else e.emit(Op.STORE_PROP, e.constant(staticName(arg)));
    if (!wantValue) e.emit(Op.POP);
  }

  private assign(node: acorn.AssignmentExpression, wantValue: boolean): void {
    const e = this.e;
    const op = node.operator;
    const left = node.left;
    const logical = op === "&&=" || op === "||=" || op === "??=";
    if (left.type === "Identifier") {
      if (op === "=") {
        this.namedExpr(node.right, left.name);
        if (wantValue) e.emit(Op.DUP);
        this.storeIdentifier(left, false);
        return;
      }
      this.loadIdentifier(left);
      if (logical) {
        const jop = op === "&&=" ? Op.JUMP_IF_FALSE_KEEP : op === "||=" ? Op.JUMP_IF_TRUE_KEEP : Op.JUMP_IF_NOT_NULLISH_KEEP;
        const skip = e.jump(jop);
        this.namedExpr(node.right, left.name);
        e.emit(Op.DUP);
        this.storeIdentifier(left, false);
        e.patch(skip);
        if (!wantValue) e.emit(Op.POP);
        return;
      }
      this.expr(node.right);
      e.at(node);
      e.emit(COMPOUND_OPS[op]);
      if (wantValue) e.emit(Op.DUP);
      this.storeIdentifier(left, false);
      return;
    }
    if (left.type === "ObjectPattern" || left.type === "ArrayPattern") {
      this.expr(node.right);
      if (wantValue) e.emit(Op.DUP);
      this.assignPattern(left, false);
      return;
    }
    if (left.type !== "MemberExpression") throw new Unsupported(left, "invalid assignment target");
    if (left.object.type === "Super") {
      if (op !== "=") throw new Unsupported(left, `'${op}' on a property of super is not supported (write super.x = super.x … instead)`);
      genSuperAssign(this, left, node.right);
      if (!wantValue) e.emit(Op.POP);
      return;
    }
    // A private member (obj.#x) compiles as a keyed one, with the private name as the key.
    const priv = left.property.type === "PrivateIdentifier";
    const keyed = left.computed || priv;
    const key = keyed ? -1 : e.constant(staticName(left));
    this.expr(left.object);
    if (left.computed) this.expr(left.property);
    else if (left.property.type === "PrivateIdentifier") loadPrivateName(this, left.property);
    const store = () => {
      e.at(left);
      if (priv) e.emit(Op.SET_PRIVATE);
      else if (keyed) e.emit(Op.STORE_ELEM);
      else e.emit(Op.STORE_PROP, key);
    };
    if (op === "=") {
      this.expr(node.right);
      store();
    } else {
      if (keyed) e.emit(Op.DUP2);
      else e.emit(Op.DUP);
      e.at(left);
      if (priv) e.emit(Op.GET_PRIVATE);
      else if (keyed) e.emit(Op.GET_ELEM);
      else e.emit(Op.GET_PROP, key);
      if (logical) {
        const jop = op === "&&=" ? Op.JUMP_IF_FALSE_KEEP : op === "||=" ? Op.JUMP_IF_TRUE_KEEP : Op.JUMP_IF_NOT_NULLISH_KEEP;
        const skip = e.jump(jop);
        this.expr(node.right);
        store();
        const end = e.jump(Op.JUMP);
        e.patch(skip);
        // Keep the current value, drop the target's object (and key).
        if (keyed) {
          e.emit(Op.ROT3);
          e.emit(Op.POP);
          e.emit(Op.POP);
        } else {
          e.emit(Op.SWAP);
          e.emit(Op.POP);
        }
        e.patch(end);
      } else {
        this.expr(node.right);
        e.at(node);
        e.emit(COMPOUND_OPS[op]);
        store();
      }
    }
    if (!wantValue) e.emit(Op.POP);
  }

  /** Member read; `chainEnd` collects the short-circuit jumps of an optional chain. */
  private member(node: acorn.MemberExpression, chainEnd: number[] | null): void {
    const e = this.e;
    if (node.object.type === "Super") return genSuperMember(this, node, false);
    if (chainEnd) this.chainPart(node.object, chainEnd);
    else this.expr(node.object);
    if (node.optional) chainEnd!.push(e.jump(Op.JUMP_IF_NULLISH));
    if (node.computed) {
      this.expr(node.property);
      e.at(node.property);
      e.emit(Op.GET_ELEM);
    } else if (node.property.type === "PrivateIdentifier") {
      loadPrivateName(this, node.property);
      e.at(node.property);
      e.emit(Op.GET_PRIVATE);
    } else {
      e.at(node.property);
      e.emit(Op.GET_PROP, e.constant(staticName(node)));
    }
  }

  /** Part of an optional chain: members and calls pass the chain's end label down. */
  private chainPart(node: ExpressionLike, chainEnd: number[]): void {
    if (node.type === "MemberExpression") return this.member(node, chainEnd);
    if (node.type === "CallExpression") return this.call(node, chainEnd);
    this.expr(node);
  }

  private call(node: acorn.CallExpression, chainEnd: number[] | null): void {
    const e = this.e;
    const callee = node.callee;
    if (callee.type === "Super") return genSuperCall(this, node);
    this.markAsyncPositions(node);
    this.calleeAndThis(callee, chainEnd);
    if (node.optional) chainEnd!.push(e.jump(Op.JUMP_IF_CALLEE_NULLISH));
    const args = node.arguments;
    if (!withoutSpread(args)) {
      this.spreadArgs(args);
      e.at(node);
      e.emit(Op.CALL_SPREAD, this.calleeText(callee));
      return;
    }
    for (const a of args) this.expr(a);
    e.at(node);
    e.emit(Op.CALL, args.length, this.calleeText(callee));
    if (this.asyncCallNodes.has(node)) this.asyncPcs.push(e.here());
  }

  /**
   * Pushes a call's function and its `this`: a member's object (`o.m()`, `o[k]()`,
   * `o.#m()`, `super.m()`), else undefined. A parenthesised optional chain ending in a
   * member (`(o?.m)()`, `(o?.m)?.()`) keeps o as `this`, as in JavaScript: the parentheses
   * end that chain, so it has its own short-circuit, which leaves undefined as the
   * function (a call then fails as calling undefined does; `?.()` gives undefined).
   */
  private calleeAndThis(callee: acorn.Expression | acorn.Super, chainEnd: number[] | null): void {
    const e = this.e;
    if (callee.type === "Identifier" && FORBIDDEN_CALLS[callee.name] && !this.ctx.analysis.refs.get(callee)?.binding) {
      throw new Unsupported(callee, FORBIDDEN_CALLS[callee.name]!);
    }
    if (callee.type === "Super") throw new Unsupported(callee, "internal: super() is compiled by genSuperCall");
    if (callee.type === "ChainExpression" && callee.expression.type === "MemberExpression") {
      const end: number[] = [];
      this.calleeAndThis(callee.expression, end);
      const over = e.jump(Op.JUMP);
      const shortCircuit = e.here();
      for (const j of end) e.patch(j, shortCircuit);
      e.emit(Op.PUSH_UNDEF); // the short-circuit left one undefined: it is the function, this one its this
      e.patch(over);
      return;
    }
    if (callee.type === "MemberExpression" && callee.object.type === "Super") {
      genSuperMember(this, callee, true);
    } else if (callee.type === "MemberExpression") {
      if (chainEnd) this.chainPart(callee.object, chainEnd);
      else this.expr(callee.object);
      if (callee.optional) chainEnd!.push(e.jump(Op.JUMP_IF_NULLISH));
      if (callee.property.type === "PrivateIdentifier") {
        // obj.#m(...): the method, then obj as this
        e.emit(Op.DUP);
        loadPrivateName(this, callee.property);
        e.at(callee.property);
        e.emit(Op.GET_PRIVATE);
        e.emit(Op.SWAP);
      } else if (callee.computed) {
        this.expr(callee.property);
        e.at(callee.property);
        e.emit(Op.GET_METHOD_ELEM);
      } else {
        e.at(callee.property);
        e.emit(Op.GET_METHOD, e.constant(staticName(callee)));
      }
    } else {
      if (chainEnd) this.chainPart(callee, chainEnd);
      else this.expr(callee);
      e.emit(Op.PUSH_UNDEF);
    }
  }

  /**
   * `tag\`a${x}b${y}c\``: tag(strings, x, y), `this` as for a call of the tag. The strings
   * array is the call site's template object (TEMPLATE_OBJECT, vm/templates.ts). The
   * parser refuses an optional chain in the tag (`a?.b\`x\``), as JavaScript does.
   */
  private taggedTemplate(node: acorn.TaggedTemplateExpression): void {
    const e = this.e;
    const q = node.quasi;
    this.calleeAndThis(node.tag, null);
    e.at(q);
    const template = { site: q.start, cooked: q.quasis.map((x) => x.value.cooked ?? null), raw: q.quasis.map((x) => x.value.raw) };
    e.emit(Op.TEMPLATE_OBJECT, e.constant({ template }));
    for (const x of q.expressions) this.expr(x);
    e.at(node);
    e.emit(Op.CALL, q.expressions.length + 1, this.calleeText(node.tag));
  }

  /**
   * The calls a call puts in an async position: the receiver of then/catch/finally, and
   * the call elements of an array literal given to Promise.all/allSettled/race/any.
   */
  private markAsyncPositions(node: acorn.CallExpression): void {
    const callee = node.callee;
    if (callee.type !== "MemberExpression" || callee.computed || callee.property.type !== "Identifier") return;
    const name = callee.property.name;
    if (ASYNC_RECEIVERS.has(name)) {
      if (callee.object.type === "CallExpression") this.asyncCallNodes.add(callee.object);
    } else if (COMBINATORS.has(name) && callee.object.type === "Identifier" && callee.object.name === "Promise") {
      const list = node.arguments[0];
      if (list?.type === "ArrayExpression") for (const el of list.elements) if (el?.type === "CallExpression") this.asyncCallNodes.add(el);
    }
  }

  /** Pushes the arguments as one array (for super(...)). */
  argumentArray(args: Elements): void {
    if (!withoutSpread(args)) return this.spreadArgs(args);
    for (const a of args) this.expr(a);
    this.e.emit(Op.NEW_ARRAY, args.length);
  }

  private spreadArgs(args: Elements): void {
    const e = this.e;
    e.emit(Op.NEW_ARRAY, 0);
    for (const a of args) this.appendElement(a);
  }

  private newExpr(node: acorn.NewExpression): void {
    const e = this.e;
    if (node.callee.type === "Identifier" && node.callee.name === "Function" && !this.ctx.analysis.refs.get(node.callee)?.binding) {
      throw new Unsupported(node.callee, FORBIDDEN_CALLS.Function!);
    }
    this.expr(node.callee);
    const args = node.arguments;
    if (!withoutSpread(args)) {
      this.spreadArgs(args);
      e.at(node);
      e.emit(Op.NEW_SPREAD, this.calleeText(node.callee));
      return;
    }
    for (const a of args) this.expr(a);
    e.at(node);
    e.emit(Op.NEW, args.length, this.calleeText(node.callee));
  }

  /** Source text of a callee, for "x.y is not a function" messages. */
  private calleeText(callee: acorn.Expression): number {
    let text = this.ctx.source.slice(callee.start, callee.end).replace(/\s+/g, " ");
    if (text.length > 40) text = text.slice(0, 37) + "...";
    return this.e.constant(text);
  }
}

/** The name of a non-computed member (`o.name`). */
function staticName(m: acorn.MemberExpression): string {
  const p = m.property;
  if (p.type === "Identifier" || p.type === "PrivateIdentifier") return p.name;
  throw new Unsupported(p, "unsupported property key");
}

/** The function of a getter, setter or method in an object literal (acorn always makes one). */
function methodFunction(p: acorn.Property): acorn.FunctionExpression {
  if (p.value.type !== "FunctionExpression") throw new Unsupported(p, "internal: a method without a function");
  return p.value;
}

/** True when no element is a spread (`f(...xs)`), so each compiles as a plain expression. */
function withoutSpread(elements: Elements): elements is readonly acorn.Expression[] {
  return !elements.some((a) => a.type === "SpreadElement");
}

/** A node the switch above has no case for: every kind is handled, so this is a fallback. */
function notSupported(node: never): never {
  const n = node as acorn.AnyNode; // `never` to the type it would have if a kind were missed
  throw new Unsupported(n, `${n.type} is not supported`);
}

export { patternNames };
