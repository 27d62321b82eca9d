// Splits plain text into articles: a tag archive of many (headline, dateline, body) or one article per file.
import { articleId, type SourceArticle } from './article';
import { readArticleHead } from './article-head';
import { parseByline } from './byline';
import { dateLine, parseDateline } from './dateline';
import { isFurniture } from './furniture';

interface Block {
  text: string;
  start: number;
  end: number;
}

// Headlines are one short line that does not end like a sentence or a shout.
const MAX_HEADLINE_LENGTH = 150;
const MAX_HEADLINE_WORDS = 22;

/** Paragraphs (blocks separated by blank lines) with their offsets in `text`. */
function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  const pattern = /[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    blocks.push({ text: trimmed, start: match.index + lead, end: match.index + lead + trimmed.length });
  }
  return blocks;
}

/** "By Jane Doe" alone on its line: the author, not a headline. */
const isBylineLine = (line: string) => /^By\s/.test(line) && (parseByline(line)?.length ?? 0) >= line.length;

export function isHeadline(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length < 3 || trimmed.length > MAX_HEADLINE_LENGTH || trimmed.includes('\n')) return false;
  if (trimmed.split(/\s+/).length > MAX_HEADLINE_WORDS) return false;
  if (!/\p{L}/u.test(trimmed) || !/^[\p{Lu}\p{N}"“‘'«]/u.test(trimmed)) return false;
  if (isBylineLine(trimmed)) return false;
  return !/[.,;:!…"”’»)]$/.test(trimmed) || /^[^.!]*\?$/.test(trimmed);
}

interface Section {
  title: string;
  body: Block[];
}

/** Cuts blocks at headlines; a first block whose first line is a headline gives that line as title. */
function sections(blocks: Block[], text: string): Section[] {
  const result: Section[] = [];
  for (let i = 0; i < blocks.length; i += 1) {
    const block = blocks[i]!;
    const firstLine = block.text.split('\n')[0]!;
    if (isHeadline(block.text) && i + 1 < blocks.length && !isHeadline(blocks[i + 1]!.text)) {
      result.push({ title: block.text, body: [] });
    } else if (result.length === 0 && block.text.includes('\n') && isHeadline(firstLine)) {
      // "Headline\nBody…" with no blank line between.
      const bodyStart = block.start + text.slice(block.start).indexOf('\n') + 1;
      const lead = text.slice(bodyStart).length - text.slice(bodyStart).trimStart().length;
      result.push({ title: firstLine.trim(), body: [{ text: text.slice(bodyStart + lead, block.end), start: bodyStart + lead, end: block.end }] });
    } else if (result.length === 0) {
      result.push({ title: firstLine.trim().slice(0, MAX_HEADLINE_LENGTH), body: [block] });
    } else {
      result[result.length - 1]!.body.push(block);
    }
  }
  return result.filter((section) => section.body.length > 0);
}

const startsWithDateline = (section: Section) => parseDateline(section.body[0]!.text) !== null;

/**
 * Reads one file's text as articles. Several headlines each followed by a dateline make an archive,
 * split at every headline; otherwise the file is one article and later headline-like lines are subheadings.
 */
export function splitPlainText(raw: string, source: string): SourceArticle[] {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const blocks = blocksOf(text).filter((block) => !isFurniture(block.text));
  const found = sections(blocks, text);
  const isArchive = found.filter(startsWithDateline).length >= 2;
  const articles = isArchive || found.length <= 1 ? found : [mergeSections(found)];
  return articles.map((section) => toArticle(section, text, source));
}

// Later "headlines" are subheadings: the body runs from the first block to the last, so they stay in it.
function mergeSections([first, ...rest]: Section[]): Section {
  return { title: first!.title, body: [...first!.body, ...rest.flatMap((section) => section.body)] };
}

function toArticle(section: Section, text: string, source: string): SourceArticle {
  const first = section.body[0]!;
  const last = section.body[section.body.length - 1]!;
  const bodyText = text.slice(first.start, last.end);
  const { dateline, author } = readArticleHead(bodyText);
  // Titles are for display and lookup: markdown marks dropped, odd spaces (NBSP, tabs) made plain.
  const title = section.title.replace(/^#+\s*/, '').replace(/\s+/g, ' ').trim();
  const date = dateline?.date ?? section.body.slice(0, 3).map((block) => dateLine(block.text)).find(Boolean) ?? null;
  return {
    id: articleId(title, bodyText),
    title,
    date,
    author,
    datelinePlace: dateline?.place ?? null,
    source,
    url: null,
    text: bodyText,
  };
}
