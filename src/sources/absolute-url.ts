// Links in pages and feeds may be relative ("/2024/01/story"): resolved against where the document came from.
export function absoluteUrl(href: string | null | undefined, base: string | null | undefined): string | null {
  const link = href?.trim();
  if (!link) return null;
  try {
    return new URL(link, base ?? undefined).href;
  } catch {
    // Relative with nothing to resolve it against: kept as written.
    return link;
  }
}
