// An entity's months as bars (Chart.js on a canvas): articles naming it, its statements, its events; with the
// same figures as a table for screen readers and for copying.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { h } from './dom';
import { everyMonth, type TimelineBucket } from './months';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

const SERIES = [
  { key: 'articles', label: 'articles naming it', colour: '#94a3b8' },
  { key: 'statements', label: 'statements', colour: '#2563eb' },
  { key: 'events', label: 'events', colour: '#dc2626' },
] as const;

export function timelineChart(counted: readonly TimelineBucket[]): HTMLElement {
  const buckets = everyMonth(counted);
  if (buckets.length === 0) return h('p', { class: 'muted' }, 'No dated articles name it.');
  const canvas = h('canvas', { role: 'img', 'aria-label': `counts per month, ${buckets[0]!.month} to ${buckets.at(-1)!.month}` });
  const table = h(
    'table',
    { class: 'timeline-table' },
    h('thead', {}, h('tr', {}, h('th', {}, 'month'), ...SERIES.map((series) => h('th', {}, series.label)))),
    h('tbody', {}, ...buckets.map((bucket) => h('tr', {}, h('td', {}, bucket.month), ...SERIES.map((series) => h('td', {}, bucket[series.key]))))),
  );
  const figure = h('figure', { class: 'timeline' }, h('div', { class: 'chart-box' }, canvas), h('details', {}, h('summary', {}, 'the figures'), table));
  // Drawn once the canvas is in the page, so it takes the box's size.
  requestAnimationFrame(() => {
    const chart = new Chart(canvas, {
      type: 'bar',
      data: { labels: buckets.map((bucket) => bucket.month), datasets: SERIES.map((series) => ({ label: series.label, data: buckets.map((bucket) => bucket[series.key]), backgroundColor: series.colour })) },
      options: { animation: false, responsive: true, maintainAspectRatio: false, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } }, plugins: { legend: { position: 'bottom' } } },
    });
    figure.dataset.drawn = String(chart.data.labels?.length ?? 0);
  });
  return figure;
}
