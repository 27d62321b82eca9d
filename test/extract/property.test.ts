// Random text through the whole pipeline: whatever comes in, the output keeps its invariants.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticles } from '../../src/extract';
import { splitPlainText } from '../../src/sources/plain-text';

// Text that looks enough like news to exercise every stage: names, quotes, datelines, dates, punctuation.
const WORDS = ['the', 'said', 'President', 'Anna', 'Berg', 'of', 'Ministry', 'Lyon', 'in', 'on', 'January', '5', 'protest', 'election', '“', '”', '"', ',', '.', '!', '?', 'according', 'to', 'WHO', '(', ')', 'he', 'she', 'told', 'that', 'Paris', '12.03.2023', '-', '—', 'Kowalczyk', 'Kowalczyka', 'vowed', 'state', 'emergency', '\n', '\n\n', "'s", 'Ülkü', '🙂'];
const newsText = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 6 })), { maxLength: 120 }).map((words) => words.join(' '));
const file = fc.tuple(fc.array(newsText, { minLength: 1, maxLength: 4 }), fc.boolean()).map(([bodies, archive]) =>
  archive ? bodies.map((body, i) => `Headline number ${i}\n\nParis 0${(i % 9) + 1}.02.2023 ${body}`).join('\n\n') : `A headline\n\n${bodies.join('\n\n')}`,
);

describe('extraction invariants (property)', () => {
  it('offsets stay inside their article, mention text is the slice it points to, every id resolves', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(file, { minLength: 1, maxLength: 3 }), async (files) => {
        const articles = files.flatMap((text, i) => splitPlainText(text, `f${i}.txt`));
        const result = await extractArticles(articles);
        const textOf = new Map(result.articles.map((a) => [a.id, a.text]));
        const entityIds = new Set(result.entities.map((e) => e.id));
        const eventIds = new Set(result.events.map((e) => e.id));
        expect(new Set(result.entities.map((e) => e.id)).size).toBe(result.entities.length);
        for (const mention of result.mentions) {
          const text = textOf.get(mention.articleId)!;
          expect(text).toBeDefined();
          expect(0 <= mention.start && mention.start < mention.end && mention.end <= text.length).toBe(true);
          expect(text.slice(mention.start, mention.end)).toBe(mention.text);
          expect(entityIds.has(mention.entityId)).toBe(true);
        }
        for (const statement of result.statements) {
          const text = textOf.get(statement.articleId)!;
          expect(0 <= statement.start && statement.start < statement.end && statement.end <= text.length).toBe(true);
          expect(text.slice(statement.start, statement.end)).toBe(statement.quote);
          if (statement.speakerId) expect(entityIds.has(statement.speakerId)).toBe(true);
          if (statement.mediumId) expect(entityIds.has(statement.mediumId)).toBe(true);
          for (const id of statement.about) expect(entityIds.has(id) || eventIds.has(id)).toBe(true);
        }
        for (const event of result.events) {
          for (const id of [...event.places, ...event.participants]) expect(entityIds.has(id)).toBe(true);
          for (const id of event.articleIds) expect(textOf.has(id)).toBe(true);
          for (const evidence of event.evidence) expect(evidence.end).toBeLessThanOrEqual(textOf.get(evidence.articleId)!.length);
          if (event.start && event.end) expect(event.start <= event.end).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});
