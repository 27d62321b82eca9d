import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { countArticles, listArticles, type ArticleRecord } from '../graph/article-repository';
import { builder } from './builder';
import { checkPageSize } from './pagination';
import { periodInput, toDateRange } from './period';
import { searchWords } from './search-words';

export const ArticleRef = builder.objectRef<ArticleRecord>('Article');

builder.node(ArticleRef, {
  description: 'A news article as ingested: the text every extracted fact points back into.',
  id: { resolve: (article) => article.id },
  loadMany: (ids, context) => ids.map((id) => context.loaders.articleById.load(id)),
  fields: (t) => ({
    contentId: t.exposeString('id', { description: 'Content hash of title and body: the same article always gets the same one.' }),
    title: t.exposeString('title', { description: 'Headline.' }),
    date: t.field({ type: 'Date', nullable: true, description: 'Publication date from the dateline; null when the article gives none.', resolve: (article) => article.date }),
    author: t.exposeString('author', { nullable: true, description: 'Author named in the byline, if any.' }),
    source: t.exposeString('source', { description: 'The file (or "api") the article came from.' }),
    url: t.exposeString('url', { nullable: true, description: 'Where the article was published, when known.' }),
    text: t.string({
      description: 'The article body, dateline included: evidence spans index into it.',
      resolve: async (article, _args, context) => (await context.loaders.articleTextById.load(article.id)) ?? '',
    }),
  }),
});

builder.queryField('articles', (t) =>
  t.connection({
    type: ArticleRef,
    description: 'Articles, newest first (undated last), filtered by period and words.',
    args: {
      period: t.arg({ type: periodInput, required: false, description: 'Only articles dated within this period.' }),
      text: t.arg.string({ required: false, description: 'Words that must all occur in the title or body (case-insensitive).' }),
    },
    resolve: async (_root, args, context) => {
      checkPageSize(args, context.limits.maxPageSize);
      const filter = { ...toDateRange(args.period), text: searchWords(context, args.text, 'text') };
      const page = await resolveOffsetConnection({ args, defaultSize: 20, maxSize: context.limits.maxPageSize }, ({ offset, limit }) =>
        listArticles(context.graph, filter, offset, limit, context.asked.projection),
      );
      return { ...page, totalCount: () => countArticles(context.graph, filter) };
    },
  }, { name: 'ArticleConnection' }, { name: 'ArticleEdge' }),
);
