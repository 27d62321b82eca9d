// Small DOM helpers: elements from a tag, attributes and children (text is always text, never HTML), and a
// sentence with the words of the evidence marked.

type Child = Node | string | number | null | undefined | false;
type Attributes = Record<string, string | number | boolean | undefined | ((event: Event) => void)>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.replace(/^on/, ''), value);
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}

function append(parent: Element, children: (Child | Child[])[]): void {
  for (const child of children.flat()) if (child !== null && child !== undefined && child !== false) parent.append(typeof child === 'object' ? child : String(child));
}

/** `text` with `part` marked where it occurs (first occurrence), or plain when it does not. */
export function marked(text: string, part: string, className = 'evidence-span'): (Node | string)[] {
  const at = part ? text.indexOf(part) : -1;
  if (at < 0) return [text];
  return [text.slice(0, at), h('mark', { class: className }, part), text.slice(at + part.length)];
}

export const typeBadge = (type: string) => h('span', { class: `badge type-${type}` }, type);

/** YYYY-MM-DD as the reader's locale writes it; undated stays visible as such. */
export function formatDate(date: string | null | undefined): string {
  if (!date) return 'undated';
  const parsed = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? date : parsed.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
}

export function replaceChildren(parent: Element, ...children: (Child | Child[])[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** Stands in the view while its question is out; removed when the answer (or a refusal) comes. */
export const loadingNote = () => h('p', { class: 'loading muted' }, 'Asking the graph…');
