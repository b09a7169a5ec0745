// The small Markdown subset lesson prose uses, parsed into plain data that the lesson pane turns
// into React elements. Text stays text: there is no HTML passthrough, so nothing in a lesson (or
// typed by a learner) can become markup.
//
// Blocks: paragraphs, "- " / "1. " lists, "> " quotes, "### " headings. Inline: `code`, **strong**,
// *emphasis*, [text](url) for http(s) and in-app "#/…" links.

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'strong'; children: Inline[] }
  | { kind: 'em'; children: Inline[] }
  | { kind: 'link'; href: string; children: Inline[] };

export type MdBlock =
  | { kind: 'p'; children: Inline[] }
  | { kind: 'heading'; children: Inline[] }
  | { kind: 'quote'; children: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] };

const SAFE_HREF = /^(https?:\/\/|#\/)/;

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let plain = '';
  const flush = () => {
    if (plain) out.push({ kind: 'text', text: plain });
    plain = '';
  };
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const code = /^`([^`]+)`/.exec(rest);
    const strong = /^\*\*(.+?)\*\*/.exec(rest);
    const em = /^\*([^*\s][^*]*?)\*/.exec(rest);
    const link = /^\[([^\]]+)\]\(([^)\s]+)\)/.exec(rest);
    if (code) {
      flush();
      out.push({ kind: 'code', text: code[1]! });
      i += code[0].length;
    } else if (strong) {
      flush();
      out.push({ kind: 'strong', children: parseInline(strong[1]!) });
      i += strong[0].length;
    } else if (em) {
      flush();
      out.push({ kind: 'em', children: parseInline(em[1]!) });
      i += em[0].length;
    } else if (link && SAFE_HREF.test(link[2]!)) {
      flush();
      out.push({ kind: 'link', href: link[2]!, children: parseInline(link[1]!) });
      i += link[0].length;
    } else {
      plain += text[i];
      i++;
    }
  }
  flush();
  return out;
}

export function parseMarkdown(source: string): MdBlock[] {
  const blocks: MdBlock[] = [];
  const lines = source.split('\n');
  let i = 0;
  const isList = (l: string) => /^\s*(-|\*|\d+\.)\s+/.test(l);
  while (i < lines.length) {
    const line = lines[i]!;
    if (!line.trim()) {
      i++;
      continue;
    }
    const heading = /^#{3,6}\s+(.*)$/.exec(line);
    if (heading) {
      blocks.push({ kind: 'heading', children: parseInline(heading[1]!) });
      i++;
      continue;
    }
    if (line.startsWith('>')) {
      const quoted: string[] = [];
      while (i < lines.length && lines[i]!.startsWith('>')) quoted.push(lines[i++]!.replace(/^>\s?/, ''));
      blocks.push({ kind: 'quote', children: parseInline(quoted.join(' ')) });
      continue;
    }
    if (isList(line)) {
      const ordered = /^\s*\d+\./.test(line);
      const items: string[] = [];
      while (i < lines.length && lines[i]!.trim()) {
        const l = lines[i]!;
        if (isList(l)) items.push(l.replace(/^\s*(-|\*|\d+\.)\s+/, ''));
        else items[items.length - 1] += ` ${l.trim()}`; // a wrapped item continues
        i++;
      }
      blocks.push({ kind: 'list', ordered, items: items.map(parseInline) });
      continue;
    }
    const para: string[] = [];
    while (
      i < lines.length &&
      lines[i]!.trim() &&
      !isList(lines[i]!) &&
      !lines[i]!.startsWith('>') &&
      !/^#{3,6}\s/.test(lines[i]!)
    ) {
      para.push(lines[i++]!.trim());
    }
    blocks.push({ kind: 'p', children: parseInline(para.join(' ')) });
  }
  return blocks;
}
