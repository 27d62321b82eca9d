#!/usr/bin/env node
// Grades `npm run extract` against each gold file with ../shared/eval/score.mjs and fails below the floors.
// Floors only ever rise (see the extraction issue); over-merged entities must stay at 0.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const SCORER = '../shared/eval/score.mjs';

const golds = [
  {
    gold: '../shared/eval/gold/seed.json',
    // Entity F1 0.95 since the trained tagger (issue 8): the hand-written rules it replaced were fit to the seed (0.983).
    floors: { articlesFound: 1, articleDates: 1, entityF1: 0.95, quoteRecall: 0.95, quotePrecision: 0.95, speakerAccuracy: 1, eventRecall: 0.9 },
  },
  // Real news the extractor is developed on (CoNLL-2003 valid: Reuters, 1996; PolNeAR dev: US politics, 2016).
  { gold: '../shared/eval/dev/conll-valid.gold.json', floors: { mentionF1: 0.92, mentionF1_Institution: 0.85 } },
  // Attribution trained on PolNeAR train (issue 9); reported speech graded from the brat dev annotation (scripts/score-reported.ts).
  {
    gold: '../shared/eval/dev/polnear-dev.gold.json',
    reported: true,
    floors: { articlesFound: 1, quoteRecall: 0.92, quotePrecision: 0.85, speakerAccuracy: 0.88, attributedRecall: 0.85, reportedRecall: 0.19, reportedPrecision: 0.78 },
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

/** The figures of one gold file: the scorer's JSON, plus the per-type mention F1 its report prints ("Institution F1 0.882"). */
function figuresOf(gold, reported) {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-score-'));
  try {
    const documents = JSON.parse(readFileSync(gold, 'utf8')).documents.map((doc) => join(dirname(gold), doc));
    const pred = join(dir, 'extraction.json');
    writeFileSync(pred, execFileSync('npm', ['run', '-s', 'extract', '--', ...documents], { encoding: 'utf8', maxBuffer: 1 << 30 }));
    const figures = JSON.parse(execFileSync('node', [SCORER, '--gold', gold, '--pred', pred, '--json'], { encoding: 'utf8' }));
    const report = execFileSync('node', [SCORER, '--gold', gold, '--pred', pred], { encoding: 'utf8' });
    for (const [, type, value] of report.match(/^mentions:.*$/m)?.[0].matchAll(/(\w+) F1 ([\d.]+)/g) ?? []) if (type !== 'mentions') figures[`mentionF1_${type}`] = Number(value);
    if (reported) Object.assign(figures, JSON.parse(execFileSync('npx', ['tsx', 'scripts/score-reported.ts', '--json'], { encoding: 'utf8' })));
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let failed = 0;
for (const { gold, floors, reported } of golds) {
  const figures = figuresOf(gold, reported);
  const problems = Object.entries(floors)
    .filter(([key, floor]) => !(key in figures) || figures[key] < floor)
    .map(([key, floor]) => (key in figures ? `${key} ${figures[key].toFixed(3)} < ${floor}` : `${key}: no such figure`));
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
