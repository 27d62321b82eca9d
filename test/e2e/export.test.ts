// Exports of the seed graph, over real HTTP and by the real CLI: GraphML and GEXF parsed with an XML parser,
// their node and edge counts checked against the graph; CSV of statements; JSON Lines; bad requests refused.
import { XMLParser } from 'fast-xml-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';
import { testNeo4jUri } from '../support/graph';
import { useSeedServer } from '../support/seed-server';

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ['node', 'edge', 'data', 'attvalue', 'key', 'attribute'].includes(name) });

const count = async (graph: { read: (q: string) => Promise<{ n: unknown }[]> }, query: string) => Number((await graph.read(query))[0]!.n);

describe('exports (real Neo4j, real HTTP, real CLI)', () => {
  const seed = useSeedServer();
  const exportUrl = (query: string) => `${new URL(seed.server.url).origin}/export?${query}`;

  it('gives GraphML with every entity and event typed, and edges with their relation and evidence', async () => {
    const response = await fetch(exportUrl('format=graphml'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/graphml/);
    const doc = xml.parse(await response.text());
    const nodes = doc.graphml.graph.node as { id: string; data: { key: string; '#text': string }[] }[];
    const edges = doc.graphml.graph.edge as { source: string; target: string; data: { key: string; '#text': string | number }[] }[];
    expect(nodes.length).toBe(await count(seed.graph, 'MATCH (n) WHERE n:Entity OR n:Event RETURN count(n) AS n'));
    const typeOf = (node: (typeof nodes)[number]) => node.data.find((d) => d.key === 'type')?.['#text'];
    expect(new Set(nodes.map(typeOf))).toEqual(new Set(['Person', 'Institution', 'Country', 'Place', 'Event']));
    const relations = await count(seed.graph, 'MATCH (a)-[r:IN|INVOLVES|PART_OF|HOLDS_ROLE]->(b) WHERE (a:Entity OR a:Event) AND (b:Entity OR b:Event) RETURN count(r) AS n');
    const comments = await count(seed.graph, 'MATCH (s:Statement)-[:SAID_BY]->(sp:Entity) MATCH (s)-[:ABOUT]->(t) RETURN count(DISTINCT [sp.id, t.id]) AS n');
    expect(edges.length).toBe(relations + comments);
    const ids = new Set(nodes.map((node) => node.id));
    for (const edge of edges) {
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
      expect(edge.data.find((d) => d.key === 'relation')).toBeDefined();
      expect(Number(edge.data.find((d) => d.key === 'evidence')?.['#text'])).toBeGreaterThan(0);
    }
  });

  it('gives GEXF with the same nodes and edges, and keeps only the asked types and period', async () => {
    const whole = xml.parse(await (await fetch(exportUrl('format=gexf'))).text());
    const graphml = xml.parse(await (await fetch(exportUrl('format=graphml'))).text());
    expect(whole.gexf.graph.nodes.node.length).toBe(graphml.graphml.graph.node.length);
    expect(whole.gexf.graph.edges.edge.length).toBe(graphml.graphml.graph.edge.length);
    const people = xml.parse(await (await fetch(exportUrl('format=gexf&types=Person,Event&month=2022-01'))).text());
    const events = await count(seed.graph, "MATCH (ev:Event) WHERE ev.start <= date('2022-01-31') AND coalesce(ev.end, ev.start) >= date('2022-01-01') RETURN count(ev) AS n");
    expect(people.gexf.graph.nodes.node.length).toBe((await count(seed.graph, 'MATCH (p:Person) RETURN count(p) AS n')) + events);
  });

  it('gives the statements as CSV and the graph as JSON Lines', async () => {
    const csv = parseCsv(await (await fetch(exportUrl('format=csv&month=2022-01'))).text(), { columns: true }) as Record<string, string>[];
    expect(csv.length).toBe(await count(seed.graph, "MATCH (s:Statement) WHERE s.date >= date('2022-01-01') AND s.date <= date('2022-01-31') RETURN count(s) AS n"));
    expect(Object.keys(csv[0]!)).toEqual(expect.arrayContaining(['speaker', 'quote', 'date', 'article', 'sentence']));
    expect(csv.some((row) => row.speaker === 'Kassym-Jomart Tokayev' && (row.sentence ?? '').includes((row.quote ?? '-').slice(0, 20)))).toBe(true);
    const lines = (await (await fetch(exportUrl('format=jsonl'))).text()).trim().split('\n').map((line) => JSON.parse(line) as { kind: string });
    expect(lines.filter((line) => line.kind === 'node').length).toBe(await count(seed.graph, 'MATCH (n) WHERE n:Entity OR n:Event RETURN count(n) AS n'));
  });

  it('refuses an unknown format or filter with a code', async () => {
    const format = await fetch(exportUrl('format=pdf'));
    expect(format.status).toBe(400);
    expect(await format.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_EXPORT_FORMAT' } }] });
    const filter = await fetch(exportUrl('format=csv&types=Dragon'));
    expect(await filter.json()).toMatchObject({ errors: [{ message: expect.stringMatching(/Unknown type Dragon/), extensions: { code: 'BAD_EXPORT_FILTER' } }] });
  });

  it('writes the same from the CLI', async () => {
    const { code, stdout, stderr } = await runCli(['export', '--format', 'graphml'], { NEO4J_URI: testNeo4jUri() });
    expect(code, stderr).toBe(0);
    expect(xml.parse(stdout).graphml.graph.node.length).toBe(await count(seed.graph, 'MATCH (n) WHERE n:Entity OR n:Event RETURN count(n) AS n'));
    const bad = await runCli(['export', '--month', '2022-13'], { NEO4J_URI: testNeo4jUri() });
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/month must be YYYY-MM/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });
});
