// The regular expressions that recognise stated ratings: a rating number, a fraction, a label, and every form
// a rating is printed in.
import { LETTER_GRADE } from '../../text/letter-grades';
import { FOREIGN_OUT_OF as FOREIGN_OUT_OF_WORDS } from '../../text/rating-words';

// A rating number: "3", "3.5", "3,5" (decimal comma), "3 1/2", "3½", "½", "three", "three and a half",
// "three-and-a-half".
const NUM = String.raw`(?:\d{1,3}(?:[.,]\d{1,2})?(?:\s*(?:½|1/2))?|½|(?:zero|one|two|three|four|five|six|seven|eight|nine|ten)(?:(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half)?)`;
const STAR = '(?:stars?|points?)';
/** "out of" in the other languages of the page cues, as a word: "4 de 5", "4,0 von 5" (not "4 de5"). */
const FOREIGN_OUT_OF = String.raw`(?:${FOREIGN_OUT_OF_WORDS})(?=\s)`;
/** "x/y" or "x out of y" with rating numbers on both sides; groups: the whole, x, y. */
const FRACTION = String.raw`((${NUM})\s*(?:/|out\s+of)\s*(${NUM})(?:\s*stars?)?)`;
// The labels in the languages whose reviews print a rating the page cues read (German, French, Spanish, Italian,
// Portuguese, Dutch): "Note : 3,5/5", "Nota: 4 de 5", "Voto: 7/10", "Wertung: 8/10", "Cijfer: 7".
const LABEL = String.raw`(?:(?:(?:our|overall|final|critic'?s?|the)\s+)?(?:rating|grade|score|verdict)|overall|rated|(?:gesamt|test|end)?note|nota|voto|wertung|bewertung|cijfer|puntuaci[oó]n|calificaci[oó]n|valutazione|avalia[cç][aã]o)`;

export const REGEXPS = {
  /** "3 1/2 out of 4 stars", "four stars out of five", "3.5/4", "8 out of 10", "3 of 4 stars". */
  outOf: new RegExp(
    String.raw`^(${NUM})(?:\s*${STAR})?\s*(?:out\s+of|/|${FOREIGN_OUT_OF})\s*(${NUM})(?:\s*${STAR})?$|^(${NUM})\s+of\s+(${NUM})\s*${STAR}$`,
    'i',
  ),
  /** The same inside running text, but only with the word "stars" ("… Four stars out of four."). */
  starsOutOfInText: new RegExp(
    String.raw`(?<![\w/.])((${NUM})\s*stars?\s+out\s+of\s+(${NUM})|(${NUM})\s+out\s+of\s+(${NUM})\s+stars)(?![\w/])`,
    'i',
  ),
  bareStars: new RegExp(String.raw`^(${NUM})\s*stars?$`, 'i'),
  glyphs: /^[★✭✮⭐☆✩½\s]+$/u,
  fullGlyph: /[★✭✮⭐]/gu,
  emptyGlyph: /[☆✩]/gu,
  grade: LETTER_GRADE,
  /** A grade with its sign spelled out: "B-minus", "B plus". */
  spelledGrade: /^([A-DF])\s*[-–]?\s*(plus|minus)$/i,
  decimal: /^(\d{1,2}\.\d)$/,
  /** "x of y" after a label ("Rating: 3.5 of 5"); in prose it is a share ("two of three"). */
  labelledOf: new RegExp(String.raw`^(${NUM})\s+of\s+(${NUM})$`, 'i'),
  /** A percentage after a label ("Score: 87%"). */
  percent: /^(\d{1,3}(?:\.\d)?)\s*%$/,
  /** Star glyphs followed by their scale: "★★★★½ (out of 5)". */
  glyphsOutOf: /^([★✭✮⭐☆✩½\s]+?)\s*\(\s*out\s+of\s+(four|five|ten|4|5|10)\s*\)$/iu,
  /** A user's thumbs up or down, as game stores print it: "👍 Recommended", "Not Recommended". Group: the "not". */
  recommendation: /^(?:👍|👎)?\s*(not\s+)?recommended$/iu,
  /** Star glyphs and then the same rating in figures or words: "★★★★★ 5/5", "★★★☆☆ 3.00 stars", "★★☆☆☆ it was
   *  ok". Groups: the glyphs, what follows. */
  glyphsThen: /^([★✭✮⭐☆✩½]+)\s+(\S.*)$/u,
  /** A German test grade, the school scale of German-language test sites (1 best, 6 worst): a grade word with
   *  its figure, "gut (2,1)", "sehr gut (1,4)", or the figure after its label, "Testnote: 2,1", "Note 1,8". A bare
   *  "2,1" is any number. Groups: the figure after a word, the figure after a label. */
  germanGrade:
    /^(?:(?:test|gesamt|end)?note\s*:?\s*)?(?:(?:sehr\s+gut|gut|befriedigend|ausreichend|mangelhaft|ungenügend)\s*\(\s*([0-6][,.]\d)\s*\)|(?<=note\s*:?\s*)([0-6][,.]\d))$/iu,
  /** The comma of a European decimal ("2,5/5"). */
  decimalComma: /(?<=^\d+),(?=\d+$)/,
  scoreLabel: /score/i,
  /** A whole-number score on a 100-point scale: two digits (above 10, where it could be out of 10) or 100. */
  hundredPoint: /^(?:1[1-9]|[2-9]\d|100)$/,
  /** Asterisks as stars ("***½", "**** (out of 4)"): only where a label or widget vouches for them, since a
   *  line of asterisks in prose is a section break. */
  asterisks: /^\*{1,5}\s*(?:½|1\/2)?(?:\s*\(\s*out\s+of\s+(?:four|five|4|5)\s*\)?)?$/i,
  asteriskScale: /out\s+of\s+(four|five|4|5)/i,
  asterisk: /\*/g,
  half: /½|1\/2/,
  /** A label in front of the rating: "Rating:", "Overall Rating", "Grade -", "Our verdict:". */
  labelPrefix: new RegExp(String.raw`^${LABEL}\s*[:\-–—]?\s*`, 'i'),
  /** A labelled rating anywhere in a line: "… Rating: 3 1/2 out of 4 stars. Rated: PG-13 …", "Rating: 7/10
   *  (Good)". */
  labelledInText: new RegExp(
    String.raw`\b${LABEL}\s*[:\-–—]\s*((?:[^.;|()]|\.(?=\d)){1,40}?)(?=\s*(?:[.;|)]\s|\((?!\s*out\s+of)|[.;|()]?$))`,
    'gi',
  ),
  /** A verb that gives a rating, or the writer's own rating noun, then (in the same clause, outside brackets)
   *  a fraction or a star count: "I give it a 3 out of 10", "It rates a 3.2/10", "My vote 4/10", "gets a 3 out
   *  of 10", "We give it four stars." (on the page's star scale; only closing the clause, since "gives its two
   *  stars room to breathe" speaks of actors). Not a bare "rating" or "score": "approval rating of 4 out of
   *  10", "the score improved to 7/10" are news. */
  givenInText: new RegExp(
    String.raw`\b(?:(?:give|gives|gave|giving|given|rate|rates|rated|deserves?|earns?)\b|rating\s+(?:it|this)\b|(?:my|our)\s+(?:\w+\s+)?(?:vote|rating|score|grade)\b|gets\s+an?\b)[^.!?;()\n]{0,40}?(?<![\w/.])(?:${FRACTION}(?![\w/])|(${NUM})\s+stars?(?=\s*(?:[.!?,;:)]|$|from\b)))`,
    'gi',
  ),
  /** A rating that opens a sentence and is followed by a break: "4 out of 10, very bizarre", "2/10 - So
   *  cheesy", "4/10 is my vote", "10/10 would watch again". Not "9 out of 10 dentists agree". */
  openingFraction: new RegExp(String.raw`^(?:an?\s+)?${FRACTION}\s*(?:[,:;(\-–—]|\.{2,}|is\s+my\b|would\b|$)`, 'i'),
  /** Stars opening a user's sentence and going on to what the writer would do or why they give them: "Five
   *  stars, would buy again", "Four stars only because the lid leaks". Only with those words after them (a
   *  comma alone is not enough: "Two stars, Tom Hanks and Meg Ryan, lead the film" counts actors), and not "for":
   *  IMDB users give "One star for the acting, one for the music" as parts of a sum. */
  openingStarsGiven: new RegExp(
    String.raw`^(${NUM})\s+stars?\s*(?:[,!.]*\s*would\b|(?:because|since|only\s+because)\s)`,
    'i',
  ),
  /** A rating that closes a sentence after a dash or colon: "My Name Is Modesty: A Modesty Waste of Time - 4/10". */
  closingFraction: new RegExp(String.raw`[\-–—:]\s*${FRACTION}\s*[.!]*$`, 'i'),
  /** "would have given", "would've rated", "kept him from giving": the rating the writer did not give. */
  counterfactual: /(?:would(?:'ve|\s+have)|from)\s+$/i,
  /** Every fraction on a prose scale in a line, to tell a list of ratings from a verdict. */
  anyFraction: new RegExp(String.raw`(?<![\w/.])${FRACTION}(?![\w/])`, 'gi'),
  /** A decimal as tokenised corpora print it ("6 . 5/10"). */
  spacedDecimal: /(\d) \. (\d)/g,
  /** Pieces of a line that may be a rating on their own: split at sentence ends, bars and bullets. */
  segmentSplit: /(?<=[.!?])\s+|\s*[|•·]\s*/,
  /** Wrapping that does not change the rating: brackets, quotes, trailing full stop. */
  wrapping: /^[\s("'“‘[]+|[\s)"'”’\].!]+$/g,
  halfSuffix: /\s*(?:½|1\/2)$/,
  wordHalf: /(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half$/i,
  overall: /overall|final|verdict/i,
  /** Text that ends in the name of a measured property, not a judgement: "Difficulty: 4/5", "Spice level 3/5",
   *  "Health score: 9/10", "Bitterness 2/5" (a game's, a recipe's, a coffee's spec line). A scale there says how
   *  much, not how good, so it is never the reviewer's rating. */
  propertyLabelEnd:
    /(?:^|[^\p{L}])(?:difficulty|challenge|skill|spice|spiciness|heat|sweetness|bitterness|sourness|saltiness|acidity|body|strength|intensity|roast|health|healthiness|nutrition|calories|size|fit|noise|loudness|weight|length|age|players|complexity)(?:\s+(?:level|rating|score|index|scale|grade))?\s*[:\-–—]?\s*$/iu,
  /** Where a page states its star scale: "(out of four)", "stars out of 4", "out of four stars",
   *  "on a four-star scale", "a scale of one to four stars". Plain "out of four" is not enough: in prose it is
   *  usually a share ("three out of four critics"). */
  starScale:
    /\(\s*out\s+of\s+(four|five|ten|4|5|10)(?:\s+stars?)?\s*\)|\bstars?\s+out\s+of\s+(four|five|ten|4|5|10)\b|\bout\s+of\s+(four|five|ten|4|5|10)\s+stars\b|\b(four|five|ten|4|5|10)[-\s]star\s+(?:scale|system|rating\s+scale)\b|\bscale\s+of\s+(?:one|1|zero|0)\s+to\s+(four|five|ten|4|5|10)\s+stars\b/i,
};
