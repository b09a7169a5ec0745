// Executes a parsed template the way Go's text/template does (exec.go): dot, variables,
// pipelines, if/with/range, the node an error is reported "at", and missing keys printing
// "<no value>" (kubectl sets missingkey=default unless --allow-missing-template-keys=false).

import { callFunction, FunctionCallError, SIGNATURES, type ParamType, truth } from './funcs';
import {
  type AnyNode,
  type ArgNode,
  type CommandNode,
  type ListNode,
  nodeText,
  type PipeNode,
  type RangeNode,
  type TemplateNode,
} from './parse';
import {
  concrete,
  formatValue,
  GoNumber,
  goQuote,
  INVALID,
  isMap,
  sortedKeys,
  utf8Bytes,
  type Val,
  valType,
} from './values';

export class TemplateExecError extends Error {}

const MISSING = Symbol('no final value');
type Final = Val | typeof MISSING;

class LoopControl {
  constructor(readonly kind: 'break' | 'continue') {}
}

/** reflect's indirectInterface: the value inside an interface, or the zero Value for a nil one. */
function unwrapInterface(val: Val): Val {
  if (val.invalid || !val.iface) return val;
  return val.v === null ? INVALID : concrete(val.v);
}

function isTrue(val: Val): boolean {
  return truth(unwrapInterface(val));
}

export class Execution {
  private out = '';
  private node: AnyNode | undefined;
  private vars: { name: string; value: Val }[];

  constructor(
    private readonly source: string,
    data: Val,
    private readonly name = 'output',
    private readonly allowMissingKeys = true,
  ) {
    this.vars = [{ name: '$', value: data }];
  }

  get output(): string {
    return this.out;
  }

  run(root: ListNode, dot: Val): void {
    this.walk(dot, root);
  }

  private errorf(message: string): never {
    const node = this.node;
    if (!node) throw new TemplateExecError(`template: ${this.name}: ${message}`);
    const before = this.source.slice(0, node.pos);
    const lineStart = before.lastIndexOf('\n') + 1;
    const line = 1 + before.split('\n').length - 1;
    // Go counts bytes from the start of the line.
    const column = utf8Bytes(before.slice(lineStart)).length;
    throw new TemplateExecError(
      `template: ${this.name}:${line}:${column}: executing "${this.name}" at <${nodeText(node)}>: ${message}`,
    );
  }

  private walk(dot: Val, node: TemplateNode | ListNode): void {
    this.node = node;
    switch (node.type) {
      case 'text':
        this.out += node.text;
        return;
      case 'action': {
        const value = this.evalPipeline(dot, node.pipe);
        if (node.pipe.decl.length === 0) this.printValue(node, value);
        return;
      }
      case 'list':
        for (const child of node.nodes) this.walk(dot, child);
        return;
      case 'if':
      case 'with': {
        const mark = this.vars.length;
        const value = this.evalPipeline(dot, node.pipe);
        if (isTrue(value)) this.walk(node.type === 'with' ? value : dot, node.list);
        else if (node.elseList) this.walk(dot, node.elseList);
        this.vars.length = mark;
        return;
      }
      case 'range':
        this.walkRange(dot, node);
        return;
      case 'break':
      case 'continue':
        throw new LoopControl(node.type);
    }
  }

  private walkRange(dot: Val, node: RangeNode): void {
    this.node = node;
    const outer = this.vars.length;
    const value = unwrapInterface(this.evalPipeline(dot, node.pipe));
    const mark = this.vars.length;
    const decl = node.pipe.decl.length;
    let iterated = false;
    const iterate = (index: Val, element: Val): boolean => {
      iterated = true;
      if (decl > 0) this.vars[this.vars.length - 1]!.value = element;
      if (decl > 1) this.vars[this.vars.length - 2]!.value = index;
      try {
        this.walk(element, node.list);
      } catch (err) {
        if (!(err instanceof LoopControl)) throw err;
        this.vars.length = mark;
        return err.kind === 'continue';
      }
      this.vars.length = mark;
      return true;
    };
    if (!value.invalid) {
      const v = value.v;
      if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++)
          if (!iterate(concrete(new GoNumber(i, 'int')), { v: v[i]!, iface: true })) break;
      } else if (isMap(v)) {
        for (const key of sortedKeys(v)) if (!iterate(concrete(key), { v: v[key]!, iface: true })) break;
      } else if (v !== null) {
        this.errorf(`range can't iterate over ${formatValue(v)}`);
      }
    }
    if (!iterated && node.elseList) this.walk(dot, node.elseList);
    this.vars.length = outer;
  }

  private printValue(node: AnyNode, value: Val): void {
    this.node = node;
    this.out += value.invalid ? '<no value>' : formatValue(value.v);
  }

  private evalPipeline(dot: Val, pipe: PipeNode): Val {
    this.node = pipe;
    let value: Final = MISSING;
    for (const cmd of pipe.cmds) {
      value = this.evalCommand(dot, cmd, value);
      // A value typed interface {} is dug out to what it holds (a nil one becomes no value).
      value = unwrapInterface(value);
    }
    const result = value === MISSING ? INVALID : value;
    for (const variable of pipe.decl) {
      const name = variable.ident[0]!;
      if (pipe.isAssign) {
        const slot = [...this.vars].reverse().find((v) => v.name === name);
        if (!slot) this.errorf(`undefined variable: ${name}`);
        slot.value = result;
      } else this.vars.push({ name, value: result });
    }
    return result;
  }

  private notAFunction(args: ArgNode[], final: Final): void {
    if (args.length > 1 || final !== MISSING) this.errorf(`can't give argument to non-function ${nodeText(args[0]!)}`);
  }

  private evalCommand(dot: Val, cmd: CommandNode, final: Final): Val {
    const first = cmd.args[0]!;
    switch (first.type) {
      case 'field':
        return this.evalFieldNode(dot, first, cmd.args, final);
      case 'chain':
        return this.evalChainNode(dot, first, cmd.args, final);
      case 'identifier':
        return this.evalFunction(dot, first, cmd, cmd.args, final);
      case 'pipe':
        this.notAFunction(cmd.args, final);
        return this.evalPipeline(dot, first);
      case 'variable':
        return this.evalVariableNode(dot, first, cmd.args, final);
      default:
        break;
    }
    this.node = first;
    this.notAFunction(cmd.args, final);
    switch (first.type) {
      case 'bool':
        return concrete(first.value);
      case 'dot':
        return dot;
      case 'nil':
        return this.errorf('nil is not a command');
      case 'number':
        return this.idealConstant(first);
      case 'string':
        return concrete(first.text);
    }
  }

  private idealConstant(node: Extract<ArgNode, { type: 'number' }>): Val {
    this.node = node;
    const hex = /^[+-]?0[xX]/.test(node.text) && !/[pP]/.test(node.text);
    if (node.isFloat && !hex && !node.text.startsWith("'") && /[.eEpP]/.test(node.text))
      return concrete(new GoNumber(node.value, 'float64'));
    if (node.isInt) return concrete(new GoNumber(node.value, 'int'));
    return this.errorf(`${node.text} overflows int`);
  }

  private evalFieldNode(dot: Val, field: Extract<ArgNode, { type: 'field' }>, args: ArgNode[], final: Final): Val {
    this.node = field;
    return this.evalFieldChain(dot, dot, field.ident, args, final);
  }

  private evalChainNode(dot: Val, chain: Extract<ArgNode, { type: 'chain' }>, args: ArgNode[], final: Final): Val {
    this.node = chain;
    if (chain.node.type === 'nil') this.errorf(`indirection through explicit nil in ${nodeText(chain)}`);
    const receiver = this.evalArg(dot, 'value', chain.node);
    return this.evalFieldChain(dot, receiver, chain.field, args, final);
  }

  private evalVariableNode(dot: Val, variable: Extract<ArgNode, { type: 'variable' }>, args: ArgNode[], final: Final) {
    this.node = variable;
    const name = variable.ident[0]!;
    const slot = [...this.vars].reverse().find((v) => v.name === name);
    if (!slot) this.errorf(`undefined variable: ${name}`);
    if (variable.ident.length === 1) {
      this.notAFunction(args, final);
      return slot.value;
    }
    return this.evalFieldChain(dot, slot.value, variable.ident.slice(1), args, final);
  }

  private evalFieldChain(_dot: Val, receiver: Val, ident: string[], args: ArgNode[], final: Final): Val {
    for (let i = 0; i < ident.length - 1; i++) receiver = this.evalField(ident[i]!, [], MISSING, receiver);
    return this.evalField(ident[ident.length - 1]!, args, final, receiver);
  }

  private evalField(fieldName: string, args: ArgNode[], final: Final, receiver: Val): Val {
    if (receiver.invalid) {
      if (!this.allowMissingKeys) this.errorf(`nil data; no entry for key ${goQuote(fieldName)}`);
      return INVALID;
    }
    const type = valType(receiver);
    if (receiver.iface && receiver.v === null) this.errorf(`nil pointer evaluating ${type}.${fieldName}`);
    const hasArgs = args.length > 1 || final !== MISSING;
    const v = receiver.v;
    if (isMap(v)) {
      if (hasArgs) this.errorf(`${fieldName} is not a method but has arguments`);
      if (Object.prototype.hasOwnProperty.call(v, fieldName)) return { v: v[fieldName]!, iface: true };
      // text/template's missingkey=error, which --allow-missing-template-keys=false sets.
      if (!this.allowMissingKeys) this.errorf(`map has no entry for key ${goQuote(fieldName)}`);
      return INVALID;
    }
    return this.errorf(`can't evaluate field ${fieldName} in type ${type}`);
  }

  private evalFunction(
    dot: Val,
    node: Extract<ArgNode, { type: 'identifier' }>,
    cmd: AnyNode,
    args: ArgNode[],
    final: Final,
  ): Val {
    this.node = node;
    const name = node.ident;
    const signature = SIGNATURES[name]!;
    const given = args.slice(1);
    const count = given.length + (final === MISSING ? 0 : 1);
    const fixed = signature.params.length;
    if (signature.variadic) {
      if (count < fixed) this.errorf(`wrong number of args for ${name}: want at least ${fixed} got ${given.length}`);
    } else if (count !== fixed) {
      this.errorf(`wrong number of args for ${name}: want ${fixed} got ${count}`);
    }
    const paramType = (i: number): ParamType => signature.params[i] ?? signature.variadic!;
    if (name === 'and' || name === 'or') {
      // and/or stop at the first argument that decides the answer.
      let value: Val = INVALID;
      for (const arg of given) {
        value = this.evalArg(dot, 'value', arg);
        if (isTrue(value) === (name === 'or')) return value;
      }
      return final === MISSING ? value : final;
    }
    const argv = given.map((arg, i) => this.evalArg(dot, paramType(i), arg));
    if (final !== MISSING) argv.push(this.validateType(final, paramType(given.length)));
    try {
      return callFunction(name, argv);
    } catch (err) {
      if (!(err instanceof FunctionCallError)) throw err;
      this.node = cmd;
      return this.errorf(`error calling ${name}: ${err.message}`);
    }
  }

  private validateType(value: Val, type: ParamType): Val {
    if (value.invalid) {
      if (type === 'value') return INVALID;
      if (type === 'any') return { v: null, iface: true };
      return this.errorf(`invalid value; expected ${type}`);
    }
    if (type !== 'string') return value;
    if (typeof value.v === 'string') return concrete(value.v);
    const got = value.iface && value.v !== null ? valType(concrete(value.v)) : valType(value);
    return this.errorf(`wrong type for value; expected string; got ${got}`);
  }

  private evalArg(dot: Val, type: ParamType, node: ArgNode): Val {
    this.node = node;
    switch (node.type) {
      case 'dot':
        return this.validateType(dot, type);
      case 'nil':
        if (type === 'string') return this.errorf('cannot assign nil to string');
        return type === 'any' ? { v: null, iface: true } : INVALID;
      case 'field':
        return this.validateType(this.evalFieldNode(dot, node, [node], MISSING), type);
      case 'variable':
        return this.validateType(this.evalVariableNode(dot, node, [], MISSING), type);
      case 'pipe':
        return this.validateType(this.evalPipeline(dot, node), type);
      case 'identifier':
        return this.validateType(this.evalFunction(dot, node, node, [node], MISSING), type);
      case 'chain':
        return this.validateType(this.evalChainNode(dot, node, [], MISSING), type);
      default:
        break;
    }
    if (type === 'string') {
      if (node.type === 'string') return concrete(node.text);
      return this.errorf(`expected string; found ${nodeText(node)}`);
    }
    switch (node.type) {
      case 'bool':
        return concrete(node.value);
      case 'number':
        return this.idealConstant(node);
      case 'string':
        return concrete(node.text);
    }
  }
}
