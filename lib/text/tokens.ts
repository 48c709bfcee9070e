// Word tokens for the trained models. Shared by training (scripts/) and inference (lib/) so both see
// exactly the same features.

/** Words that flip the polarity of what follows, up to the next punctuation mark. */
const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'nothing',
  'nor',
  'neither',
  'nobody',
  'none',
  'hardly',
  'barely',
  'without',
  "don't",
  "doesn't",
  "didn't",
  "isn't",
  "aren't",
  "wasn't",
  "weren't",
  "can't",
  "couldn't",
  "won't",
  "wouldn't",
  "shouldn't",
  "hasn't",
  "haven't",
  "hadn't",
  'cannot',
  'dont',
  'doesnt',
  'didnt',
  'isnt',
  'wasnt',
  'cant',
  'couldnt',
  'wont',
  'wouldnt',
]);

const REGEXPS = {
  // Words (with inner apostrophes), numbers, and the punctuation that ends a negation scope.
  token: /[a-z0-9]+(?:['’][a-z]+)*|[.,:;!?()]/g,
  // Pre-tokenised corpora (Pang & Lee, the Rotten Tomatoes snippets, Hu & Liu) split contractions apart
  // ("does n't", "do n 't", "film 's"); glue them back so raw web text and those corpora share features.
  splitNegation: /\b([a-z]+) ?n ?['’] ?t\b/g,
  splitClitic: /([a-z0-9]) ['’] ?(s|re|ve|ll|d|m)\b/g,
};
const SCOPE_END = new Set(['.', ',', ':', ';', '!', '?', '(', ')']);

/** Lower-cased word tokens; words inside a negation scope get a "NOT_" prefix. Punctuation is dropped. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  let negated = false;
  const glued = text.toLowerCase().replace(REGEXPS.splitNegation, "$1n't").replace(REGEXPS.splitClitic, "$1'$2");
  for (const raw of glued.match(REGEXPS.token) ?? []) {
    if (SCOPE_END.has(raw)) {
      negated = false;
      continue;
    }
    const tok = raw.replace(/’/g, "'");
    out.push(negated ? `NOT_${tok}` : tok);
    if (NEGATORS.has(tok) || tok.endsWith("n't")) negated = true;
  }
  return out;
}
