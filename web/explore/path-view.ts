// What connects two entities: the shortest path through articles, statements and events, drawn and listed hop
// by hop, each hop with the sentences that support it.
import type { PathNodeViewFragment } from '../../gql/graphql';
import { ask } from './api';
import { h, loadingNote, marked, typeBadge } from './dom';
import { inArticleToggle } from './evidence-view';
import { createGraphView, legend, type GraphView } from './graph-view';
import { PathQuery } from './queries';
import { go, link } from './router';

let graph: GraphView | null = null;

export function disposePathView(): void {
  graph?.destroy();
  graph = null;
}

function describeNode(node: PathNodeViewFragment): { id: string; label: string; type: string } {
  switch (node.__typename) {
    case 'Event':
      return { id: node.id, label: node.label, type: 'Event' };
    case 'Statement':
      return { id: node.id, label: `“${node.quote.length > 60 ? `${node.quote.slice(0, 57)}…` : node.quote}”`, type: 'Statement' };
    case 'Article':
      return { id: node.id, label: node.title, type: 'Article' };
    default:
      return { id: node.id, label: node.name, type: node.type };
  }
}

const nodeLabel = (node: PathNodeViewFragment) => {
  const { id, label, type } = describeNode(node);
  return h('span', { class: 'path-node' }, type === 'Statement' || type === 'Article' || type === 'Event' ? label : link({ entity: id }, label), ' ', typeBadge(type));
};

function form(route: { from: string; to: string; maxHops: string }): HTMLFormElement {
  return h(
    'form',
    {
      class: 'question-form',
      onsubmit: (event) => {
        event.preventDefault();
        const field = (name: string) => ((event.target as HTMLFormElement).elements.namedItem(name) as HTMLInputElement).value.trim();
        go({ view: 'path', from: field('from'), to: field('to'), maxHops: field('maxHops') });
      },
    },
    h('label', {}, 'From ', h('input', { name: 'from', value: route.from, required: true, placeholder: 'a name' })),
    h('label', {}, 'To ', h('input', { name: 'to', value: route.to, required: true, placeholder: 'another name' })),
    h('label', {}, 'Hops at most ', h('select', { name: 'maxHops' }, ...[2, 3, 4, 5, 6].map((n) => h('option', { value: n, selected: String(n) === (route.maxHops || '4') }, n)))),
    h('button', { type: 'submit' }, 'Find the path'),
  );
}

export async function renderPathView(main: HTMLElement, route: { from: string; to: string; maxHops: string }): Promise<void> {
  const header = h('section', { class: 'question' }, h('h1', {}, 'What connects two entities?'), form(route));
  if (!route.from || !route.to) {
    main.replaceChildren(header, h('p', { class: 'muted' }, 'Give two names (or ids): the path goes through the articles, statements and events that join them.'));
    return;
  }
  main.replaceChildren(header, loadingNote());
  const maxHops = Number(route.maxHops || 4);
  const { path } = await ask(PathQuery, { from: route.from, to: route.to, maxHops });
  if (!path) {
    main.replaceChildren(header, h('p', { class: 'empty' }, `No path of at most ${maxHops} hops joins ${route.from} and ${route.to}.`));
    return;
  }
  const box = h('div', { class: 'graph path-graph', id: 'graph' });
  main.replaceChildren(
    header,
    h(
      'div',
      { class: 'entity-layout' },
      h(
        'section',
        { class: 'main-column path' },
        h('h2', {}, `${path.length} hop(s)`),
        h(
          'ol',
          { class: 'hop-list' },
          ...path.hops.map((hop) =>
            h(
              'li',
              { class: 'hop' },
              h('div', { class: 'hop-line' }, nodeLabel(hop.from), h('span', { class: 'relation' }, ` —${hop.relation.replace(/_/g, ' ').toLowerCase()}→ `), nodeLabel(hop.to)),
              ...hop.evidence.slice(0, 2).flatMap((evidence) => [h('p', { class: 'evidence' }, ...marked(evidence.sentence, evidence.text)), ...inArticleToggle(evidence)]),
            ),
          ),
        ),
      ),
      h('aside', { class: 'side' }, h('h2', {}, 'The path'), legend(), box),
    ),
  );
  const nodes = path.hops.flatMap((hop) => [describeNode(hop.from), describeNode(hop.to)]);
  graph = createGraphView(box, { layout: 'line' });
  graph.add(
    nodes,
    path.hops.map((hop) => ({ from: hop.from.id, to: hop.to.id, label: hop.relation.replace(/_/g, ' ').toLowerCase() })),
    'path',
  );
}
