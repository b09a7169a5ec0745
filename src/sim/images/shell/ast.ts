// The syntax tree of the small POSIX shell that busybox ash gives every image here. The grammar
// follows POSIX "Shell Command Language" §2.9/§2.10: lists of and-or chains of pipelines of
// commands, with compound commands (if, while/until, for, { }, ( )).

/** One piece of a word; `quoted` parts are never split into fields nor globbed. */
export type WordPart =
  | { kind: 'text'; value: string; quoted: boolean }
  | { kind: 'param'; name: string; quoted: boolean; op?: ParamOp; arg?: Word }
  | { kind: 'command'; body: ListNode; quoted: boolean }
  | { kind: 'arith'; expr: string; quoted: boolean };

/** `${#x}` is 'length'; `#`/`##`/`%`/`%%` strip a prefix/suffix pattern; the rest supply defaults. */
export type ParamOp = ':-' | '-' | ':=' | ':+' | 'length' | '#' | '##' | '%' | '%%';

export interface Word {
  parts: WordPart[];
}

export interface Redirect {
  /** The file descriptor redirected (1 for `>`, 0 for `<`, 2 for `2>`). */
  fd: number;
  op: '>' | '>>' | '<' | '>&' | '<&' | '<<';
  target: Word;
}

export interface SimpleCommand {
  kind: 'simple';
  assignments: { name: string; value: Word }[];
  words: Word[];
  redirects: Redirect[];
}

export interface IfCommand {
  kind: 'if';
  branches: { condition: ListNode; body: ListNode }[];
  otherwise?: ListNode;
  redirects: Redirect[];
}

export interface LoopCommand {
  kind: 'while' | 'until';
  condition: ListNode;
  body: ListNode;
  redirects: Redirect[];
}

export interface ForCommand {
  kind: 'for';
  variable: string;
  /** Undefined means `for x; do` (iterate over "$@"). */
  items: Word[] | undefined;
  body: ListNode;
  redirects: Redirect[];
}

export interface GroupCommand {
  kind: 'group' | 'subshell';
  body: ListNode;
  redirects: Redirect[];
}

export interface CaseCommand {
  kind: 'case';
  subject: Word;
  items: { patterns: Word[]; body: ListNode }[];
  redirects: Redirect[];
}

export interface FunctionDefinition {
  kind: 'function';
  name: string;
  body: CommandNode;
  redirects: Redirect[];
}

export type CommandNode =
  SimpleCommand | IfCommand | LoopCommand | ForCommand | GroupCommand | CaseCommand | FunctionDefinition;

export interface Pipeline {
  negated: boolean;
  commands: CommandNode[];
}

export interface AndOr {
  first: Pipeline;
  rest: { op: '&&' | '||'; pipeline: Pipeline }[];
  background: boolean;
}

export interface ListNode {
  items: AndOr[];
}
