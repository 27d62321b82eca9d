// Runs typed GraphQL operations (from codegen) over real HTTP.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type GraphQLFormattedError } from 'graphql';

export interface HttpResult<T> {
  status: number;
  data?: T | null;
  errors?: GraphQLFormattedError[];
}

/** A write key the test servers accept (`useSeedServer` configures it). */
export const TEST_WRITE_KEY = 'test-write-key-2f9c41d7e8';

export interface RequestOptions {
  headers?: Record<string, string>;
}

/** Request options that carry a key (the test write key unless another is given). */
export const withKey = (key = TEST_WRITE_KEY): RequestOptions => ({ headers: { authorization: `Bearer ${key}` } });

export async function execute<TResult, TVariables>(
  url: string,
  document: TypedDocumentNode<TResult, TVariables>,
  ...[variables, options]: TVariables extends Record<string, never> ? [variables?: undefined, options?: RequestOptions] : [variables: TVariables, options?: RequestOptions]
): Promise<HttpResult<TResult>> {
  return postGraphQL<TResult>(url, { query: print(document), variables: variables ?? {} }, options);
}

/** Posts any body (also malformed ones) and returns the parsed reply. */
export async function postGraphQL<T = unknown>(url: string, body: unknown, options: RequestOptions = {}): Promise<HttpResult<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...options.headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const json = (await response.json()) as { data?: T | null; errors?: GraphQLFormattedError[] };
  return { status: response.status, ...json };
}
