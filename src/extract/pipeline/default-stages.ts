// The stages the project runs: the trained mention tagger with its rules, resolution by names, the trained
// attribution models with their rules for statements, and the rule-based event and about stages.
import { readArticleHead } from '../../sources/article-head';
import { aboutLinks } from '../about/about-links';
import { resolveEntities } from '../entities/resolve';
import { findArticleEvents } from '../events/find-events';
import { mergeEvents } from '../events/merge-events';
import { findAcronymPairs } from '../mentions/acronyms';
import { typeListsAlike } from '../mentions/list-kinds';
import { findLowercaseInstitutions } from '../mentions/lowercase-institutions';
import { typeMediaNames } from '../mentions/media-names';
import { fixSpanEdges } from '../mentions/span-edges';
import { tagNames } from '../mentions/tagger';
import { attachTitles } from '../mentions/titles';
import { typedMentions, type Mention } from '../mentions/typed-mentions';
import { findStatements } from '../statements';
import { analyseText } from '../text/sentences';
import type { ArticleText, Stages } from './stages';

/** Tokens and sentences; the body after a dateline ("SANTIAGO (AP) —") opens a sentence. */
export function readText(article: ArticleText['article']): ArticleText {
  const analysis = analyseText(article.text);
  const head = readArticleHead(article.text);
  const opening = head.dateline ? analysis.tokens.find((token) => token.start >= head.bodyStart) : undefined;
  if (opening) opening.sentenceStart = true;
  return { article, analysis, head, acronyms: findAcronymPairs(article.text) };
}

// The longest names of things run to a dozen words ("Organisation for the Prohibition of Chemical Weapons") and
// the longest words of news English to about thirty letters; a span past either is a run of letters, not a name,
// and an entity named by it would be stored and indexed whole.
const MAX_NAME_CHARACTERS = 160;
const MAX_NAME_WORD_LETTERS = 45;

const isNameSized = ({ name }: Mention) =>
  name.length <= MAX_NAME_CHARACTERS && name.split(/[\s-]+/).every((word) => word.length <= MAX_NAME_WORD_LETTERS);

/** The tagger's names, the rules that add to it on the dev sets (README: figures per rule), the dateline's place, titles. */
export function findMentions({ article, analysis, head }: ArticleText) {
  const { dateline, datelineStart, bodyStart } = head;
  // The dateline names a place; its agency and date are not mentions.
  const datelinePlace: Mention[] = dateline?.place ? [{ type: 'Place', name: dateline.place, start: datelineStart, end: datelineStart + dateline.placeLength }] : [];
  const named = typeListsAlike(typeMediaNames(typedMentions(fixSpanEdges(tagNames(analysis), article.text), article.text), article.text), article.text);
  const found = [...datelinePlace, ...named, ...findLowercaseInstitutions(analysis.tokens, article.text)]
    .filter((mention) => !dateline || mention.start < datelineStart || mention.start >= bodyStart || mention === datelinePlace[0])
    .filter(isNameSized)
    .sort((a, b) => a.start - b.start);
  return attachTitles(found, analysis.tokens);
}

/** Where the article's own words start: after the dateline, and after a byline that follows it. */
export function wordsStart({ article, head }: ArticleText): number {
  const rest = article.text.slice(head.bodyStart);
  if (!head.author || !rest.startsWith(head.author)) return head.bodyStart;
  const after = rest.slice(head.author.length);
  return article.text.length - after.trimStart().length;
}

export const defaultStages: Stages = {
  text: readText,
  mentions: findMentions,
  entities: resolveEntities,
  statements: ({ text, mentions }) => findStatements(text.article, text.analysis.sentences, mentions, wordsStart(text)),
  events: ({ articles, entities, countryOfPlace }) => {
    const nameOf = new Map(entities.map((entity) => [entity.id, entity.name]));
    const found = articles.flatMap(({ text, mentions }) =>
      findArticleEvents({
        articleId: text.article.id,
        text: text.article.text,
        date: text.article.date,
        sentences: text.analysis.sentences,
        mentions,
        bodyStart: text.head.bodyStart,
        countryOfPlace,
      }),
    );
    return mergeEvents(found, (id) => nameOf.get(id) ?? id);
  },
  about: ({ articles }, statements, events) =>
    aboutLinks({
      statements,
      events,
      mentionsOf: new Map(articles.map(({ text, mentions }) => [text.article.id, mentions])),
      sentencesOf: new Map(articles.map(({ text }) => [text.article.id, text.analysis.sentences])),
      textOf: new Map(articles.map(({ text }) => [text.article.id, text.article.text])),
    }),
};
