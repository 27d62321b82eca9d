// HTML to the plain text the extractor reads: one paragraph per block element, paragraphs separated by a blank
// line, inline white space collapsed, entities decoded (by the parser), and nothing from scripts, styles,
// navigation, forms or asides.
import { ELEMENT_NODE, parseDocument, TEXT_NODE, type DomNode } from './dom';
import { isFurniture } from './furniture';

// Never article text, wherever they appear.
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'nav', 'aside', 'form', 'button', 'select', 'textarea', 'iframe', 'svg', 'canvas', 'object', 'embed', 'video', 'audio', 'map', 'head']);
// Elements that start and end a paragraph; everything else is inline.
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'blockquote', 'pre', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tr', 'address', 'hr', 'body', 'html', 'center', 'details', 'summary',
]);
const CELLS = new Set(['td', 'th']);

function bodyOf(html: string): DomNode {
  const document = parseDocument(html);
  return document.body ?? document;
}

/** The text of an element (or of an HTML string, read as a fragment), as blank-line separated paragraphs. */
export function htmlToText(html: string | DomNode): string {
  const root = typeof html === 'string' ? bodyOf(html) : html;
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const paragraph = current
      .split('\n')
      .map((line) => line.replace(/[ \t\f\r\u00A0]+/g, ' ').trim())
      .filter(Boolean)
      .join('\n');
    if (paragraph && !isFurniture(paragraph)) paragraphs.push(paragraph);
    current = '';
  };
  const walk = (node: DomNode, pre: boolean) => {
    if (node.nodeType === TEXT_NODE) {
      const text = node.textContent ?? '';
      current += pre ? text : text.replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = node.nodeName.toLowerCase();
    if (SKIPPED.has(name)) return;
    if (name === 'br') {
      current += '\n';
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    if (CELLS.has(name)) current += ' ';
    for (const child of Array.from(node.childNodes)) walk(child, pre || name === 'pre');
    if (block) flush();
  };
  walk(root, false);
  flush();
  return paragraphs.join('\n\n');
}
