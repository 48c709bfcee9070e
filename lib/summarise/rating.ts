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
// | German test grade "gut (2,1)", "Note: 2,1" | (6 − g) / 5 × 100 (GERMAN_GRADE)          |
//
// The parts: rating/patterns.ts (the regular expressions), rating/scales.ts (numbers, scales, letter grades),
// rating/formats.ts (a string that is a rating), rating/finding.ts (a rating inside running text).
import type { Article, StatedRating } from '../schema';
import { isRatersAverage } from '../text/raters-average';
import { findRatingInLine } from './rating/finding';
import { parseRating, starScaleOf } from './rating/formats';
import { REGEXPS } from './rating/patterns';
import { clamp } from './rating/scales';

export { findRatingInLine } from './rating/finding';
export { type ParseOptions, parseRating, starScaleOf } from './rating/formats';
export { DECIMAL_SCORE_SCALE, DEFAULT_STAR_SCALE, LETTER_GRADES, PROSE_SCALES } from './rating/scales';

/** Bare rating lines, at least, that make a table of several things' ratings (severalBareRatings). */
const MIN_TABLE_RATINGS = 3;
/** Paragraphs read at each end of the text: ratings sit in a header line or the closing sign-off. */
export const EDGE_PARAGRAPHS = 3;
/** schema.org defaults when reviewRating omits its scale. */
const SCHEMA_BEST = 5;
const SCHEMA_WORST = 1;

function fromStructured(article: Article): StatedRating | null {
  const s = article.structured;
  // The first of a shop's or a recipe's customer reviews rates the item, but it is not the page's rating.
  if (s?.ratingValue == null || s.oneOfSeveral) return null;
  const best = s.bestRating ?? SCHEMA_BEST;
  const worst = s.worstRating ?? SCHEMA_WORST;
  if (!(best > worst && s.ratingValue >= worst && s.ratingValue <= best)) return null;
  const score = clamp(((s.ratingValue - worst) / (best - worst)) * 100);
  return { text: s.ratingText ?? `${s.ratingValue}/${best}`, score, origin: 'structured-data' };
}

/** A rating's label in lower case ("our rating" for "Our rating: 4/5"), or null when it has none. */
function labelOf(text: string): string | null {
  return (
    REGEXPS.labelPrefix
      .exec(text.trim())?.[0]
      .replace(/[\s:\-–—]+$/, '')
      .toLowerCase() || null
  );
}

/** The labels printed with different values ("Our rating: 4.5/5", "Our rating: 4/5" down a buyer's guide; the
 *  ratings of other models in a sidebar): such a label rates several things, so none of its values is the
 *  reviewer's rating of the page's subject. Sub-scores under labels of their own ("Graphics 8", "Sound 7"), an
 *  overall score and a rating repeated with one value are not this. */
function severalThingsLabels(lines: readonly string[], starScale: number | undefined): Set<string> {
  const valuesByLabel = new Map<string, Set<number>>();
  for (const line of lines) {
    const label = labelOf(line);
    const score = label && !REGEXPS.overall.test(label) ? parseRating(line, { labelled: true, starScale }) : null;
    if (!label || score == null) continue;
    const values = valuesByLabel.get(label) ?? new Set<number>();
    values.add(score);
    valuesByLabel.set(label, values);
  }
  return new Set([...valuesByLabel].filter(([, values]) => values.size >= 2).map(([label]) => label));
}

/** Words a sub-score's label has at most ("Food", "Sound design", "Value for money"): a longer head is a title or
 *  a sentence ("My Name Is Modesty: A Modesty Waste of Time - 4/10"). */
const SUB_SCORE_LABEL_WORDS = 3;

/** Lines that score one part of the thing under a label of its own ("Food: 4/5", "Service: 2/5"): when two or
 *  more different labels do so, each line is a sub-score, and none of them is the reviewer's rating of the whole
 *  (the last one, "Value: 5/5", is not the verdict of a meal whose service got 2/5). A rating label ("Rating:",
 *  "Overall:") is never a sub-score. */
function subScoreLines(lines: readonly string[]): Set<string> {
  const byLabel = new Map<string, string[]>();
  for (const line of lines) {
    const trimmed = line.trim();
    const m = REGEXPS.closingFraction.exec(trimmed);
    if (!m) continue;
    const label = trimmed.slice(0, m.index).trim();
    const words = label.split(/\s+/).filter(Boolean);
    if (words.length === 0 || words.length > SUB_SCORE_LABEL_WORDS || /[.!?]/.test(label)) continue;
    if (REGEXPS.labelPrefix.test(label) || REGEXPS.overall.test(label)) continue;
    const key = label.toLowerCase();
    byLabel.set(key, [...(byLabel.get(key) ?? []), line]);
  }
  return byLabel.size >= 2 ? new Set([...byLabel.values()].flat()) : new Set();
}

/** A fact line of an info box: a short label, a colon and a short value that is no rating ("Price: around £60 a
 *  head", "Best for: date nights", "Address: 4 Ropewalk Quay"). */
const FACT_LINE = /^\p{Lu}[\p{L}'’ ]{0,24}:\s+\S/u;
const MAX_FACT_LINE_CHARS = 120;

/** The fact lines of a review's info box. A restaurant, hotel or product review often closes its verdict box
 *  with them after the rating ("Overall: 8/10", then "Best for", "Price", "Address"); left out before the text's
 *  edges are taken, they no longer push the rating out of the closing paragraphs. */
function factLines(lines: readonly string[], starScale: number | undefined): Set<string> {
  return new Set(
    lines.filter(
      (l) => l.length <= MAX_FACT_LINE_CHARS && FACT_LINE.test(l.trim()) && findRatingInLine(l, starScale) === null,
    ),
  );
}

/** Lines that are a rating and nothing else ("8.4 / 10", "A"), where MIN_TABLE_RATINGS of them on one scale
 *  print two or more values: a table's cells ("Overall score" and "Energy rating" across five laptops) rate
 *  several things, none of them the page's subject. A closing rating on a scale of its own stays (a user's
 *  "9 1/2 /10" under the matches they gave "2/5", "3 1/2 /5" …), as does one rating printed twice. */
function severalBareRatings(lines: readonly string[], starScale: number | undefined): Set<string> {
  const byScale = new Map<string, { line: string; value: number }[]>();
  for (const line of lines) {
    const value = parseRating(line, { starScale });
    if (value === null) continue;
    const scale = scaleOf(line);
    byScale.set(scale, [...(byScale.get(scale) ?? []), { line, value }]);
  }
  const out = new Set<string>();
  for (const group of byScale.values()) {
    const values = new Set(group.map((g) => g.value));
    if (group.length >= MIN_TABLE_RATINGS && values.size >= 2) for (const g of group) out.add(g.line);
  }
  return out;
}

/** The scale a bare rating is printed on: the figure after "/" or "out of", a letter grade, or stars. */
function scaleOf(line: string): string {
  const best = /(?:\/|out\s+of)\s*(\d+)\D*$/i.exec(line)?.[1];
  if (best) return best;
  return REGEXPS.grade.test(line.trim()) ? 'grade' : 'stars';
}

/** The dash between a rating and its verdict in words. */
const VERDICT_WORDS_AFTER = /\s[–—-]\s/;

function fromRatingBox(texts: readonly string[], starScale: number | undefined): StatedRating | null {
  // An "overall" score beats the sub-scores printed beside it (tofugu-style "Fun Rating 7").
  const ordered = [...texts.filter((t) => REGEXPS.overall.test(t)), ...texts.filter((t) => !REGEXPS.overall.test(t))];
  for (const full of ordered) {
    // A box's rating may carry its verdict in words after a dash: "Overall: 8.5/10 – Highly recommended".
    const head = full.split(VERDICT_WORDS_AFTER)[0] as string;
    for (const text of head === full ? [full] : [full, head]) {
      const score = parseRating(text, { labelled: true, starScale });
      if (score != null) return { text: shownRatingText(text, score, starScale), score, origin: 'rating-box' };
    }
  }
  return null;
}

/** The box's text as the views quote it after "reviewer's rating": "6/10" for "Score: 6/10", when what follows
 *  the label is a rating by itself; "Overall Rating 7.9" stays whole (a bare 7.9 says nothing of its scale). */
function shownRatingText(text: string, score: number, starScale: number | undefined): string {
  const rest = text.trim().slice(REGEXPS.labelPrefix.exec(text.trim())?.[0].length ?? 0);
  const shown = rest && parseRating(rest, { starScale }) === score ? rest : text;
  // "Overall ★★★☆☆ Performance ★★★★★ Story ★★☆☆☆" shows the overall stars, not the sub-scores after them.
  const glyphsThen = REGEXPS.glyphsThen.exec(rest);
  return glyphsThen && /[★✭✮⭐☆✩]/u.test(glyphsThen[2] as string) ? (glyphsThen[1] as string) : shown;
}

/** A widget text's words before its first digit, star or colon: where its label is. */
function propertyHead(text: string): string {
  return text.trim().split(/[\d★☆⭐:]/u)[0] ?? '';
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
  const ratingTexts = (article.signals?.ratingTexts ?? []).filter((t) => !isRatersAverage(t));
  const starScale = starScaleOf([...headlines, ...ratingTexts, article.text]);
  for (const h of headlines) {
    const found = findRatingInLine(h, starScale);
    if (found) return { ...found, origin: 'headline' };
  }
  const paragraphs = article.text.split('\n').filter((l) => l.trim() && !isRatersAverage(l));
  const shared = severalThingsLabels([...ratingTexts, ...paragraphs], starScale);
  const ownRating = (text: string) => !shared.has(labelOf(text) ?? '');
  // A widget that scales a property ("Difficulty ●●●○○", "Spice level: 3/5") says how much, not how good.
  const judgements = ratingTexts.filter((t) => !REGEXPS.propertyLabelEnd.test(propertyHead(t)));
  const box = fromRatingBox(judgements.filter(ownRating), starScale);
  if (box) return box;
  // Sub-score and fact lines are left out before the text's edges are taken: "10/10" above "Quality: 9/10",
  // "Entertainment: 10/10" and "Replayable: 10/10" still closes the review, and so does "Overall: 8/10" above
  // "Price: …" and "Address: …".
  const subScores = subScoreLines(paragraphs);
  const facts = factLines(paragraphs, starScale);
  const tableCells = severalBareRatings(paragraphs, starScale);
  const prose = paragraphs.filter((p) => !subScores.has(p) && !facts.has(p) && !tableCells.has(p));
  const head = prose.slice(0, EDGE_PARAGRAPHS);
  const tail = prose.slice(Math.max(EDGE_PARAGRAPHS, prose.length - EDGE_PARAGRAPHS)).reverse();
  return fromParagraphs(head.filter(ownRating), starScale) ?? fromParagraphs(tail.filter(ownRating), starScale);
}
