#!/usr/bin/env node
// Grades `npm run extract` against each gold file with ../shared/eval/score.mjs and fails below the floors.
// Floors only ever rise (see the extraction issue); over-merged entities must stay at 0.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const SCORER = '../shared/eval/score.mjs';
const RUN = 'npm run -s extract --';

const golds = [
  {
    gold: '../shared/eval/gold/seed.json',
    floors: { articlesFound: 1, articleDates: 1, entityF1: 0.97, quoteRecall: 0.95, quotePrecision: 0.95, speakerAccuracy: 0.95, eventRecall: 0.9 },
  },
  ...(existsSync('test/fixtures/gold')
    ? readdirSync('test/fixtures/gold')
        .filter((file) => file.endsWith('.json'))
        .sort()
        .map((file) => ({
          gold: join('test/fixtures/gold', file),
          floors: { articlesFound: 1, articleDates: 1, entityF1: 0.9, quoteRecall: 0.95, quotePrecision: 0.9, speakerAccuracy: 0.95, eventRecall: 0.9 },
        }))
    : []),
];

let failed = 0;
for (const { gold, floors } of golds) {
  const figures = JSON.parse(execFileSync('node', [SCORER, '--gold', gold, '--run', RUN, '--json'], { encoding: 'utf8' }));
  const problems = Object.entries(floors)
    .filter(([key, floor]) => key in figures && figures[key] < floor)
    .map(([key, floor]) => `${key} ${figures[key].toFixed(3)} < ${floor}`);
  if (figures.entityOverMerged > 0) problems.push(`entityOverMerged ${figures.entityOverMerged} > 0`);
  const shown = Object.entries(figures)
    .filter(([key]) => key !== 'gold')
    .map(([key, value]) => `${key}=${typeof value === 'number' ? Number(value.toFixed(3)) : value}`)
    .join(' ');
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${gold}: ${shown}`);
  for (const problem of problems) console.log(`     below floor: ${problem}`);
  if (problems.length) failed += 1;
}
console.log(`${golds.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
