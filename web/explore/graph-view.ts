// The drawing: entities and events as nodes styled by type (cytoscape.js, canvas), edges for "named in the same
// articles" and "took part in / happened in". A click on a node expands it with its neighbours; a double click
// opens its card. The container's data-nodes / data-edges attributes say what is drawn (for tests and tools).
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { ask } from './api';
import { h } from './dom';
import { showError } from './errors';
import { NeighboursQuery } from './queries';

export const NODE_TYPES = ['Person', 'Institution', 'Country', 'Place', 'Event'] as const;

const COLOURS: Record<(typeof NODE_TYPES)[number], string> = { Person: '#2563eb', Institution: '#d97706', Country: '#059669', Place: '#0d9488', Event: '#dc2626' };
const SHAPES: Record<(typeof NODE_TYPES)[number], string> = { Person: 'ellipse', Institution: 'round-rectangle', Country: 'hexagon', Place: 'diamond', Event: 'star' };

export interface GraphNode {
  id: string;
  label: string;
  type: string;
}
export interface GraphEdge {
  from: string;
  to: string;
  label?: string;
  weight?: number;
}

const STYLE: cytoscape.StylesheetJson = [
  { selector: 'node', style: { label: 'data(label)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 4, 'text-wrap': 'ellipsis', 'text-max-width': '140px', width: 22, height: 22, 'background-color': '#64748b', color: '#0f172a', 'text-outline-color': '#fff', 'text-outline-width': 2 } },
  ...NODE_TYPES.map((type) => ({ selector: `node[type = "${type}"]`, style: { 'background-color': COLOURS[type], shape: SHAPES[type] as 'ellipse' } })),
  { selector: 'node.centre', style: { width: 34, height: 34, 'border-width': 3, 'border-color': '#0f172a', 'font-weight': 'bold' } },
  { selector: 'node.expanded', style: { 'border-width': 2, 'border-color': '#0f172a' } },
  { selector: 'node:selected', style: { 'overlay-opacity': 0.15, 'overlay-color': '#0f172a' } },
  { selector: 'edge', style: { width: 'mapData(weight, 1, 10, 1, 6)', 'line-color': '#cbd5e1', 'curve-style': 'bezier', label: 'data(label)', 'font-size': 9, color: '#475569', 'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.8 } },
  { selector: 'edge.path', style: { 'line-color': '#0f172a', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#0f172a', width: 2 } },
];

export interface GraphView {
  add(nodes: GraphNode[], edges: GraphEdge[], edgeClass?: string): void;
  expand(id: string): Promise<void>;
  destroy(): void;
}

export function legend(): HTMLElement {
  return h('ul', { class: 'legend', 'aria-label': 'node types' }, ...NODE_TYPES.map((type) => h('li', {}, h('span', { class: `swatch shape-${SHAPES[type]}`, style: `background:${COLOURS[type]}` }), type)));
}

export function createGraphView(container: HTMLElement, options: { centre?: string; onOpen?: (node: GraphNode) => void; layout?: 'cose' | 'line' }): GraphView {
  const cy: Core = cytoscape({ container, style: STYLE, minZoom: 0.2, maxZoom: 3, boxSelectionEnabled: false });
  const describe = () => {
    container.dataset.nodes = String(cy.nodes().length);
    container.dataset.edges = String(cy.edges().length);
  };
  const layout = () => {
    const name = options.layout ?? 'cose';
    // A path reads left to right in the order its nodes came, zig-zagging so that long labels keep apart.
    const positions = Object.fromEntries(cy.nodes().map((node, i) => [node.id(), { x: i * 130, y: (i % 2) * 90 }]));
    cy.layout(name === 'cose' ? { name, animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90, padding: 24 } : { name: 'preset', fit: true, padding: 40, positions }).run();
    describe();
  };

  const view: GraphView = {
    add(nodes, edges, edgeClass) {
      const elements: ElementDefinition[] = [];
      for (const node of nodes) {
        if (cy.getElementById(node.id).nonempty()) continue;
        elements.push({ group: 'nodes', data: { id: node.id, label: node.label, type: node.type }, classes: node.id === options.centre ? 'centre' : '' });
      }
      for (const edge of edges) {
        const id = `${edge.from}→${edge.to}`;
        if (cy.getElementById(id).nonempty() || cy.getElementById(`${edge.to}→${edge.from}`).nonempty()) continue;
        elements.push({ group: 'edges', data: { id, source: edge.from, target: edge.to, label: edge.label ?? '', weight: edge.weight ?? 1 }, classes: edgeClass ?? '' });
      }
      if (elements.length === 0) return describe();
      cy.add(elements);
      layout();
    },
    async expand(id) {
      const node = cy.getElementById(id);
      if (node.hasClass('expanded')) return;
      node.addClass('expanded');
      container.dataset.busy = 'true';
      try {
        const { node: found } = await ask(NeighboursQuery, { id });
        if (!found) return;
        const nodes: GraphNode[] = [];
        const edges: GraphEdge[] = [];
        if ('coMentioned' in found) {
          for (const { node: co } of found.coMentioned.edges) {
            nodes.push({ id: co.entity.id, label: co.entity.name, type: co.entity.type });
            edges.push({ from: id, to: co.entity.id, weight: co.articles, label: co.articles > 1 ? `${co.articles} articles` : '' });
          }
          for (const { node: event } of found.events.edges) {
            nodes.push({ id: event.id, label: event.label, type: 'Event' });
            edges.push({ from: id, to: event.id, label: event.type.replace(/_/g, ' ') });
          }
        }
        if ('participants' in found) {
          for (const entity of [...found.participants, ...found.places]) {
            nodes.push({ id: entity.id, label: entity.name, type: entity.type });
            edges.push({ from: id, to: entity.id });
          }
        }
        view.add(nodes, edges);
      } catch (error) {
        node.removeClass('expanded');
        showError(error);
      } finally {
        delete container.dataset.busy;
      }
    },
    destroy: () => cy.destroy(),
  };
  cy.on('tap', 'node', (event) => void view.expand(event.target.id() as string));
  cy.on('dbltap', 'node', (event) => options.onOpen?.({ id: event.target.id(), label: event.target.data('label'), type: event.target.data('type') }));
  describe();
  return view;
}
