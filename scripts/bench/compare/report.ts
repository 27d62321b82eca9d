// The printed table: one row per question, graph, client count and server, with the throughput ratio of each
// newsgraph row to @neo4j/graphql's, and the line that names the slowest ratio.
import type { Figures } from './measure';

export const NEO4J_GRAPHQL = '@neo4j/graphql';

export interface Row {
  question: string;
  graph: string;
  clients: number;
  server: string;
  figures: Figures;
  /** Database round trips per request, when counted. */
  trips: number | null;
  /** requests/s of this row over @neo4j/graphql's for the same question, graph and clients. */
  ratio: number | null;
}

const HEADER = ['question', 'graph', 'clients', 'server', 'p50 ms', 'p99 ms', 'requests/s', `ratio /${NEO4J_GRAPHQL}`, 'db trips/request'];

const ms = (value: number) => value.toFixed(value < 10 ? 2 : 1);

export function formatTable(rows: Row[]): string {
  const cells = rows.map((r) => [
    r.question,
    r.graph,
    String(r.clients),
    r.server,
    ms(r.figures.p50),
    ms(r.figures.p99),
    r.figures.requestsPerSecond.toFixed(0),
    r.ratio === null ? '' : r.ratio.toFixed(2),
    r.trips === null ? '?' : String(r.trips),
  ]);
  const widths = HEADER.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  // Text columns left, figures right.
  const line = (c: string[]) => c.map((cell, i) => (i < 4 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ');
  return [line(HEADER), widths.map((w) => '-'.repeat(w)).join('-|-'), ...cells.map(line)].join('\n');
}

/** The last line: the lowest ratio of newsgraph without its response cache, and where. */
export function slowestRatio(rows: Row[], server: string): string {
  const [slowest] = rows.filter((r) => r.server === server && r.ratio !== null).sort((a, b) => a.ratio! - b.ratio!);
  if (!slowest) throw new Error(`no ${server} rows to compare`);
  return `slowest ratio newsgraph/${NEO4J_GRAPHQL}: ${slowest.ratio!.toFixed(2)} (${slowest.question}, ${slowest.graph}, ${slowest.clients} clients)`;
}
