// A running newsgraph server as `ingest --server` uses it: where it answers (its base address or its /graphql
// endpoint), whether it takes the key, which articles it holds already, and its `ingestArticle` mutation.
import { articleId, cleanSubmitted, SUBMITTED_LIMITS, type SourceArticle } from '../sources/article';
import { isUrl } from '../sources/fetch-url';
import { describeErrors, postGraphQL, RequestFailedError, ServerError, ServerUnreachableError, type Endpoint, type GraphQLReply } from './graphql-post';

// `ingestArticle` checks its input before it reads or writes anything: a server that takes the key refuses an
// empty title as InvalidInputError, one that does not refuses the request (UNAUTHENTICATED, FORBIDDEN). So the
// key is tried before any source is read, and a rerun that finds every article stored still says when it is wrong.
const CHECK_KEY = 'mutation CheckWriteKey { ingestArticle(input: { title: "", text: "" }) { __typename } }';
// The objects of these global ids, in order; null where the server holds none.
const STORED_ARTICLES = 'query StoredArticles($ids: [ID!]!) { nodes(ids: $ids) { id } }';
// One article, extracted and written by the server; or why its input was refused.
const INGEST_ARTICLE = 'mutation IngestArticle($input: IngestArticleInput!) { ingestArticle(input: $input) { __typename ... on InvalidInputError { message } } }';

/** The operations this client sends, for a test that checks them against the schema. */
export const OPERATIONS = [CHECK_KEY, STORED_ARTICLES, INGEST_ARTICLE];

const CHECK_TIMEOUT_MS = 10_000;
const READ_TIMEOUT_MS = 30_000;
// An article waits for a free extraction thread and is extracted (NEWSGRAPH_EXTRACTION_BUDGET_MS, 30 s by default,
// counts both), then written (NEO4J_WRITE_TIMEOUT_MS, 60 s): past this the server has given up on it too.
const ARTICLE_TIMEOUT_MS = 120_000;

/** The mutation's input (the `IngestArticleInput` of the schema). */
export interface ArticleInput {
  title: string;
  text: string;
  date: string | null;
  url: string | null;
  author: string | null;
  source: string | null;
}


/** What the mutation is sent for an article, and the id the server will keep it under. */
export function submissionOf(article: SourceArticle): { id: string; input: ArticleInput } {
  const { title, text } = cleanSubmitted(article.title, article.text);
  // The server refuses a url that is no http(s) address: such a link (a feed's, a record's) is left out, not the article.
  const url = article.url && isUrl(article.url) ? article.url : null;
  // Within the mutation's limits: an author past them is left out, a source keeps its end (a file's name).
  const author = article.author && article.author.length <= SUBMITTED_LIMITS.author ? article.author : null;
  const source = article.source ? article.source.slice(-SUBMITTED_LIMITS.source) : null;
  return { id: articleId(title, text), input: { title, text, date: article.date, url, author, source } };
}

/** An article's global id (Relay's: base64 of "Article:<content id>"), as `nodes(ids:)` takes it. */
export const articleGlobalId = (contentId: string) => Buffer.from(`Article:${contentId}`).toString('base64');

/** The GraphQL endpoint of a server given by its base address (`http://host:4000`) or by the endpoint itself. */
export function graphqlEndpointOf(address: string): string {
  const example = 'such as http://127.0.0.1:4000';
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new ServerError(`--server ${JSON.stringify(address)} is not an address; give the server's http(s) address, ${example}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ServerError(`--server ${JSON.stringify(address)} is not an http(s) address; give one ${example}`);
  // fetch refuses such URLs, and a message naming the URL would print the password.
  if (url.username || url.password) throw new ServerError('--server must not hold a user or password; the key goes in --key or NEWSGRAPH_WRITE_KEY');
  url.hash = '';
  url.pathname = /\/graphql\/?$/.test(url.pathname) ? url.pathname.replace(/\/$/, '') : `${url.pathname.replace(/\/$/, '')}/graphql`;
  return url.href;
}

export interface NewsgraphServer {
  /** The GraphQL endpoint. */
  readonly url: string;
  /** Which of these content ids the server holds. */
  storedArticleIds(ids: string[]): Promise<Set<string>>;
  /** Sends one article: null once it is stored, else why it was not (the server's reason). */
  ingestArticle(input: ArticleInput): Promise<string | null>;
}

const dataOrThrow = <T>({ status, reply }: { status: number; reply: GraphQLReply<T> }): T => {
  if (reply.errors?.length || !reply.data) throw new RequestFailedError(reply.errors?.length ? describeErrors(reply.errors, status) : `HTTP ${status}, an answer without data`);
  return reply.data;
};

/**
 * The server at `address`, once it has answered and taken the key for writing. Throws a ServerError (its message
 * for the user) when the address or key is unusable, nothing answers, or the key is refused.
 */
export async function connectServer(address: string, key: string, keyFrom: string): Promise<NewsgraphServer> {
  // A bearer token is visible ASCII without spaces; fetch would refuse other characters in a header.
  if (!/^[\x21-\x7e]+$/.test(key)) throw new ServerError(`the key (${keyFrom}) must be one word of visible ASCII characters, without spaces`);
  const endpoint: Endpoint = { url: graphqlEndpointOf(address), key, keyFrom };
  const post = <T>(query: string, variables: Record<string, unknown>, timeoutMs: number) => postGraphQL<T>(endpoint, { query, variables }, { timeoutMs, reconnect: true });

  // An address that does not answer is said at once, not after retries.
  const checked = await postGraphQL<{ ingestArticle: { __typename: string } }>(endpoint, { query: CHECK_KEY }, { timeoutMs: CHECK_TIMEOUT_MS, reconnect: false }).catch((error: unknown) => {
    throw error instanceof RequestFailedError ? new ServerUnreachableError(`no newsgraph server answers at ${endpoint.url} (${error.message})`) : error;
  });
  if (checked.reply.data?.ingestArticle?.__typename !== 'InvalidInputError') {
    const why = checked.reply.errors?.length ? describeErrors(checked.reply.errors, checked.status) : `HTTP ${checked.status}, an unexpected answer`;
    throw new ServerUnreachableError(`no newsgraph server answers at ${endpoint.url} (${why})`);
  }

  return {
    url: endpoint.url,
    async storedArticleIds(ids) {
      const { nodes } = dataOrThrow(await post<{ nodes: ({ id: string } | null)[] }>(STORED_ARTICLES, { ids: ids.map(articleGlobalId) }, READ_TIMEOUT_MS));
      return new Set(ids.filter((_, i) => nodes[i]));
    },
    async ingestArticle(input) {
      try {
        const { ingestArticle } = dataOrThrow(await post<{ ingestArticle: { __typename: string; message?: string } }>(INGEST_ARTICLE, { input }, ARTICLE_TIMEOUT_MS));
        return ingestArticle.__typename === 'Article' ? null : (ingestArticle.message ?? `the server answered ${ingestArticle.__typename}`);
      } catch (error) {
        if (error instanceof RequestFailedError) return error.message;
        throw error;
      }
    },
  };
}
