// The export formats: GraphML and GEXF (Gephi, Cytoscape, yEd) for the graph of entities and events, CSV of
// statements for a spreadsheet, JSON Lines of nodes and edges for a notebook. Pure: data in, text out.
import { stringify } from 'csv-stringify/sync';
import { XMLBuilder } from 'fast-xml-parser';
import { MultiDirectedGraph } from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import type { ExportEdge, ExportNode, ExportStatement } from '../graph/export-repository';

export const EXPORT_FORMATS = ['graphml', 'gexf', 'csv', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  graphml: 'application/graphml+xml; charset=utf-8',
  gexf: 'application/gexf+xml; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  jsonl: 'application/x-ndjson; charset=utf-8',
};

export interface ExportGraph {
  nodes: ExportNode[];
  edges: ExportEdge[];
}

// Node and edge attributes as GraphML keys: name and type.
const NODE_KEYS = [
  ['label', 'string'],
  ['type', 'string'],
  ['articles', 'int'],
  ['eventType', 'string'],
  ['start', 'string'],
  ['end', 'string'],
  ['country', 'string'],
] as const;
const EDGE_KEYS = [
  ['relation', 'string'],
  ['evidence', 'int'],
  ['title', 'string'],
] as const;

/** Attributes with a value, as GraphML `<data>` elements. */
function dataOf(record: object, keys: readonly (readonly [string, string])[]) {
  return keys
    .map(([key]) => [key, (record as Record<string, unknown>)[key]] as const)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([key, value]) => ({ '@_key': key, '#text': String(value) }));
}

export function toGraphml({ nodes, edges }: ExportGraph): string {
  const builder = new XMLBuilder({ ignoreAttributes: false, format: true, suppressEmptyNode: true, processEntities: true });
  const document = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    graphml: {
      '@_xmlns': 'http://graphml.graphdrawing.org/xmlns',
      key: [
        ...NODE_KEYS.map(([name, type]) => ({ '@_id': name, '@_for': 'node', '@_attr.name': name, '@_attr.type': type })),
        ...EDGE_KEYS.map(([name, type]) => ({ '@_id': name, '@_for': 'edge', '@_attr.name': name, '@_attr.type': type })),
      ],
      graph: {
        '@_id': 'newsgraph',
        '@_edgedefault': 'directed',
        node: nodes.map((node) => ({ '@_id': node.id, data: dataOf(node, NODE_KEYS) })),
        edge: edges.map((edge, i) => ({ '@_id': `e${i}`, '@_source': edge.source, '@_target': edge.target, data: dataOf(edge, EDGE_KEYS) })),
      },
    },
  };
  return builder.build(document) as string;
}

export function toGexf({ nodes, edges }: ExportGraph): string {
  const graph = new MultiDirectedGraph();
  for (const { id, ...attributes } of nodes) graph.addNode(id, withoutNulls(attributes));
  for (const { source, target, ...attributes } of edges) graph.addEdge(source, target, withoutNulls(attributes));
  return writeGexf(graph, {
    version: '1.3',
    formatNode: (_key, { label, ...attributes }) => ({ label: String(label), attributes }),
    // Gephi sizes an edge by its weight: the evidence behind it.
    formatEdge: (_key, attributes) => ({ label: String(attributes.relation), weight: Number(attributes.evidence), attributes }),
  });
}

export function toJsonl({ nodes, edges }: ExportGraph): string {
  return [...nodes.map((node) => ({ kind: 'node', ...node })), ...edges.map((edge) => ({ kind: 'edge', ...edge }))].map((line) => `${JSON.stringify(line)}\n`).join('');
}

const STATEMENT_COLUMNS = ['speaker', 'speakerType', 'quote', 'direct', 'date', 'article', 'articleDate', 'url', 'source', 'sentence', 'id'] as const;

export function statementsToCsv(statements: ExportStatement[]): string {
  return stringify(statements, { header: true, columns: [...STATEMENT_COLUMNS], cast: { boolean: (value) => (value ? 'true' : 'false') } });
}

function withoutNulls<T extends object>(record: T): Record<string, string | number | boolean> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== null && value !== undefined)) as Record<string, string | number | boolean>;
}
