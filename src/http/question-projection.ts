// Tells a request's reads which properties its question asks for, once the document is known (before any
// resolver runs).
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context';
import { projectionOf } from '../schema/projection';

export const useQuestionProjection = (): Plugin<Context> => ({
  onExecute({ args }) {
    args.contextValue.asked.projection = projectionOf(args.schema, args.document);
  },
});
