// The built page's Content-Security-Policy allows styles from 'self' only: the browser refuses every
// <style> element and every style="" attribute that markup brings in, but never a style set through
// the CSSOM. Monaco and xterm.js style themselves the refused ways at run time, so this module, loaded
// before either, routes those styles through the CSSOM instead:
// - a <style> element made by script gets a constructed stylesheet, adopted by the document (or the
//   shadow root it is added to), and the element itself never enters the tree;
// - setAttribute('style', css) becomes element.style.cssText = css;
// - Monaco draws its lines as HTML strings with style="" attributes, each string passing through a
//   Trusted Types policy it asks MonacoEnvironment for: ours renames those attributes, and as soon as
//   the string has been parsed (innerHTML, insertAdjacentHTML) their declarations go to element.style.

const DEFERRED_STYLE = 'data-pl-style';

interface ConstructedStyle {
  readonly sheet: CSSStyleSheet;
  adoptedBy?: Document | ShadowRoot;
}
const constructedStyles = new WeakMap<Node, ConstructedStyle>();

function giveConstructedSheet(element: HTMLStyleElement): void {
  const state: ConstructedStyle = { sheet: new CSSStyleSheet() };
  constructedStyles.set(element, state);
  let text = '';
  const setText = (value: unknown) => {
    text = typeof value === 'string' ? value : '';
    state.sheet.replaceSync(text);
  };
  Object.defineProperties(element, {
    sheet: { get: () => state.sheet, configurable: true },
    textContent: { get: () => text, set: setText, configurable: true },
    innerHTML: { get: () => text, set: setText, configurable: true },
    media: {
      get: () => state.sheet.media.mediaText,
      set: (media: string) => (state.sheet.media.mediaText = media),
      configurable: true,
    },
    remove: { value: () => unadopt(state), configurable: true },
  });
}

function adopt(state: ConstructedStyle, parent: Node): void {
  unadopt(state);
  const root = parent.getRootNode();
  const target = root instanceof ShadowRoot ? root : document;
  target.adoptedStyleSheets = [...target.adoptedStyleSheets, state.sheet];
  state.adoptedBy = target;
}

function unadopt(state: ConstructedStyle): void {
  const target = state.adoptedBy;
  if (!target) return;
  target.adoptedStyleSheets = target.adoptedStyleSheets.filter((sheet) => sheet !== state.sheet);
  state.adoptedBy = undefined;
}

function installStyleElements(): void {
  const createElement = Document.prototype.createElement;
  Document.prototype.createElement = function (this: Document, tagName: string, options?: ElementCreationOptions) {
    const element = createElement.call(this, tagName, options);
    if (element instanceof HTMLStyleElement) giveConstructedSheet(element);
    return element;
  };

  const appendChild = Node.prototype.appendChild;
  Node.prototype.appendChild = function <T extends Node>(this: Node, node: T): T {
    const state = constructedStyles.get(node);
    if (!state) return appendChild.call(this, node) as T;
    adopt(state, this);
    return node;
  };
  const insertBefore = Node.prototype.insertBefore;
  Node.prototype.insertBefore = function <T extends Node>(this: Node, node: T, child: Node | null): T {
    const state = constructedStyles.get(node);
    if (!state) return insertBefore.call(this, node, child) as T;
    adopt(state, this);
    return node;
  };
  const removeChild = Node.prototype.removeChild;
  Node.prototype.removeChild = function <T extends Node>(this: Node, child: T): T {
    const state = constructedStyles.get(child);
    if (!state) return removeChild.call(this, child) as T;
    unadopt(state);
    return child;
  };
}

function installStyleAttribute(): void {
  const setAttribute = Element.prototype.setAttribute;
  Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
    if (name.toLowerCase() === 'style' && (this instanceof HTMLElement || this instanceof SVGElement)) {
      this.style.cssText = value;
    } else {
      setAttribute.call(this, name, value);
    }
  };
}

/** Renames style="" inside the tags of an HTML string (text between tags is left alone). */
export function deferInlineStyles(html: string): string {
  if (!html.includes(' style="')) return html;
  return html.replace(/<[a-z][^>]*>/gi, (tag) => tag.replaceAll(' style="', ` ${DEFERRED_STYLE}="`));
}

function applyDeferredStyles(root: ParentNode): void {
  for (const element of root.querySelectorAll(`[${DEFERRED_STYLE}]`)) {
    if (element instanceof HTMLElement || element instanceof SVGElement) {
      element.style.cssText = element.getAttribute(DEFERRED_STYLE) ?? '';
    }
    element.removeAttribute(DEFERRED_STYLE);
  }
}

function installHtmlParsing(): void {
  const innerHtml = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML')!;
  const setInnerHtml = innerHtml.set!;
  Object.defineProperty(Element.prototype, 'innerHTML', {
    ...innerHtml,
    set(this: Element, html: string) {
      setInnerHtml.call(this, html);
      if (typeof html === 'string' && html.includes(DEFERRED_STYLE)) applyDeferredStyles(this);
    },
  });
  const insertAdjacentHTML = Element.prototype.insertAdjacentHTML;
  Element.prototype.insertAdjacentHTML = function (this: Element, position: InsertPosition, html: string) {
    insertAdjacentHTML.call(this, position, html);
    if (typeof html === 'string' && html.includes(DEFERRED_STYLE)) applyDeferredStyles(this.parentNode ?? this);
  };
}

// The part of Monaco's MonacoEnvironment this module fills in (Monaco declares the whole as a global,
// seen only where Monaco is imported).
interface PolicyOptions {
  createHTML?: (input: string) => string;
  createScript?: (input: string) => string;
  createScriptURL?: (input: string) => string;
}
interface MonacoPolicyHook {
  createTrustedTypesPolicy?(name: string, options?: PolicyOptions): PolicyOptions & { readonly name: string };
}

function installMonacoPolicy(): void {
  const scope = globalThis as unknown as { MonacoEnvironment?: MonacoPolicyHook };
  scope.MonacoEnvironment = {
    ...scope.MonacoEnvironment,
    createTrustedTypesPolicy: (name, options) => ({
      name,
      createScript: options?.createScript,
      createScriptURL: options?.createScriptURL,
      createHTML: (value) => deferInlineStyles(options?.createHTML ? options.createHTML(value) : value),
    }),
  };
}

if (typeof document !== 'undefined') {
  installStyleElements();
  installStyleAttribute();
  installHtmlParsing();
  installMonacoPolicy();
}
