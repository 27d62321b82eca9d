// bench:compare's questions must be valid on both servers, or the bench fails after minutes of setting up.
import { getVariableValues, parse, validate, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { neo4jGraphQLSchema } from '../../scripts/bench/compare/neo4j-graphql-server';
import { questions, type GraphQLRequest } from '../../scripts/bench/compare/questions';
import { schema } from '../../src/schema';

const subject = { month: '2022-02', country: 'Kazakhstan', personId: 'person:kassym-jomart-tokayev', speakers: [{ id: 'person:kassym-jomart-tokayev', type: 'Person' }, { id: 'institution:un', type: 'Institution' }] };

/** Validation errors of the document, then of its variables' values. */
function problems(target: GraphQLSchema, request: GraphQLRequest): string[] {
  const document = parse(request.query);
  const errors = validate(target, document);
  if (errors.length) return errors.map((e) => e.message);
  const operation = document.definitions[0] as OperationDefinitionNode;
  const coerced = getVariableValues(target, operation.variableDefinitions ?? [], request.variables);
  return (coerced.errors ?? []).map((e) => e.message);
}

describe('bench:compare', () => {
  it('builds a schema from the @neo4j/graphql type definitions, and the four questions are valid on both servers', async () => {
    const theirs = await neo4jGraphQLSchema();
    const list = questions(subject);
    expect(list).toHaveLength(4);
    for (const question of list) {
      expect(problems(schema, question.newsgraph), `${question.name} on newsgraph`).toEqual([]);
      expect(problems(theirs, question.neo4jGraphQL), `${question.name} on @neo4j/graphql`).toEqual([]);
    }
  });

  it('gives the month its last day', () => {
    const [, , q3] = questions(subject);
    expect(q3!.neo4jGraphQL.variables).toEqual({ from: '2022-02-01', to: '2022-02-28' });
  });
});
