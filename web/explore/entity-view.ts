// The entity view: a search (`?q=`) opens its best entity match, `?entity=` an entity by id. The card holds the
// name, type, aliases and roles, the statements with their evidence, the events; beside it the graph of who and
// what is named with it (expanding on click) and its timeline.
import type { ExploreEntityQuery, ExploreSearchQuery } from '../../gql/graphql';
import { ask } from './api';
import { formatDate, h, typeBadge } from './dom';
import { statementItem } from './evidence-view';
import { createGraphView, legend, type GraphView } from './graph-view';
import { EntityQuery, SearchQuery, TopEntitiesQuery } from './queries';
import { entityLink, go, link } from './router';
import { timelineChart } from './timeline-chart';

type Hit = ExploreSearchQuery['search'][number];
type EntityNode = Extract<NonNullable<ExploreEntityQuery['node']>, { name: string }>;

let graph: GraphView | null = null;

export function disposeEntityView(): void {
  graph?.destroy();
  graph = null;
}

function hitItem(hit: Hit, chosen: string | undefined): HTMLLIElement | null {
  const { item } = hit;
  if (!item) return null;
  switch (item.__typename) {
    case 'Statement':
      return h('li', { class: 'hit' }, h('span', { class: 'muted' }, 'statement '), `“${item.quote}”`, item.speaker ? [' — ', entityLink(item.speaker)] : null);
    case 'Article':
      return h('li', { class: 'hit' }, h('span', { class: 'muted' }, 'article '), item.title, ' ', h('span', { class: 'muted' }, formatDate(item.date)));
    default:
      return h('li', { class: `hit${item.id === chosen ? ' chosen' : ''}` }, entityLink(item), ' ', typeBadge(item.type));
  }
}

function card(entity: EntityNode): HTMLElement {
  const statements = 'statements' in entity ? entity.statements : null;
  const roles = 'roles' in entity ? entity.roles : [];
  const country = 'country' in entity ? entity.country : null;
  return h(
    'article',
    { class: 'card', 'data-entity': entity.id },
    h('header', {}, h('h1', {}, entity.name), ' ', typeBadge(entity.type), country ? [' in ', entityLink(country)] : null),
    h(
      'dl',
      { class: 'facts' },
      entity.aliases.length ? [h('dt', {}, 'also called'), h('dd', { class: 'aliases' }, entity.aliases.join(' · '))] : null,
      roles.length ? [h('dt', {}, 'roles'), h('dd', { class: 'roles' }, roles.join(' · '))] : null,
      h('dt', {}, 'named in'),
      h('dd', {}, `${entity.mentions.totalCount} article(s)`),
    ),
    statements
      ? h(
          'section',
          { class: 'statements' },
          h('h2', {}, `Statements (${statements.totalCount})`, statements.totalCount > statements.edges.length ? h('span', { class: 'muted' }, ` newest ${statements.edges.length} shown`) : null),
          statements.edges.length ? h('ol', { class: 'statement-list' }, ...statements.edges.map(({ node }) => statementItem(node, { showSpeaker: false }))) : h('p', { class: 'muted' }, 'No statements of theirs in the articles.'),
        )
      : null,
    h(
      'section',
      { class: 'events' },
      h('h2', {}, `Events (${entity.events.totalCount})`),
      entity.events.edges.length
        ? h('ul', { class: 'event-list' }, ...entity.events.edges.map(({ node }) => h('li', {}, h('span', { class: 'chip type-Event' }, node.type.replace(/_/g, ' ')), ' ', node.label, ' ', h('span', { class: 'muted' }, formatDate(node.start), node.end && node.end !== node.start ? ` – ${formatDate(node.end)}` : ''))))
        : h('p', { class: 'muted' }, 'No events.'),
    ),
  );
}

function side(entity: EntityNode, timeline: ExploreEntityQuery['timeline']): { element: HTMLElement; draw: () => void } {
  const box = h('div', { class: 'graph', id: 'graph', 'aria-label': `graph of what is named with ${entity.name}` });
  const element = h(
    'aside',
    { class: 'side' },
    h('section', {}, h('h2', {}, 'Connections'), legend(), box, h('p', { class: 'hint muted' }, 'Click a node to expand it; double-click to open its card. Edges: named in the same articles, or took part in.')),
    h('section', {}, h('h2', {}, 'Timeline'), timelineChart(timeline)),
    h('p', {}, link({ view: 'path', from: entity.name, to: '' }, `Find a path from ${entity.name}…`)),
  );
  const draw = () => {
    graph = createGraphView(box, { centre: entity.id, onOpen: (node) => (node.type === 'Event' ? undefined : go({ entity: node.id })) });
    graph.add(
      [{ id: entity.id, label: entity.name, type: entity.type }, ...entity.coMentioned.edges.map(({ node }) => ({ id: node.entity.id, label: node.entity.name, type: node.entity.type })), ...entity.events.edges.map(({ node }) => ({ id: node.id, label: node.label, type: 'Event' }))],
      [...entity.coMentioned.edges.map(({ node }) => ({ from: entity.id, to: node.entity.id, weight: node.articles, label: node.articles > 1 ? `${node.articles} articles` : '' })), ...entity.events.edges.map(({ node }) => ({ from: entity.id, to: node.id }))],
    );
  };
  return { element, draw };
}

async function landing(): Promise<HTMLElement> {
  const { entities } = await ask(TopEntitiesQuery, {});
  return h(
    'section',
    { class: 'landing' },
    h('h1', {}, 'Explore the graph'),
    h('p', {}, `Search a name above, or open one of the ${entities.totalCount} entities, most named first:`),
    h('ul', { class: 'top-entities' }, ...entities.edges.map(({ node }) => h('li', {}, entityLink(node), ' ', typeBadge(node.type), ' ', h('span', { class: 'muted' }, `${node.mentions.totalCount}`)))),
    h('p', {}, 'Or ask ', link({ view: 'commented', month: '', place: '' }, 'who commented on the events of a month in a place'), ', or ', link({ view: 'path', from: '', to: '' }, 'what connects two entities'), '.'),
  );
}

export async function renderEntityView(main: HTMLElement, route: { q: string; entity: string }): Promise<void> {
  let id = route.entity;
  let hits: Hit[] = [];
  if (!id && route.q) {
    hits = (await ask(SearchQuery, { query: route.q })).search;
    id = hits.find((hit) => hit.item && 'type' in hit.item)?.item?.id ?? '';
  }
  const results = hits.length ? h('section', { class: 'results' }, h('h2', {}, `Matches for “${route.q}”`), h('ul', {}, ...hits.map((hit) => hitItem(hit, id)))) : null;
  if (!id) {
    main.replaceChildren(route.q ? h('section', { class: 'empty' }, h('h1', {}, `No entity matches “${route.q}”`), results ?? h('p', {}, 'Nothing in the graph matches these words; try fewer or other words.')) : await landing());
    return;
  }
  const { node, timeline } = await ask(EntityQuery, { id, timelineOf: id });
  if (!node || !('name' in node)) {
    main.replaceChildren(h('section', { class: 'empty' }, h('h1', {}, 'No such entity'), h('p', {}, `Nothing in the graph has the id ${id}.`)));
    return;
  }
  const { element, draw } = side(node, timeline);
  main.replaceChildren(h('div', { class: 'entity-layout' }, h('div', { class: 'main-column' }, card(node), results), element));
  draw();
}
