// Lesson prose as React elements, from the pure Markdown parser. Every string is rendered as text
// (React escapes it); links open in a new tab, or stay in the app for "#/…" routes.
import type { ReactNode } from 'react';
import { parseMarkdown, type Inline, type MdBlock } from '../../lessons/markdown';

function renderInline(nodes: Inline[]): ReactNode[] {
  return nodes.map((node, i) => {
    switch (node.kind) {
      case 'text':
        return node.text;
      case 'code':
        return <code key={i}>{node.text}</code>;
      case 'strong':
        return <strong key={i}>{renderInline(node.children)}</strong>;
      case 'em':
        return <em key={i}>{renderInline(node.children)}</em>;
      case 'link':
        return node.href.startsWith('#/') ? (
          <a key={i} href={node.href}>
            {renderInline(node.children)}
          </a>
        ) : (
          <a key={i} href={node.href} target="_blank" rel="noreferrer noopener">
            {renderInline(node.children)}
          </a>
        );
    }
  });
}

function renderBlock(block: MdBlock, i: number): ReactNode {
  switch (block.kind) {
    case 'p':
      return <p key={i}>{renderInline(block.children)}</p>;
    case 'heading':
      return <h4 key={i}>{renderInline(block.children)}</h4>;
    case 'quote':
      return <blockquote key={i}>{renderInline(block.children)}</blockquote>;
    case 'list': {
      const items = block.items.map((item, j) => <li key={j}>{renderInline(item)}</li>);
      return block.ordered ? <ol key={i}>{items}</ol> : <ul key={i}>{items}</ul>;
    }
  }
}

export function Markdown({ text }: { text: string }) {
  return <>{parseMarkdown(text).map(renderBlock)}</>;
}

export function InlineMarkdown({ text }: { text: string }) {
  return <>{renderInline(parseMarkdown(text).flatMap((b) => (b.kind === 'list' ? b.items.flat() : b.children)))}</>;
}
