// Deletes an article and the facts only it supported, in one transaction; entities and events other
// articles still tell are kept, with this article's evidence taken off their relationships.
import type { Graph } from './driver';

export interface DeleteReport {
  statements: number;
  events: number;
  entities: number;
}

// Statements belong to the article that reports them.
const DELETE_STATEMENTS = `
MATCH (s:Statement)-[:REPORTED_IN]->(:Article {id: $id})
WITH s, s.id AS removed
DETACH DELETE s
RETURN count(removed) AS removed`;

// Takes this article's evidence off the relationships `r` the pattern finds; deletes those left with none.
const pruneEvidence = (pattern: string) => `
MATCH ${pattern}
SET r.evidence = [x IN r.evidence WHERE NOT x STARTS WITH $prefix]
WITH r WHERE size(r.evidence) = 0
DELETE r`;

// The places and participants of the events it reports.
const PRUNE_EVENT_EVIDENCE = pruneEvidence('(:Article {id: $id})<-[:REPORTED_IN]-(ev:Event)-[r:IN|INVOLVES|PART_OF]->()');

// Events no other article reports.
const DELETE_ORPHAN_EVENTS = `
MATCH (:Article {id: $id})<-[:REPORTED_IN]-(ev:Event)
WHERE COUNT { (ev)-[:REPORTED_IN]->(:Article) } = 1
WITH ev, ev.id AS removed
DETACH DELETE ev
RETURN count(removed) AS removed`;

// The country links of the places it mentions.
const PRUNE_PLACE_EVIDENCE = pruneEvidence('(:Article {id: $id})<-[:MENTIONED_IN]-(:Place)-[r:IN]->(:Country)');

// The titles it stated.
const PRUNE_POSITION_EVIDENCE = pruneEvidence('(:Article {id: $id})<-[:MENTIONED_IN]-(:Person)-[r:HOLDS_ROLE]->()');

// Entities no other article mentions, and the name keys left naming nothing.
const DELETE_ORPHAN_ENTITIES = `
MATCH (:Article {id: $id})<-[:MENTIONED_IN]-(e:Entity)
WHERE COUNT { (e)-[:MENTIONED_IN]->(:Article) } = 1
OPTIONAL MATCH (k:NameKey)-[:NAMES]->(e)
WITH e, e.id AS removed, collect(k) AS keys
DETACH DELETE e
WITH removed, keys
UNWIND (CASE WHEN size(keys) = 0 THEN [null] ELSE keys END) AS k
CALL (k) { WITH k WHERE k IS NOT NULL AND NOT EXISTS { (k)-[:NAMES]->() } DELETE k }
RETURN count(DISTINCT removed) AS removed`;

const DELETE_ARTICLE = `
MATCH (a:Article {id: $id})
DETACH DELETE a
RETURN count(*) AS removed`;

/** Returns what was removed, or null when there is no such article. */
export async function deleteArticle(graph: Graph, id: string): Promise<DeleteReport | null> {
  const params = { id, prefix: `${id}:` };
  return graph.writeTransaction(async (tx) => {
    const count = async (cypher: string) => Number((await tx.run(cypher, params)).records[0]?.get('removed') ?? 0);
    const statements = await count(DELETE_STATEMENTS);
    await tx.run(PRUNE_EVENT_EVIDENCE, params);
    const events = await count(DELETE_ORPHAN_EVENTS);
    await tx.run(PRUNE_PLACE_EVIDENCE, params);
    await tx.run(PRUNE_POSITION_EVIDENCE, params);
    const entities = await count(DELETE_ORPHAN_ENTITIES);
    const articles = await count(DELETE_ARTICLE);
    return articles === 0 ? null : { statements, events, entities };
  });
}
