// A statement as the explorer shows it: the words, who and when, the sentence they stand in with the quoted
// words marked, and on demand the whole article with that sentence highlighted: every fact shown with its source.
import type { StatementViewFragment } from '../../gql/graphql';
import { ask } from './api';
import { formatDate, h, marked, typeBadge } from './dom';
import { showError } from './errors';
import { ArticleQuery } from './queries';
import { entityLink, link } from './router';

interface Span {
  start: number;
  end: number;
  text: string;
  sentence: string;
}

/** The article text with the evidence's sentence (and in it the span) marked; the span alone if the sentence is not found. */
export function articleWithEvidence(text: string, span: Span): (Node | string)[] {
  // The sentence begins at or before the span and holds it.
  let from = text.lastIndexOf(span.sentence, span.start);
  if (from < 0 || from + span.sentence.length < span.end) from = text.indexOf(span.sentence);
  if (from < 0) {
    const inside = text.slice(span.start, span.end);
    return [text.slice(0, span.start), h('mark', { class: 'evidence-sentence' }, inside), text.slice(span.end)];
  }
  const to = from + span.sentence.length;
  const sentence = span.start >= from && span.end <= to ? [text.slice(from, span.start), h('strong', {}, text.slice(span.start, span.end)), text.slice(span.end, to)] : [text.slice(from, to)];
  return [text.slice(0, from), h('mark', { class: 'evidence-sentence' }, ...sentence), text.slice(to)];
}

/** A button that opens the article under it with the evidence highlighted and scrolled into view. */
export function inArticleToggle(span: Span & { article: { id: string; title: string; date?: string | null } | null | undefined }): HTMLElement[] {
  const { article } = span;
  if (!article) return [h('span', { class: 'muted' }, 'the article has been deleted since')];
  const holder = h('div', { class: 'article-context', hidden: true });
  const button = h(
    'button',
    {
      type: 'button',
      class: 'in-article',
      'aria-expanded': 'false',
      onclick: async () => {
        const open = holder.hidden;
        holder.hidden = !open;
        button.setAttribute('aria-expanded', String(open));
        if (!open || holder.childElementCount > 0) return;
        try {
          const { node } = await ask(ArticleQuery, { id: article.id });
          if (node?.__typename !== 'Article') throw new Error('The article is gone.');
          holder.append(h('h4', {}, node.title, ' ', h('span', { class: 'muted' }, formatDate(node.date), ' · ', node.source)), h('div', { class: 'article-text' }, ...articleWithEvidence(node.text, span)));
          // Only web addresses: an ingested page could name any scheme as its URL.
          if (node.url && /^https?:\/\//i.test(node.url)) holder.append(h('a', { href: node.url, rel: 'noopener noreferrer', target: '_blank' }, 'original page'));
          holder.querySelector('mark')?.scrollIntoView({ block: 'nearest' });
        } catch (error) {
          holder.hidden = true;
          showError(error);
        }
      },
    },
    'in its article: ',
    article.title,
  );
  return [button, holder];
}

const MAX_SUBJECTS = 3;

export function statementItem(statement: StatementViewFragment, options: { showSpeaker?: boolean } = {}): HTMLLIElement {
  const { evidence } = statement;
  // A few subjects are a hint; the full list is the API's (a statement can be about a dozen events).
  const about = statement.about.slice(0, MAX_SUBJECTS).map((subject) =>
    subject.__typename === 'Event' ? h('span', { class: 'chip type-Event' }, subject.label) : 'name' in subject ? h('span', { class: `chip type-${subject.type}` }, link({ entity: subject.id }, subject.name)) : null,
  );
  return h(
    'li',
    { class: 'statement' },
    h('blockquote', {}, statement.direct ? `“${statement.quote}”` : statement.quote),
    h(
      'div',
      { class: 'meta' },
      options.showSpeaker !== false && statement.speaker ? [entityLink(statement.speaker), ' ', typeBadge(statement.speaker.type), ' · '] : null,
      h('time', { datetime: statement.date ?? '' }, formatDate(statement.date)),
      ' · ',
      statement.direct ? 'direct quote' : 'reported speech',
      about.length ? [' · about ', ...about, statement.about.length > MAX_SUBJECTS ? h('span', { class: 'muted' }, ` and ${statement.about.length - MAX_SUBJECTS} more`) : null] : null,
    ),
    h('p', { class: 'evidence' }, ...marked(evidence.sentence, evidence.text)),
    ...inArticleToggle(evidence),
  );
}
