// Runs typed GraphQL operations (from codegen) over real HTTP.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type GraphQLFormattedError } from 'graphql';

export interface HttpResult<T> {
  status: number;
  data?: T | null;
  errors?: GraphQLFormattedError[];
}

export async function execute<TResult, TVariables>(
  url: string,
  document: TypedDocumentNode<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
): Promise<HttpResult<TResult>> {
  return postGraphQL<TResult>(url, { query: print(document), variables: variables ?? {} });
}

/** Posts any body (also malformed ones) and returns the parsed reply. */
export async function postGraphQL<T = unknown>(url: string, body: unknown): Promise<HttpResult<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const json = (await response.json()) as { data?: T | null; errors?: GraphQLFormattedError[] };
  return { status: response.status, ...json };
}
