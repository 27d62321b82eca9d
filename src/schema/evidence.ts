import type { EvidenceRecord } from '../graph/records';
import { ArticleRef } from './article';
import { builder } from './builder';

// A stop ends a sentence when a space or a line break follows it ("06.01.2022" does not) and it does not
// close an initial ("U.S.", "J. Smith").
const endsSentence = (text: string, at: number) =>
  text[at] === '\n' || (/[.!?]/.test(text[at] ?? '') && /\s/.test(text[at + 1] ?? '\n') && !(text[at] === '.' && /(^|[\s.])\p{Lu}$/u.test(text.slice(Math.max(0, at - 2), at))));

/** The sentence of `text` that holds [start, end): from the stop before it to the stop after it. */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !endsSentence(text, from - 1)) from -= 1;
  let to = Math.max(end, start);
  while (to < text.length && !endsSentence(text, to - 1)) to += 1;
  return text.slice(from, to).trim();
}

export const EvidenceRef = builder.objectRef<EvidenceRecord>('Evidence').implement({
  description: 'Where a fact comes from: an article and the span of its text that supports it.',
  fields: (t) => ({
    article: t.field({ type: ArticleRef, nullable: true, description: 'The article (null if it was deleted since).', resolve: (e, _args, context) => context.loaders.articleById.load(e.articleId) }),
    start: t.exposeInt('start', { description: 'Offset of the first character in the article text.' }),
    end: t.exposeInt('end', { description: 'Offset just after the last character.' }),
    text: t.string({
      description: 'The words at the span.',
      resolve: async (e, _args, context) => (await context.loaders.articleById.load(e.articleId))?.text.slice(e.start, e.end) ?? '',
    }),
    sentence: t.string({
      description: 'The whole sentence the span sits in.',
      resolve: async (e, _args, context) => {
        const article = await context.loaders.articleById.load(e.articleId);
        return article ? sentenceAround(article.text, e.start, e.end) : '';
      },
    }),
  }),
});
