/**
 * Trigram similarity as PostgreSQL's pg_trgm computes it, so that a check made in the browser or in an
 * import file agrees with the one the database makes through its trigram index: the text is split into
 * words of letters and digits, lower-cased, each word padded with two spaces in front and one behind, and
 * the similarity is shared trigrams over all distinct trigrams of both texts (0 to 1).
 */
export function trigramSimilarity(a: string, b: string): number {
  const left = trigrams(a);
  const right = trigrams(b);
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const trigram of left) if (right.has(trigram)) shared++;
  return shared / (left.size + right.size - shared);
}

/** The distinct trigrams of a text, pg_trgm style. */
export function trigrams(text: string): Set<string> {
  const result = new Set<string>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    const padded = [" ", " ", ...word, " "];
    for (let i = 0; i + 3 <= padded.length; i++) result.add(padded.slice(i, i + 3).join(""));
  }
  return result;
}
