// Runs the extractor on small texts written for a test, and reads its answers by name.
import { extractArticles } from '../../src/extract';
import type { Extraction } from '../../src/extract/contract';
import { splitPlainText } from '../../src/sources/plain-text';

export type Result = Omit<Extraction, 'errors'>;

/** Extracts articles given as whole file texts (headline, blank line, body). */
export function extract(...files: string[]): Promise<Result> {
  return extractArticles(files.flatMap((file, i) => splitPlainText(file, `test-${i}.txt`)));
}

export const article = (title: string, body: string) => `${title}\n\n${body}`;

export function entityNamed(result: Result, name: string) {
  return result.entities.find((entity) => entity.name === name || entity.aliases.includes(name));
}

export function speakerOf(result: Result, quoteStart: string): string | null | undefined {
  const statement = result.statements.find((s) => s.quote.startsWith(quoteStart));
  if (!statement) return undefined;
  return result.entities.find((entity) => entity.id === statement.speakerId)?.name ?? null;
}

export const typedNames = (result: Result) => result.entities.map((entity) => `${entity.type}:${entity.name}`).sort();
