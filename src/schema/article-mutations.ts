import { deleteArticle } from '../graph/article-deleter';
import { findArticlesByIds } from '../graph/article-repository';
import { GraphQLError } from 'graphql';
import { ingestArticles } from '../ingest';
import { ExtractionBudgetError } from '../ingest/extraction-pool';
import { articleId, cleanSubmitted, SUBMITTED_LIMITS, type SourceArticle } from '../sources/article';
import { readArticleHead } from '../sources/article-head';
import { ArticleRef } from './article';
import { builder } from './builder';
import { readGlobalID } from './global-id';

const { title: MAX_TITLE_LENGTH, text: MAX_TEXT_LENGTH, author: MAX_AUTHOR_LENGTH, source: MAX_SOURCE_LENGTH } = SUBMITTED_LIMITS;

/** Input an analyst can fix: what is wrong, and with which field. */
export class InvalidInputError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

export class NotFoundError extends Error {}

builder.objectType(InvalidInputError, {
  name: 'InvalidInputError',
  description: 'The input cannot be used; the message says why and `field` which part.',
  fields: (t) => ({
    message: t.exposeString('message', { description: 'What is wrong.' }),
    field: t.exposeString('field', { description: 'The input field at fault.' }),
  }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  description: 'Nothing has the given id.',
  fields: (t) => ({ message: t.exposeString('message', { description: 'What was not found.' }) }),
});

const IngestArticleInput = builder.inputType('IngestArticleInput', {
  description: 'An article to add: its headline and text, and when and where it was published if known.',
  fields: (t) => ({
    title: t.string({ required: true, description: `Headline (at most ${MAX_TITLE_LENGTH} characters).` }),
    text: t.string({ required: true, description: `Body text (at most ${MAX_TEXT_LENGTH.toLocaleString('en')} characters); a dateline at its start is read.` }),
    date: t.field({ type: 'Date', required: false, description: 'Publication date; when missing, the dateline’s date, else none.' }),
    url: t.string({ required: false, description: 'Where it was published.' }),
    author: t.string({ required: false, description: `Author (at most ${MAX_AUTHOR_LENGTH} characters); when missing, a byline at the text’s start is read.` }),
    source: t.string({ required: false, description: `Where it came from, e.g. the file or feed it was read from (at most ${MAX_SOURCE_LENGTH} characters); "api" when missing.` }),
  }),
});

/** Checks the input and builds the article the pipeline reads. */
export function articleFromInput(input: { title: string; text: string; date?: string | null; url?: string | null; author?: string | null; source?: string | null }): SourceArticle {
  const { title, text } = cleanSubmitted(input.title, input.text);
  if (!title) throw new InvalidInputError('The title is empty.', 'title');
  if (title.length > MAX_TITLE_LENGTH) throw new InvalidInputError(`The title has ${title.length} characters; at most ${MAX_TITLE_LENGTH} are accepted.`, 'title');
  if (!/\p{L}/u.test(text)) throw new InvalidInputError('The text holds no words.', 'text');
  if (text.length > MAX_TEXT_LENGTH) throw new InvalidInputError(`The text has ${text.length} characters; at most ${MAX_TEXT_LENGTH} are accepted.`, 'text');
  if (input.url && !/^https?:\/\/\S+$/.test(input.url)) throw new InvalidInputError('The url must be an http(s) address.', 'url');
  const given = { author: input.author?.trim() || null, source: input.source?.trim() || null };
  if (given.author && given.author.length > MAX_AUTHOR_LENGTH) throw new InvalidInputError(`The author has ${given.author.length} characters; at most ${MAX_AUTHOR_LENGTH} are accepted.`, 'author');
  if (given.source && given.source.length > MAX_SOURCE_LENGTH) throw new InvalidInputError(`The source has ${given.source.length} characters; at most ${MAX_SOURCE_LENGTH} are accepted.`, 'source');
  const { dateline, author } = readArticleHead(text);
  return {
    id: articleId(title, text),
    title,
    date: input.date ?? dateline?.date ?? null,
    author: given.author ?? author,
    datelinePlace: dateline?.place ?? null,
    source: given.source ?? 'api',
    url: input.url ?? null,
    text,
  };
}

builder.mutationField('ingestArticle', (t) =>
  t.field({
    type: ArticleRef,
    description: 'Adds an article: it is extracted and written to the graph like an ingested file (adding it twice changes nothing).',
    errors: {
      types: [InvalidInputError],
      directResult: true,
      union: { name: 'IngestArticleResult', description: 'The stored article, or why the input was refused.' },
    },
    args: { input: t.arg({ type: IngestArticleInput, required: true, description: 'The article.' }) },
    resolve: async (_root, { input }, context) => {
      const article = articleFromInput(input);
      const report = await ingestArticles(context.graph, [article], context.extract).catch((error: unknown) => {
        if (error instanceof ExtractionBudgetError) throw new GraphQLError(error.message, { extensions: { code: 'EXTRACTION_BUDGET_EXCEEDED', http: { status: 422 } } });
        throw error;
      });
      await context.forgetAnswers();
      if (report.articles !== 1) throw new Error(report.errors.map((e) => e.reason).join('; ') || 'the article was not written');
      const [stored] = await findArticlesByIds(context.graph, [article.id]);
      return stored!;
    },
  }),
);

const DeleteReportRef = builder.objectRef<{ articleId: string; statements: number; events: number; entities: number }>('DeletedArticle').implement({
  description: 'What deleting an article removed.',
  fields: (t) => ({
    articleId: t.exposeID('articleId', { description: 'Global id of the deleted article.' }),
    statements: t.exposeInt('statements', { description: 'Statements it reported.' }),
    events: t.exposeInt('events', { description: 'Events no other article reports.' }),
    entities: t.exposeInt('entities', { description: 'Entities no other article mentions.' }),
  }),
});

builder.mutationField('deleteArticle', (t) =>
  t.field({
    type: DeleteReportRef,
    description: 'Deletes an article and the facts only it supported; entities and events other articles tell are kept.',
    errors: {
      types: [NotFoundError, InvalidInputError],
      directResult: true,
      union: { name: 'DeleteArticleResult', description: 'What was removed, or why nothing was.' },
    },
    args: { id: t.arg.id({ required: true, description: 'Global id of the article.' }) },
    resolve: async (_root, { id }, context) => {
      const decoded = readGlobalID(String(id));
      if (!decoded) throw new InvalidInputError(`${JSON.stringify(id)} is not a global id.`, 'id');
      if (decoded.typename !== 'Article') throw new InvalidInputError(`${JSON.stringify(id)} is the id of a ${decoded.typename}, not of an Article.`, 'id');
      const report = await deleteArticle(context.graph, decoded.id);
      await context.forgetAnswers();
      if (!report) throw new NotFoundError(`No article has the id ${JSON.stringify(id)}.`);
      return { articleId: String(id), ...report };
    },
  }),
);
