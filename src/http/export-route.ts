// `GET /export?format=graphml|gexf|csv|jsonl&types=Person,Event&month=2022-01` (or from/to): the explorer's
// download button. Readers' access applies (NEWSGRAPH_READ_KEYS), and the read time limit, as for a question.
import type { Plugin } from 'graphql-yoga';
import { CONTENT_TYPES, EXPORT_FORMATS, ExportFilterError, exportGraph, parseExportFilter, type ExportFormat } from '../export';
import type { Graph } from '../graph/driver';
import type { AccessControl } from './access';
import { databaseErrorMasker } from './database-errors';

const json = (status: number, message: string, code: string) =>
  new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });

export function useExportRoute(graph: Graph, access: AccessControl): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      if (url.pathname !== '/export') return;
      if (request.method !== 'GET') return endResponse(json(405, 'Exports are read with GET.', 'METHOD_NOT_ALLOWED'));
      if (!(await access.of(request)).read) return endResponse(json(401, 'Reading needs "Authorization: Bearer <key>" with a read key.', 'UNAUTHENTICATED'));
      const format = url.searchParams.get('format') ?? 'graphml';
      if (!(EXPORT_FORMATS as readonly string[]).includes(format)) return endResponse(json(400, `Unknown format ${format}: the formats are ${EXPORT_FORMATS.join(', ')}.`, 'BAD_EXPORT_FORMAT'));
      try {
        const filter = parseExportFilter({ types: url.searchParams.get('types'), from: url.searchParams.get('from'), to: url.searchParams.get('to'), month: url.searchParams.get('month') });
        const body = await exportGraph(graph, format as ExportFormat, filter);
        endResponse(new Response(body, { headers: { 'content-type': CONTENT_TYPES[format as ExportFormat], 'content-disposition': `attachment; filename="newsgraph.${format}"`, 'cache-control': 'no-store' } }));
      } catch (error) {
        if (error instanceof ExportFilterError) return endResponse(json(400, error.message, 'BAD_EXPORT_FILTER'));
        // As a question would: a time limit or an outage with its code, anything else masked (and logged).
        const masked = databaseErrorMasker(graph.timeouts)(error, 'Unexpected error.');
        const { code, http } = masked.extensions as { code?: string; http?: { status?: number } };
        if (!code || code === 'INTERNAL_SERVER_ERROR') console.error(error);
        endResponse(json(http?.status ?? 500, masked.message, code ?? 'INTERNAL_SERVER_ERROR'));
      }
    },
  };
}
