// Extraction speed on one core: words per second over at least a million words, and peak memory.
import { extractArticles } from '../../src/extract';
import { benchCorpus } from './corpus';

export async function benchExtraction(targetWords = 1_000_000): Promise<string[]> {
  const corpus = benchCorpus(targetWords);
  const words = corpus.reduce((sum, article) => sum + article.text.split(/\s+/).length, 0);
  // Warm the knowledge packages (gazetteers load once per process) so the figure is steady-state speed.
  await extractArticles(corpus.slice(0, 20));
  const started = performance.now();
  const result = await extractArticles(corpus);
  const seconds = (performance.now() - started) / 1000;
  const peakMiB = process.resourceUsage().maxRSS / 1024;
  return [
    `extraction: ${words.toLocaleString('en')} words in ${corpus.length.toLocaleString('en')} articles, ${seconds.toFixed(1)} s on one core → ${Math.round(words / seconds).toLocaleString('en')} words/s`,
    `extraction: found ${result.entities.length.toLocaleString('en')} entities, ${result.mentions.length.toLocaleString('en')} mentions, ${result.statements.length.toLocaleString('en')} statements, ${result.events.length.toLocaleString('en')} events; peak RSS ${peakMiB.toFixed(0)} MiB`,
  ];
}
