// The canonical question as a view: pick a month and a place, see who commented on the events there, each
// speaker with their words and the sentences they stand in.
import { ask } from './api';
import { h, loadingNote, typeBadge } from './dom';
import { statementItem } from './evidence-view';
import { CommentatorsQuery, PlacesQuery } from './queries';
import { entityLink, go } from './router';

function form(month: string, place: string): HTMLFormElement {
  const list = h('datalist', { id: 'places' });
  // The places in the graph as suggestions; typing any name (or id) still works.
  ask(PlacesQuery, {})
    .then(({ entities }) => list.append(...entities.edges.map(({ node }) => h('option', { value: node.name }, node.type))))
    .catch(() => {});
  return h(
    'form',
    {
      class: 'question-form',
      onsubmit: (event) => {
        event.preventDefault();
        const fields = (event.target as HTMLFormElement).elements;
        go({ view: 'commented', month: (fields.namedItem('month') as HTMLInputElement).value, place: (fields.namedItem('place') as HTMLInputElement).value.trim() });
      },
    },
    h('label', {}, 'Month ', h('input', { name: 'month', type: 'month', value: month, required: true })),
    h('label', {}, 'Place ', h('input', { name: 'place', list: 'places', value: place, placeholder: 'a country or a place', required: true })),
    list,
    h('button', { type: 'submit' }, 'Who commented?'),
  );
}

export async function renderCommentatorsView(main: HTMLElement, route: { month: string; place: string }): Promise<void> {
  const header = h('section', { class: 'question' }, h('h1', {}, 'Who commented on the events of a month in a place?'), form(route.month, route.place));
  if (!route.month || !route.place) {
    main.replaceChildren(header, h('p', { class: 'muted' }, 'Pick a month and a place (a country includes its places).'));
    return;
  }
  main.replaceChildren(header, loadingNote());
  const { commentators } = await ask(CommentatorsQuery, { filter: { period: { month: route.month }, place: route.place } });
  const statements = commentators.reduce((sum, c) => sum + c.statements.length, 0);
  main.replaceChildren(
    header,
    h(
      'section',
      { class: 'commentators' },
      h('h2', {}, commentators.length ? `${commentators.length} speaker(s), ${statements} statement(s) on the events of ${route.month} in ${route.place}` : `Nobody in the graph commented on events of ${route.month} in ${route.place}.`),
      h(
        'ol',
        { class: 'commentator-list' },
        ...commentators.map((commentator) =>
          h('li', { class: 'commentator' }, h('h3', {}, entityLink(commentator.speaker), ' ', typeBadge(commentator.speaker.type)), h('ol', { class: 'statement-list' }, ...commentator.statements.map((statement) => statementItem(statement, { showSpeaker: false })))),
        ),
      ),
    ),
  );
}
