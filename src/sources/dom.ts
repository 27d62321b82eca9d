// The little of the DOM the HTML readers use, typed here because the project compiles without the DOM library;
// linkedom's documents (and Readability's output over them) have this shape.
import { parseHTML } from 'linkedom';

export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export interface DomDocument extends DomElement {
  title: string;
  body: DomElement | null;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** A whole page, or a fragment (a feed item's HTML) put in a page's body. */
export function parseDocument(html: string): DomDocument {
  const page = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(page).document as unknown as DomDocument;
}
