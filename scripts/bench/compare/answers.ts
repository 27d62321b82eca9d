// Both servers must give the same answer before their speed means anything; a difference is shown line by line.
import type { Question } from './questions';

export class AnswersDiffer extends Error {}

const lines = (value: unknown) => JSON.stringify(value, null, 1).split('\n').map((line) => line.trim());

/** Lines one answer has more often than the other (answers are normalised, so these are what differs). */
function surplus(a: string[], b: string[]): string[] {
  const left = new Map<string, number>();
  for (const line of b) left.set(line, (left.get(line) ?? 0) + 1);
  return a.filter((line) => {
    const n = left.get(line) ?? 0;
    left.set(line, n - 1);
    return n <= 0;
  });
}

/** Throws AnswersDiffer, with what differs, unless the two answers are equal once normalised. */
export function checkSameAnswer(question: Question, subject: string, newsgraphData: unknown, neo4jGraphQLData: unknown): void {
  const mine = question.fromNewsgraph(newsgraphData);
  const theirs = question.fromNeo4jGraphQL(neo4jGraphQLData);
  if (JSON.stringify(mine) === JSON.stringify(theirs)) return;
  const [a, b] = [lines(mine), lines(theirs)];
  const onlyMine = surplus(a, b);
  const onlyTheirs = surplus(b, a);
  const show = (list: string[]) => list.slice(0, 40).map((line) => `    ${line}`).join('\n') + (list.length > 40 ? `\n    … ${list.length - 40} more` : '');
  throw new AnswersDiffer(
    `${question.name} (${subject}): the answers differ.\n` +
      (onlyMine.length || onlyTheirs.length ? `  only newsgraph:\n${show(onlyMine)}\n  only @neo4j/graphql:\n${show(onlyTheirs)}` : '  the same lines in another order') +
      `\n  newsgraph: ${JSON.stringify(mine).slice(0, 1000)}\n  @neo4j/graphql: ${JSON.stringify(theirs).slice(0, 1000)}`,
  );
}
