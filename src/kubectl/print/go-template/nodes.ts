// The node tree of a parsed Go template (text/template/parse/node.go): each node keeps its byte
// position and prints as its String() form, which an execution error quotes between < and >.

export interface ControlBody {
  pos: number;
  pipe: PipeNode;
  list: ListNode;
  elseList?: ListNode;
}

export type RangeNode = ControlBody & { type: 'range' };

export type TemplateNode =
  | { type: 'text'; pos: number; text: string }
  | { type: 'action'; pos: number; pipe: PipeNode }
  | (ControlBody & { type: 'if' })
  | RangeNode
  | (ControlBody & { type: 'with' })
  | { type: 'break'; pos: number }
  | { type: 'continue'; pos: number };

export interface ListNode {
  type: 'list';
  pos: number;
  nodes: TemplateNode[];
}

export interface PipeNode {
  type: 'pipe';
  pos: number;
  isAssign: boolean;
  decl: VariableNode[];
  cmds: CommandNode[];
}

export interface CommandNode {
  type: 'command';
  pos: number;
  args: ArgNode[];
}

export interface VariableNode {
  type: 'variable';
  pos: number;
  ident: string[];
}

export type ArgNode =
  | VariableNode
  | PipeNode
  | { type: 'field'; pos: number; ident: string[] }
  | { type: 'chain'; pos: number; node: ArgNode; field: string[] }
  | { type: 'identifier'; pos: number; ident: string }
  | { type: 'dot'; pos: number }
  | { type: 'nil'; pos: number }
  | { type: 'bool'; pos: number; value: boolean }
  | { type: 'number'; pos: number; text: string; isInt: boolean; isFloat: boolean; value: number }
  | { type: 'string'; pos: number; quoted: string; text: string };

export type AnyNode = TemplateNode | ListNode | ArgNode | CommandNode;

/** node.go's String(): the text an execution error shows between < and >. */
export function nodeText(node: AnyNode): string {
  switch (node.type) {
    case 'text':
      return node.text;
    case 'break':
    case 'continue':
      return `{{${node.type}}}`;
    case 'action':
      return `{{${nodeText(node.pipe)}}}`;
    case 'if':
    case 'range':
    case 'with':
      return `{{${node.type} ${nodeText(node.pipe)}}}${nodeText(node.list)}${node.elseList ? `{{else}}${nodeText(node.elseList)}` : ''}{{end}}`;
    case 'list':
      return node.nodes.map(nodeText).join('');
    case 'pipe': {
      const decl = node.decl.length > 0 ? `${node.decl.map(nodeText).join(', ')} ${node.isAssign ? '=' : ':='} ` : '';
      return decl + node.cmds.map(nodeText).join(' | ');
    }
    case 'command':
      return node.args.map((a) => (a.type === 'pipe' ? `(${nodeText(a)})` : nodeText(a))).join(' ');
    case 'variable':
      return node.ident.join('.');
    case 'field':
      return node.ident.map((i) => `.${i}`).join('');
    case 'chain':
      return `${node.node.type === 'pipe' ? `(${nodeText(node.node)})` : nodeText(node.node)}${node.field.map((f) => `.${f}`).join('')}`;
    case 'identifier':
      return node.ident;
    case 'dot':
      return '.';
    case 'nil':
      return 'nil';
    case 'bool':
      return String(node.value);
    case 'number':
      return node.text;
    case 'string':
      return node.quoted;
  }
}

/** Go's strconv.Unquote for "…" and `…` literals (the escapes a template uses). */
