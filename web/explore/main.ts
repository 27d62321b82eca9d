// The explorer's page: a header (search, the views, GraphiQL, download), one banner for refusals, and the view
// the address names. Every view asks the GraphQL API with typed documents (./queries.ts).
import './explore.css';
import { ApiError, readKey } from './api';
import { h, loadingNote } from './dom';
import { renderCommentatorsView } from './commentators-view';
import { disposeEntityView, renderEntityView } from './entity-view';
import { clearError, mountErrors, showError } from './errors';
import { disposePathView, renderPathView } from './path-view';
import { currentRoute, go, link, startRouter, type Route } from './router';

const EXPORT_FORMATS = ['graphml', 'gexf', 'csv', 'jsonl'] as const;

/** The export as a file, fetched with the read key when one is set (a plain link could not carry it). */
async function download(format: string): Promise<void> {
  const key = readKey.get();
  const response = await fetch(`/export?format=${format}`, { headers: key ? { authorization: `Bearer ${key}` } : {} });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { errors?: { message: string; extensions?: { code?: string } }[] } | null;
    throw new ApiError(body?.errors?.[0]?.message ?? `HTTP ${response.status}`, body?.errors?.[0]?.extensions?.code ?? `HTTP_${response.status}`);
  }
  const url = URL.createObjectURL(await response.blob());
  h('a', { href: url, download: `newsgraph.${format}` }).click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function header(route: Route): HTMLElement {
  const q = route.view === 'entity' ? route.q : '';
  const format = h('select', { name: 'format', 'aria-label': 'export format' }, ...EXPORT_FORMATS.map((f) => h('option', { value: f }, f)));
  const tab = (view: Route['view'], label: string, params: Record<string, string>) => {
    const a = link(params, label);
    if (route.view === view) a.setAttribute('aria-current', 'page');
    return h('li', {}, a);
  };
  return h(
    'header',
    { class: 'top' },
    h('a', { class: 'brand', href: location.pathname }, 'newsgraph'),
    h(
      'form',
      {
        class: 'search',
        role: 'search',
        onsubmit: (event) => {
          event.preventDefault();
          const value = ((event.target as HTMLFormElement).elements.namedItem('q') as HTMLInputElement).value.trim();
          if (value) go({ q: value });
        },
      },
      h('input', { name: 'q', type: 'search', value: q, placeholder: 'Search people, institutions, places, quotes…', 'aria-label': 'search', autocomplete: 'off' }),
      h('button', { type: 'submit' }, 'Search'),
    ),
    h('nav', {}, h('ul', {}, tab('entity', 'Entities', {}), tab('commented', 'Who commented', { view: 'commented' }), tab('path', 'Path', { view: 'path' }), h('li', {}, h('a', { href: '/graphql' }, 'GraphiQL')))),
    h(
      'form',
      {
        class: 'download',
        onsubmit: (event) => {
          event.preventDefault();
          download(format.value).catch(showError);
        },
      },
      format,
      h('button', { type: 'submit' }, 'Download'),
    ),
  );
}

const app = document.getElementById('app')!;
const banner = h('div', { class: 'error', role: 'alert', hidden: true });
const main = h('main', { id: 'view' });

async function render(): Promise<void> {
  const route = currentRoute();
  disposeEntityView();
  disposePathView();
  clearError();
  app.replaceChildren(header(route), banner, main);
  main.replaceChildren(loadingNote());
  main.setAttribute('aria-busy', 'true');
  try {
    if (route.view === 'commented') await renderCommentatorsView(main, route);
    else if (route.view === 'path') await renderPathView(main, route);
    else await renderEntityView(main, route);
    document.title = `${main.querySelector('h1')?.textContent ?? 'explore'} · newsgraph`;
  } catch (error) {
    // The view's form (if it drew one) stays, so the question can be put right.
    main.querySelectorAll('.loading').forEach((element) => element.remove());
    showError(error);
  } finally {
    main.removeAttribute('aria-busy');
  }
}

mountErrors(banner, () => void render());
startRouter(() => void render());
