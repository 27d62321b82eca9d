// Operations the schema has no root for are refused when the request is validated,
// with a validation error that says so, instead of failing later as an internal error.
import { GraphQLError, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

const onlyKnownOperationKinds: ValidationRule = (context) => ({
  OperationDefinition(node) {
    const schema = context.getSchema();
    const root = node.operation === 'subscription' ? schema.getSubscriptionType() : node.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
    if (!root) context.reportError(new GraphQLError(`This server answers no ${node.operation} operations.`, { nodes: [node], extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
  },
});

export function useOnlyKnownOperationKinds(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(onlyKnownOperationKinds);
    },
  };
}
