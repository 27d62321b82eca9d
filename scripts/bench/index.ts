// `npm run bench`: prints figures; it asserts nothing (performance is measured, not tested).
//   BENCH_WORDS (1,000,000) words to extract; BENCH_ARTICLES (100,000) synthetic articles for the API;
//   BENCH_SECONDS (10) per load run, after BENCH_WARMUP_SECONDS (30) of unmeasured load
//   when uncached; BENCH_INGEST (1,000) generated articles a pass, ingested with 1 worker into a fresh
//   database, then with 2 workers in four passes as the database warms, then with 1 on the warm database
//   (`npm run build` first: the compiled worker);
//   BENCH_ONLY=extraction|ingest|api to run one part.
import { benchApi } from './api';
import { benchExtraction } from './extraction';
import { benchIngest } from './ingest';

const only = process.env.BENCH_ONLY;
if (!only || only === 'extraction') for (const line of await benchExtraction(Number(process.env.BENCH_WORDS ?? 1_000_000))) console.log(line);
if (!only || only === 'ingest') for (const line of await benchIngest(Number(process.env.BENCH_INGEST ?? 1_000))) console.log(line);
if (!only || only === 'api') for (const line of await benchApi(Number(process.env.BENCH_ARTICLES ?? 100_000))) console.log(line);
