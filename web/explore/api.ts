// The explorer's one way to the server: typed documents (graphql-codegen's client preset) posted to /graphql.
// A refusal comes back as an ApiError with the server's message and code, for the page to show as it is.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

export class ApiError extends Error {
  constructor(message: string, readonly code: string) {
    super(message);
  }
}

const KEY_STORAGE = 'newsgraph-read-key';

/** The read key the user gave (when the server asks for one), kept for this browser tab only. */
export const readKey = {
  get: (): string | null => sessionStorage.getItem(KEY_STORAGE),
  set: (key: string): void => (key ? sessionStorage.setItem(KEY_STORAGE, key) : sessionStorage.removeItem(KEY_STORAGE)),
};

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function ask<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables: TVariables): Promise<TResult> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
  const key = readKey.get();
  if (key) headers.authorization = `Bearer ${key}`;
  let response: Response;
  try {
    response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query: print(document), variables }) });
  } catch (error) {
    throw new ApiError(`The server does not answer (${(error as Error).message}). Is newsgraph still running?`, 'NETWORK');
  }
  const body = (await response.json().catch(() => null)) as GraphQLResponse<TResult> | null;
  if (!body) throw new ApiError(`The server answered HTTP ${response.status} without a GraphQL answer.`, `HTTP_${response.status}`);
  const [first] = body.errors ?? [];
  if (first) throw new ApiError(first.message, first.extensions?.code ?? `HTTP_${response.status}`);
  if (!body.data) throw new ApiError('The server answered without data.', 'NO_DATA');
  return body.data;
}
