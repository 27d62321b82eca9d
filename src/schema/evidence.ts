import type { EvidenceRecord } from '../graph/records';
import { ArticleRef } from './article';
import { builder } from './builder';
import { sentenceAround } from '../extract/text/sentence-around';

export const EvidenceRef = builder.objectRef<EvidenceRecord>('Evidence').implement({
  description: 'Where a fact comes from: an article and the span of its text that supports it.',
  fields: (t) => ({
    article: t.field({ type: ArticleRef, nullable: true, description: 'The article (null if it was deleted since).', resolve: (e, _args, context) => context.loaders.articleById.load(e.articleId) }),
    start: t.exposeInt('start', { description: 'Offset of the first character in the article text.' }),
    end: t.exposeInt('end', { description: 'Offset just after the last character.' }),
    text: t.string({
      description: 'The words at the span.',
      resolve: async (e, _args, context) => (await context.loaders.articleTextById.load(e.articleId))?.slice(e.start, e.end) ?? '',
    }),
    sentence: t.string({
      description: 'The whole sentence the span sits in.',
      resolve: async (e, _args, context) => {
        if (e.sentence) return e.sentence; // stored with the fact when it was written
        const text = await context.loaders.articleTextById.load(e.articleId);
        return text ? sentenceAround(text, e.start, e.end) : '';
      },
    }),
  }),
});
