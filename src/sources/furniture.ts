// Blog and news-site page furniture that is not part of any article (archive headers, pagination, share bars).
const FURNITURE = [
  /^(tag|category|author|monthly|daily|yearly)?\s*archives?\s*(for)?\s*:/i,
  /^[«‹<]*\s*(older|newer|previous|next)\s+(entries|posts|articles|stories)\s*[»›>]*$/i,
  /^(share|share this|like this|related( posts| articles)?|posted in|tags?|filed under|categories)\s*:?\s*$/i,
  /^(leave a (comment|reply)|read more|continue reading|advertisement|subscribe( now)?|skip to (main )?content)\b.{0,40}$/i,
  /^page \d+ of \d+$/i,
];

/** Whether a one-line block is page furniture rather than article text. */
export function isFurniture(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length < 80 && FURNITURE.some((pattern) => pattern.test(trimmed));
}
