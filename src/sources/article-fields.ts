// The article fields a structured record (a JSON Lines line) may hold, named once for the reader and the CLI's
// `--field` option (this module imports nothing, so the CLI's start stays light).
export const ARTICLE_FIELDS = ['title', 'text', 'date', 'url', 'author'] as const;
export type ArticleField = (typeof ARTICLE_FIELDS)[number];
