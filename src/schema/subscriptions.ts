// Subscriptions (over server-sent events): each article as it is ingested, and each new statement that
// matches a filter, whichever process ingested it (the server reads Neo4j's ingest log; see http/live-updates).
import { GraphQLError } from 'graphql';
import type { LoggedStatement } from '../graph/ingest-log';
import type { StatementFilter, StatementConditions } from '../graph/statement-repository';
import { TooManySubscriptionsError, type LiveUpdates } from '../http/live-updates';
import type { Context } from '../context';
import { ArticleRef } from './article';
import { builder } from './builder';
import { StatementRef } from './refs';
import { filterOf, StatementFilterInput } from './statement';

builder.subscriptionType({ description: 'Live updates, over server-sent events (POST with `Accept: text/event-stream`).' });

function liveOf(context: Context): LiveUpdates {
  if (!context.live) throw new GraphQLError('This server sends no live updates.', { extensions: { code: 'SUBSCRIPTIONS_OFF' } });
  return context.live;
}

function open<T>(subscribe: () => AsyncIterable<T>): AsyncIterable<T> {
  try {
    return subscribe();
  } catch (error) {
    if (error instanceof TooManySubscriptionsError) throw new GraphQLError(error.message, { extensions: { code: 'SERVICE_BUSY' } });
    throw error;
  }
}

const holds = ({ statement, about }: LoggedStatement, c: StatementConditions) =>
  (!c.speakerIds || (statement.speakerId !== null && c.speakerIds.includes(statement.speakerId))) &&
  (!c.aboutId || about.includes(c.aboutId)) &&
  (!c.from || (statement.date !== null && statement.date >= c.from)) &&
  (!c.to || (statement.date !== null && statement.date <= c.to));

/** Whether a new statement is one the filter asks for: as the statements list would select it. */
export function matchesStatementFilter(logged: LoggedStatement, filter: StatementFilter): boolean {
  const words = filter.text?.toLowerCase().split(/\s+/).filter(Boolean) ?? [];
  const quote = logged.statement.quote.toLowerCase();
  return holds(logged, filter) && (!filter.anyOf?.length || filter.anyOf.some((c) => holds(logged, c))) && words.every((word) => quote.includes(word));
}

async function* matching(source: AsyncIterable<LoggedStatement>, filter: StatementFilter): AsyncGenerator<LoggedStatement> {
  for await (const logged of source) if (matchesStatementFilter(logged, filter)) yield logged;
}

builder.subscriptionField('articleIngested', (t) =>
  t.field({
    type: ArticleRef,
    description: 'Each article as it is written to the graph, by this server, the CLI or another copy of the server.',
    subscribe: (_root, _args, context) => open(() => liveOf(context).articles()),
    resolve: (article) => article,
  }),
);

builder.subscriptionField('statementAdded', (t) =>
  t.field({
    type: StatementRef,
    description: 'Each new statement that matches the filter (speaker, subject, period, words, OR), as its article is written.',
    args: { filter: t.arg({ type: StatementFilterInput, required: false, description: 'Which statements.' }) },
    subscribe: async (_root, args, context) => {
      const filter = await filterOf(context, args.filter);
      return matching(open(() => liveOf(context).statements()), filter);
    },
    resolve: (logged: LoggedStatement) => logged.statement,
  }),
);
