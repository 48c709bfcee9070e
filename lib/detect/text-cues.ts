// What the article text itself says about being a review, with no page around it (the plain-text CLI input
// has only this). A review judges one thing in the first person and often prints a rating or a credits box;
// news reports what others said. Every figure is a rate per word so long and short pages compare.
import cues from './data/review-cues.json';

/** Only the start of a long page is read: a review shows its nature early, and this bounds the time. */
const MAX_CHARS_READ = 30_000;
/** A rating or credits box sits at the top or the bottom of a review; a grade in the middle is a list. */
const RATING_WINDOW_CHARS = 700;

const EVALUATIVE = new Set(cues.evaluative);
const REPORTING = new Set(cues.reporting);

const REGEXPS = {
  word: /[a-z]+(?:'[a-z]+)?/g,
  firstPerson: /^(?:i|i'm|i've|i'd|i'll|me|my|myself)$/,
  /** "3 1/2 out of 4 stars", "two stars", "8.5/10", "★★½", "Grade: B+", "Rating: 3". */
  rating:
    /(?:\b(?:\d(?:\.\d)?|\d ?1\/2|one|two|three|four|five)(?: and a half)? (?:out of|of) (?:four|five|ten|4|5|10)\b|\b(?:\d(?:\.\d)?|\d ?1\/2|½|one|two|three|four|five|half a) stars?\b|(?<![\d/.])\d{1,2}(?:\.\d)?\/10\b|[★✭✮⭐]{1,5}|\b(?:grade|rating|verdict|score)\s*:)/i,
  /** A credits or spec box: "Directed by", "Starring:", "Rated PG-13", "Running time", "Developer", "RRP". A space
   *  may stand before the colon ("Director : …", the French and Indian typesetting habit). */
  infoBox:
    /\b(?:directed by|director ?:|starring|stars ?:|cast ?:|rated:? (?:g|pg|pg-13|r|nc-17|n\/a)\b|running time|length ?: \d|runtime|developer ?:|publisher ?:|reviewed on|platforms? ?:|price ?:|rrp\b|pros\b|cons\b|our verdict|the verdict|tested by)/gi,
};

export interface TextCues {
  words: number;
  /** First-person singular pronouns per 100 words: the critic speaks for himself. */
  firstPerson: number;
  /** Words of judgement ("superb", "tedious") per 100 words. */
  evaluative: number;
  /** "said", "according", "announced"… per 100 words: the register of news. */
  reporting: number;
  /** A rating printed near the top or the bottom of the text. */
  ratingNearEdge: boolean;
  /** Distinct credits / spec / verdict labels near the top or the bottom ("Director:", "Cast:", "Price:"). */
  infoBoxLabels: number;
}

export function readTextCues(fullText: string): TextCues {
  const text = fullText.slice(0, MAX_CHARS_READ);
  const words = text.toLowerCase().replace(/[’‘]/g, "'").match(REGEXPS.word) ?? [];
  let firstPerson = 0;
  let evaluative = 0;
  let reporting = 0;
  for (const w of words) {
    if (REGEXPS.firstPerson.test(w)) firstPerson++;
    else if (EVALUATIVE.has(w)) evaluative++;
    else if (REPORTING.has(w)) reporting++;
  }
  const per100 = (n: number) => (words.length ? (100 * n) / words.length : 0);
  const edges = `${fullText.slice(0, RATING_WINDOW_CHARS)}\n${fullText.slice(-RATING_WINDOW_CHARS)}`;
  return {
    words: words.length,
    firstPerson: per100(firstPerson),
    evaluative: per100(evaluative),
    reporting: per100(reporting),
    ratingNearEdge: REGEXPS.rating.test(edges),
    infoBoxLabels: new Set(edges.match(REGEXPS.infoBox)?.map((m) => m.toLowerCase().replace(' :', ':'))).size,
  };
}
