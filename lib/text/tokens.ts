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

/** "Can't" and "couldn't" also open an idiom of emphasis, not of negation: "I can't recommend it highly enough",
 *  "can't get enough of it", "I cannot stress enough how good this is". The corpora hold a few dozen of them among
 *  90,000 reviews, too few for the models to learn that the negation does not flip them (the verdict read "I
 *  can't recommend it highly enough" as negative, 98% sure), so the scope is left unnegated. "Couldn't be
 *  happier" and "couldn't have been better" were tried the same way: no better, as "been better" is the
 *  complaint of "could have been better". */
const EMPHATIC_NEGATORS = new Set(["can't", 'cannot', 'cant', "couldn't", 'couldnt']);
/** "can't <verb> … enough": verbs of praise and of wanting more. At most ENOUGH_WITHIN words between the verb and
 *  "enough": "can't recommend this film highly enough"; "can't get out of herself long enough" is a real negation. */
const ENOUGH_VERBS = new Set([
  'recommend',
  'praise',
  'stress',
  'thank',
  'say',
  'get',
  'rave',
  'emphasize',
  'emphasise',
]);
const ENOUGH_WITHIN = 3;

const REGEXPS = {
  // Words (with inner apostrophes), numbers, and the punctuation that ends a negation scope.
  token: /[a-z0-9]+(?:['’][a-z]+)*|[.,:;!?()]/g,
  // Pre-tokenised corpora (Pang & Lee, the Rotten Tomatoes snippets, Hu & Liu) split contractions apart
  // ("does n't", "do n 't", "film 's"); glue them back so raw web text and those corpora share features.
  splitNegation: /\b([a-z]+) ?n ?['’] ?t\b/g,
  splitClitic: /([a-z0-9]) ['’] ?(s|re|ve|ll|d|m)\b/g,
};
const SCOPE_END = new Set(['.', ',', ':', ';', '!', '?', '(', ')']);

/** Whether the words after an emphatic negator (EMPHATIC_NEGATORS) make an idiom of emphasis. */
function emphatic(after: readonly string[]): boolean {
  if (!ENOUGH_VERBS.has(after[0] ?? '')) return false;
  const window = after.slice(1, ENOUGH_WITHIN + 2);
  const end = window.findIndex((t) => SCOPE_END.has(t));
  return (end < 0 ? window : window.slice(0, end)).includes('enough');
}

/** Lower-cased word tokens; words inside a negation scope get a "NOT_" prefix. Punctuation is dropped. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  let negated = false;
  const glued = text
    .toLowerCase()
    .replace(REGEXPS.splitNegation, "$1n't")
    .replace(REGEXPS.splitClitic, "$1'$2")
    .replace(/’/g, "'");
  const raws = glued.match(REGEXPS.token) ?? [];
  for (let i = 0; i < raws.length; i++) {
    const tok = raws[i] as string;
    if (SCOPE_END.has(tok)) {
      negated = false;
      continue;
    }
    out.push(negated ? `NOT_${tok}` : tok);
    if (NEGATORS.has(tok) || tok.endsWith("n't"))
      negated = !(EMPHATIC_NEGATORS.has(tok) && emphatic(raws.slice(i + 1, i + ENOUGH_WITHIN + 3)));
  }
  return out;
}
