// The view is in the address, so every view is a link an analyst can keep or send: `?q=Tokayev` (search, best
// entity opened), `?entity=<id>`, `?view=commented&month=2022-01&place=Kazakhstan`, `?view=path&from=…&to=…`.
import { h } from './dom';

export type Route =
  | { view: 'entity'; q: string; entity: string }
  | { view: 'commented'; month: string; place: string }
  | { view: 'path'; from: string; to: string; maxHops: string };

export function currentRoute(): Route {
  const params = new URLSearchParams(location.search);
  const get = (name: string) => params.get(name)?.trim() ?? '';
  switch (get('view')) {
    case 'commented':
      return { view: 'commented', month: get('month'), place: get('place') };
    case 'path':
      return { view: 'path', from: get('from'), to: get('to'), maxHops: get('maxHops') };
    default:
      return { view: 'entity', q: get('q'), entity: get('entity') };
  }
}

export function hrefOf(params: Record<string, string>): string {
  const search = new URLSearchParams(Object.entries(params).filter(([, value]) => value !== '')).toString();
  return `${location.pathname}${search ? `?${search}` : ''}`;
}

let onNavigate: () => void = () => {};

export function startRouter(render: () => void): void {
  onNavigate = render;
  addEventListener('popstate', render);
  render();
}

export function go(params: Record<string, string>): void {
  history.pushState(null, '', hrefOf(params));
  onNavigate();
}

/** A link that opens its view in place (and still works opened in a new tab). */
export function link(params: Record<string, string>, ...children: (Node | string)[]): HTMLAnchorElement {
  return h(
    'a',
    {
      href: hrefOf(params),
      onclick: (event) => {
        const mouse = event as MouseEvent;
        if (mouse.ctrlKey || mouse.metaKey || mouse.shiftKey || mouse.button !== 0) return;
        event.preventDefault();
        go(params);
      },
    },
    ...children,
  );
}

export const entityLink = (entity: { id: string; name: string }) => link({ entity: entity.id }, entity.name);
