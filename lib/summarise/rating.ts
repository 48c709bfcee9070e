// Reads a rating the reviewer stated and normalises it to 0–100. Where it looks, in order of trust:
// schema.org reviewRating, the headline, rating widgets (signals.ratingTexts), then the first and the last
// paragraphs of the text — with strict patterns, so running times, years, prices, dates and "2/3 of the film"
// are never taken for ratings.
//
// Normalisation table (also in data/README.md):
// | printed                                    | score                                    |
// |--------------------------------------------|------------------------------------------|
// | schema.org ratingValue v, bestRating b, worstRating w (defaults 5 and 1) | (v − w) / (b − w) × 100 |
// | fraction "x/y", "x out of y", "x stars out of y" | x / y × 100                        |
// | stars "★★★½", "★★★☆☆" (☆ = empty star)     | filled / (filled + empty, else 5) × 100   |
// | bare stars "3 stars", "three and a half stars" | x / s × 100: s = the star scale the page states    |
// |                                            | elsewhere ("(out of four)", "4-star scale"), else 5 |
// | lone decimal "6.2" in a rating box / after "Rating:" | x / 10 × 100 (Pitchfork-style)   |
// | whole number 11–100 after "Score:"         | x (a 100-point score)                     |
// | asterisks "***½" in a rating box / after "Rating:" | as star glyphs                       |
// | letter grade "B+", "B-minus", "B plus"     | LETTER_GRADES (Metacritic's conversion)   |
//
// In prose, a fraction counts only where the writer plainly gives it as the verdict: after a rating verb
// ("I give it 3 out of 10", "My vote: 4/10"), opening a sentence ("4/10, very bizarre") or closing one after a
// dash ("A Waste of Time - 4/10"). A line that rates several things ("Dune ( 4/10 ) and Blue Velvet
// ( 8.5/10 )") rates other films, and a rating someone "would have given" is not the one they give.
import type { Article, StatedRating } from '../schema';

/** Metacritic's published letter-grade conversion: evenly spaced, A and A+ both top marks. */
export const LETTER_GRADES: Readonly<Record<string, number>> = {
  'A+': 100,
  A: 100,
  'A-': 91,
  'B+': 83,
  B: 75,
  'B-': 67,
  'C+': 58,
  C: 50,
  'C-': 42,
  'D+': 33,
  D: 25,
  'D-': 16,
  F: 0,
};

/** Best value of a bare star count ("3 stars") when the page states no scale anywhere: schema.org's default
 *  bestRating. Many newspaper film critics rate out of four, but they usually say so somewhere (a legend,
 *  "(out of four)" after the title), which starScaleOf reads. */
export const DEFAULT_STAR_SCALE = 5;
/** Star scales a page may state for its bare star counts; other "out of N" are shares and counts. */
const STAR_SCALES: Readonly<Record<string, number>> = { four: 4, '4': 4, five: 5, '5': 5, ten: 10, '10': 10 };
/** Best value of a lone decimal score ("6.2"), the ten-point scale that prints one decimal place. */
export const DECIMAL_SCORE_SCALE = 10;
/** Paragraphs read at each end of the text: ratings sit in a header line or the closing sign-off. */
export const EDGE_PARAGRAPHS = 3;
/** Scales a bare "x/y" in prose must be on to count: other fractions there are dates ("9/11"), shares
 *  ("2/3 of the film") or scores of matches. */
export const PROSE_SCALES: ReadonlySet<number> = new Set([4, 5, 10, 20, 100]);
/** schema.org defaults when reviewRating omits its scale. */
const SCHEMA_BEST = 5;
const SCHEMA_WORST = 1;

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0,
  no: 0,
  half: 0.5,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

// A rating number: "3", "3.5", "3,5" (decimal comma), "3 1/2", "3½", "½", "three", "three and a half",
// "three-and-a-half".
const NUM = String.raw`(?:\d{1,3}(?:[.,]\d{1,2})?(?:\s*(?:½|1/2))?|½|(?:zero|one|two|three|four|five|six|seven|eight|nine|ten)(?:(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half)?)`;
const STAR = '(?:stars?|points?)';
/** "x/y" or "x out of y" with rating numbers on both sides; groups: the whole, x, y. */
const FRACTION = String.raw`((${NUM})\s*(?:/|out\s+of)\s*(${NUM})(?:\s*stars?)?)`;
const LABEL = String.raw`(?:(?:(?:our|overall|final|critic'?s?|the)\s+)?(?:rating|grade|score|verdict)|overall|rated)`;

const REGEXPS = {
  /** "3 1/2 out of 4 stars", "four stars out of five", "3.5/4", "8 out of 10", "3 of 4 stars". */
  outOf: new RegExp(
    String.raw`^(${NUM})(?:\s*${STAR})?\s*(?:out\s+of|/)\s*(${NUM})(?:\s*${STAR})?$|^(${NUM})\s+of\s+(${NUM})\s*${STAR}$`,
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
  grade: /^([A-DF])\s*([+\-−–]?)$/,
  /** A grade with its sign spelled out: "B-minus", "B plus". */
  spelledGrade: /^([A-DF])\s*[-–]?\s*(plus|minus)$/i,
  decimal: /^(\d{1,2}\.\d)$/,
  /** "x of y" after a label ("Rating: 3.5 of 5"); in prose it is a share ("two of three"). */
  labelledOf: new RegExp(String.raw`^(${NUM})\s+of\s+(${NUM})$`, 'i'),
  /** A percentage after a label ("Score: 87%"). */
  percent: /^(\d{1,3}(?:\.\d)?)\s*%$/,
  /** Star glyphs followed by their scale: "★★★★½ (out of 5)". */
  glyphsOutOf: /^([★✭✮⭐☆✩½\s]+?)\s*\(\s*out\s+of\s+(four|five|ten|4|5|10)\s*\)$/iu,
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
   *  cheesy", "4/10 is my vote". Not "9 out of 10 dentists agree". */
  openingFraction: new RegExp(String.raw`^(?:an?\s+)?${FRACTION}\s*(?:[,:;(\-–—]|\.{2,}|is\s+my\b|$)`, 'i'),
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
  /** Where a page states its star scale: "(out of four)", "stars out of 4", "out of four stars",
   *  "on a four-star scale", "a scale of one to four stars". Plain "out of four" is not enough: in prose it is
   *  usually a share ("three out of four critics"). */
  starScale:
    /\(\s*out\s+of\s+(four|five|ten|4|5|10)(?:\s+stars?)?\s*\)|\bstars?\s+out\s+of\s+(four|five|ten|4|5|10)\b|\bout\s+of\s+(four|five|ten|4|5|10)\s+stars\b|\b(four|five|ten|4|5|10)[-\s]star\s+(?:scale|system|rating\s+scale)\b|\bscale\s+of\s+(?:one|1|zero|0)\s+to\s+(four|five|ten|4|5|10)\s+stars\b/i,
};

/** The value of a NUM match: "3 1/2" → 3.5, "three and a half" → 3.5, "½" → 0.5. */
function numberValue(text: string): number | null {
  let t = text.trim().toLowerCase();
  if (t === '½') return 0.5;
  let half = 0;
  if (REGEXPS.halfSuffix.test(t)) {
    half = 0.5;
    t = t.replace(REGEXPS.halfSuffix, '');
  } else if (REGEXPS.wordHalf.test(t)) {
    half = 0.5;
    t = t.replace(REGEXPS.wordHalf, '');
  }
  const n = t in NUMBER_WORDS ? NUMBER_WORDS[t] : Number(t.replace(REGEXPS.decimalComma, '.'));
  return n === undefined || Number.isNaN(n) ? null : n + half;
}

function ratio(value: number | null, best: number | null): number | null {
  if (value == null || best == null || best <= 0 || value < 0 || value > best) return null;
  return clamp((value / best) * 100);
}

export interface ParseOptions {
  /** A "Rating:"-style label or a rating widget vouches for ambiguous forms (lone decimals like "6.2"). */
  labelled?: boolean;
  /** The string is a piece of prose: only the usual rating scales count (see PROSE_SCALES). */
  prose?: boolean;
  /** Best value of a bare star count, as the page states it (starScaleOf); DEFAULT_STAR_SCALE if absent. */
  starScale?: number;
}

/** Parses one string that is a rating and nothing else (a widget text, a line, a score column). Null when
 *  it is not a rating. */
export function parseRating(raw: string, options: ParseOptions = {}): number | null {
  let text = unwrap(raw);
  const label = REGEXPS.labelPrefix.exec(text)?.[0] ?? '';
  const unlabelled = text.slice(label.length);
  const hasLabel = options.labelled || label !== '';
  text = unwrap(unlabelled);
  if (!text) return null;

  const outOf = REGEXPS.outOf.exec(text);
  if (outOf) {
    const best = numberValue((outOf[2] ?? outOf[4]) as string);
    if (options.prose && !PROSE_SCALES.has(best ?? Number.NaN)) return null;
    return ratio(numberValue((outOf[1] ?? outOf[3]) as string), best);
  }
  const bare = REGEXPS.bareStars.exec(text);
  if (bare) {
    const stars = numberValue(bare[1] as string);
    return ratio(stars, bareStarScale(stars, options.starScale));
  }
  if (REGEXPS.glyphs.test(text)) return parseGlyphs(text, options.starScale);
  const glyphsOutOf = REGEXPS.glyphsOutOf.exec(text);
  if (glyphsOutOf) return parseGlyphs(glyphsOutOf[1] as string, STAR_SCALES[(glyphsOutOf[2] as string).toLowerCase()]);
  const grade = REGEXPS.grade.exec(text);
  if (grade) return LETTER_GRADES[`${grade[1]}${gradeSign(grade[2] ?? '')}`] ?? null;
  const spelled = REGEXPS.spelledGrade.exec(text);
  if (spelled) return LETTER_GRADES[`${spelled[1]}${spelled[2]?.toLowerCase() === 'plus' ? '+' : '-'}`] ?? null;
  if (!hasLabel) return null;
  if (REGEXPS.decimal.test(text)) return ratio(Number(text), DECIMAL_SCORE_SCALE);
  const labelledOf = REGEXPS.labelledOf.exec(text);
  if (labelledOf) {
    const best = numberValue(labelledOf[2] as string);
    if (!PROSE_SCALES.has(best ?? Number.NaN)) return null;
    return ratio(numberValue(labelledOf[1] as string), best);
  }
  const percent = REGEXPS.percent.exec(text);
  if (percent) return ratio(Number(percent[1]), 100);
  // Only after "Score": "Rating: 15" and "Rated 18" are age certificates.
  if (REGEXPS.scoreLabel.test(label) && REGEXPS.hundredPoint.test(text)) return ratio(Number(text), 100);
  if (REGEXPS.asterisks.test(text)) return parseAsterisks(text, options.starScale);
  return null;
}

/** The text without its wrapping, keeping a closing bracket that belongs to an opening one inside it
 *  ("**** (out of 4)" stays whole, "(3 stars)" loses both). */
function unwrap(text: string): string {
  const inner = text.replace(REGEXPS.wrapping, '').trim();
  const opens = inner.split('(').length - 1;
  const closes = inner.split(')').length - 1;
  return opens > closes && /\)\W*$/.test(text) ? `${inner})` : inner;
}

/** Typographic minus and en dash count as a minus ("B−", "C–"). */
function gradeSign(sign: string): string {
  if (sign === '+') return '+';
  return sign ? '-' : '';
}

/** The scale of a bare star count: the page's stated one, unless the count is above it (the statement was
 *  about something else), then the default. */
function bareStarScale(stars: number | null, stated: number | undefined): number {
  return stated !== undefined && stars !== null && stars <= stated ? stated : DEFAULT_STAR_SCALE;
}

/** The star scale a page states anywhere in the given texts, or undefined when it states none. */
export function starScaleOf(texts: readonly string[]): number | undefined {
  for (const text of texts) {
    const m = REGEXPS.starScale.exec(text);
    const word = m?.slice(1).find((g) => g !== undefined);
    if (word) return STAR_SCALES[word.toLowerCase()];
  }
  return undefined;
}

function parseAsterisks(text: string, starScale?: number): number | null {
  const stars = (text.match(REGEXPS.asterisk)?.length ?? 0) + (REGEXPS.half.test(text) ? 0.5 : 0);
  const own = REGEXPS.asteriskScale.exec(text)?.[1];
  const stated = own ? STAR_SCALES[own.toLowerCase()] : starScale;
  return ratio(stars, bareStarScale(stars, stated));
}

function parseGlyphs(text: string, starScale?: number): number | null {
  const full = text.match(REGEXPS.fullGlyph)?.length ?? 0;
  const half = text.includes('½') ? 0.5 : 0;
  const empty = text.match(REGEXPS.emptyGlyph)?.length ?? 0;
  if (full + half === 0 && empty === 0) return null;
  // Empty stars print the scale ("★★★☆☆" is 3 of 5); a half-filled one is usually drawn as ½ or ☆.
  const best = empty > 0 ? full + Math.ceil(half) + empty : bareStarScale(full + half, starScale);
  return ratio(full + half, best);
}

/** Finds a rating inside one line of running text, with patterns strict enough for prose. */
export function findRatingInLine(raw: string, starScale?: number): { text: string; score: number } | null {
  const line = raw.replace(REGEXPS.spacedDecimal, '$1.$2');
  for (const m of line.matchAll(REGEXPS.labelledInText)) {
    const score = parseRating(m[1] as string, { labelled: true, prose: true, starScale });
    if (score != null) return { text: (m[1] as string).trim(), score };
  }
  const stars = REGEXPS.starsOutOfInText.exec(line);
  if (stars) {
    const score = parseRating(stars[1] as string, { prose: true, starScale });
    if (score != null) return { text: (stars[1] as string).trim(), score };
  }
  // A line that is nothing but a letter grade ("B-" closing a review) is one; inside prose "A" is a word.
  const whole = unwrap(line);
  if (REGEXPS.grade.test(whole) || REGEXPS.spelledGrade.test(whole)) {
    const score = parseRating(whole);
    if (score != null) return { text: whole, score };
  }
  // A piece of the line that is nothing but a rating: "‘27 Dresses’ | 2 stars", "… Cambridge. 2 1/2 stars".
  for (const segment of line.split(REGEXPS.segmentSplit)) {
    const piece = unwrap(segment);
    // Letter grades and bare numbers need a label in prose ("A" and "9" are words and counts there).
    if (REGEXPS.grade.test(piece) || REGEXPS.spelledGrade.test(piece)) continue;
    const score = parseRating(piece, { prose: true, starScale });
    if (score != null) return { text: piece, score };
  }
  return ratesSeveralThings(line) ? null : findGivenFraction(line, starScale);
}

/** A line with fractions of different values rates several things (other films, parts of a game). */
function ratesSeveralThings(line: string): boolean {
  const values = new Set<number | null>();
  for (const m of line.matchAll(REGEXPS.anyFraction)) {
    values.add(ratio(numberValue(m[2] as string), numberValue(m[3] as string)));
  }
  return values.size > 1;
}

/** Whether text ending here has an open round bracket. */
function insideBrackets(before: string): boolean {
  return before.split('(').length > before.split(')').length;
}

/** A fraction the writer gives as their verdict, in a user review's own words (see the header). */
function findGivenFraction(line: string, starScale: number | undefined): { text: string; score: number } | null {
  const fraction = (m: RegExpExecArray | RegExpMatchArray) => {
    if (m[4] !== undefined) {
      const text = `${m[4]} stars`;
      const score = parseRating(text, { prose: true, starScale });
      return score == null ? null : { text, score };
    }
    const best = numberValue(m[3] as string);
    if (!PROSE_SCALES.has(best ?? Number.NaN)) return null;
    const score = ratio(numberValue(m[2] as string), best);
    return score == null ? null : { text: (m[1] as string).trim(), score };
  };
  for (const m of line.matchAll(REGEXPS.givenInText)) {
    const before = line.slice(0, m.index);
    // "(I rated that one a 5/10)": an aside about something else.
    if (REGEXPS.counterfactual.test(before) || insideBrackets(before)) continue;
    const found = fraction(m);
    if (found) return found;
  }
  for (const sentence of line.split(REGEXPS.segmentSplit)) {
    const m = REGEXPS.openingFraction.exec(sentence.trim()) ?? REGEXPS.closingFraction.exec(sentence.trim());
    const found = m && fraction(m);
    if (found) return found;
  }
  return null;
}

function fromStructured(article: Article): StatedRating | null {
  const s = article.structured;
  if (s?.ratingValue == null) return null;
  const best = s.bestRating ?? SCHEMA_BEST;
  const worst = s.worstRating ?? SCHEMA_WORST;
  if (!(best > worst && s.ratingValue >= worst && s.ratingValue <= best)) return null;
  const score = clamp(((s.ratingValue - worst) / (best - worst)) * 100);
  return { text: s.ratingText ?? `${s.ratingValue}/${best}`, score, origin: 'structured-data' };
}

function fromRatingBox(texts: readonly string[], starScale: number | undefined): StatedRating | null {
  // An "overall" score beats the sub-scores printed beside it (tofugu-style "Fun Rating 7").
  const ordered = [...texts.filter((t) => REGEXPS.overall.test(t)), ...texts.filter((t) => !REGEXPS.overall.test(t))];
  for (const text of ordered) {
    const score = parseRating(text, { labelled: true, starScale });
    if (score != null) return { text, score, origin: 'rating-box' };
  }
  return null;
}

function fromParagraphs(paragraphs: readonly string[], starScale: number | undefined): StatedRating | null {
  for (const p of paragraphs) {
    const found = findRatingInLine(p, starScale);
    if (found) return { ...found, origin: 'text' };
  }
  return null;
}

/** The reviewer's own rating: structured data, headline, rating widgets, first paragraphs, last paragraphs. */
export function findStatedRating(article: Article): StatedRating | null {
  const structured = fromStructured(article);
  if (structured) return structured;
  const headlines = [article.signals?.headline, article.title].filter((h): h is string => Boolean(h));
  const ratingTexts = article.signals?.ratingTexts ?? [];
  const starScale = starScaleOf([...headlines, ...ratingTexts, article.text]);
  for (const h of headlines) {
    const found = findRatingInLine(h, starScale);
    if (found) return { ...found, origin: 'headline' };
  }
  const box = fromRatingBox(ratingTexts, starScale);
  if (box) return box;
  const paragraphs = article.text.split('\n').filter((l) => l.trim());
  const head = paragraphs.slice(0, EDGE_PARAGRAPHS);
  const tail = paragraphs.slice(Math.max(EDGE_PARAGRAPHS, paragraphs.length - EDGE_PARAGRAPHS)).reverse();
  return fromParagraphs(head, starScale) ?? fromParagraphs(tail, starScale);
}

function clamp(x: number): number {
  return Math.max(0, Math.min(100, Math.round(x * 10) / 10));
}
