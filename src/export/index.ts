// Export: the graph (or its statements) under a filter, in one of the formats, for the CLI and the HTTP route.
import type { Graph } from '../graph/driver';
import { readExportGraph, readExportStatements, type ExportFilter } from '../graph/export-repository';
import { statementsToCsv, toGexf, toGraphml, toJsonl, type ExportFormat } from './formats';

export { CONTENT_TYPES, EXPORT_FORMATS, type ExportFormat } from './formats';
export type { ExportFilter } from '../graph/export-repository';

const ENTITY_TYPES = ['Person', 'Institution', 'Country', 'Place'];

export class ExportFilterError extends Error {}

/** A filter from strings as a user types them (CLI flags, query parameters); throws ExportFilterError. */
export function parseExportFilter(input: { types?: string | null; from?: string | null; to?: string | null; month?: string | null }): ExportFilter {
  const types = input.types ? input.types.split(',').map((type) => type.trim()).filter(Boolean) : [];
  const known = new Set([...ENTITY_TYPES, 'Event']);
  const unknown = types.filter((type) => !known.has(type));
  if (unknown.length) throw new ExportFilterError(`Unknown type ${unknown.join(', ')}: the types are ${[...known].join(', ')}.`);
  let { from = null, to = null } = input;
  if (input.month) {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(input.month)) throw new ExportFilterError('The month must be YYYY-MM.');
    const [year, month] = input.month.split('-').map(Number);
    from = `${input.month}-01`;
    to = new Date(Date.UTC(year!, month!, 0)).toISOString().slice(0, 10);
  }
  for (const [name, value] of [['from', from], ['to', to]] as const) {
    if (value && (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))) throw new ExportFilterError(`${name} must be a date, YYYY-MM-DD.`);
  }
  const entityTypes = types.filter((type) => type !== 'Event');
  return { types: types.length ? entityTypes : null, events: types.length === 0 || types.includes('Event'), from, to };
}

/** The export as text. `timeoutMs` lifts the read time limit (the CLI); the HTTP route keeps it. */
export async function exportGraph(graph: Graph, format: ExportFormat, filter: ExportFilter, timeoutMs?: number): Promise<string> {
  if (format === 'csv') return statementsToCsv(await readExportStatements(graph, filter, timeoutMs));
  const data = await readExportGraph(graph, filter, timeoutMs);
  if (format === 'graphml') return toGraphml(data);
  if (format === 'gexf') return toGexf(data);
  return toJsonl(data);
}
