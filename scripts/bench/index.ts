// `npm run bench`: prints figures; it asserts nothing (performance is measured, not tested).
import { benchExtraction } from './extraction';

const words = Number(process.env.BENCH_WORDS ?? 1_000_000);
for (const line of benchExtraction(words)) console.log(line);
