// What the wrong picks are (issue 18 asks for the classes of error, not only the rate): each pick that is not an
// acceptable quote gets one class, read with the shipped sentence models and the ranker's own plot cues, and a
// place in the review. Descriptive only: these tags grade nothing and tune nothing.
//   no judgement      the opinion model reads it as plot (probability of opinion < 0.5)
//   about characters  opinion, but narrated in the third person or full of names: story analysis
//   contrary side     a positive or negative review, and the line clearly judges the other way
//   long              over LONG_WORDS words: an editor would cut it
//   other opinion     a judgement the annotator did not choose
import type { Quote } from '../../lib/schema';
import { DEFAULT_QUOTE_MODELS } from '../../lib/summarise/quotes/models';
import { readText } from '../../lib/summarise/quotes/score';
import { wordCount } from '../../lib/summarise/quotes/shape';
import { isAcceptable } from '../data/quotes-ranker-data';
import type { AnnotatedPicker, PreparedReview } from './quotes-annotated';

/** Polarity log-odds beyond which a line clearly takes a side (the picker's CLEAR_SIDE_LOGIT). */
const CLEAR_SIDE = 1.5;
const LONG_WORDS = 30;
/** Share of the review at either end counted as its opening or its close. */
const END_SHARE = 0.2;

const REGEXPS = {
  thirdPerson: /\b(he|she|his|her|him|they|their|them)\b/i,
  midCapital: /(?<=\s)["'“‘(]*\p{Lu}\p{Ll}+/gu,
};

function classOf(r: PreparedReview, q: Quote): string {
  const reading = readText(q.text, DEFAULT_QUOTE_MODELS);
  if (reading.subjectiveLogit < 0) return 'no judgement';
  if (r.review.side !== 0 && r.review.side * reading.polarity <= -CLEAR_SIDE) return 'contrary side';
  if (REGEXPS.thirdPerson.test(q.text) || (q.text.match(REGEXPS.midCapital)?.length ?? 0) >= 2) {
    return 'about characters';
  }
  if (wordCount(q.text) > LONG_WORDS) return 'long';
  return 'other opinion';
}

function placeOf(r: PreparedReview, q: Quote): string {
  const i = r.sentences.findIndex((s) => s.start <= q.start && q.end <= s.end);
  const at = i / Math.max(1, r.sentences.length - 1);
  return at < END_SHARE ? 'opening' : at >= 1 - END_SHARE ? 'close' : 'middle';
}

const tally = (counts: Map<string, number>) =>
  [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');

/** One line: how many picks were wrong, by class and by place in the review. */
export function errorNote(set: string, prepared: readonly PreparedReview[], pick: AnnotatedPicker): string {
  const classes = new Map<string, number>();
  const places = new Map<string, number>();
  let wrong = 0;
  let picks = 0;
  for (const r of prepared) {
    for (const q of pick(r)) {
      picks++;
      if (isAcceptable(q.text, r.review.quotes)) continue;
      wrong++;
      const c = classOf(r, q);
      const p = placeOf(r, q);
      classes.set(c, (classes.get(c) ?? 0) + 1);
      places.set(p, (places.get(p) ?? 0) + 1);
    }
  }
  return `${set}: ${wrong} of ${picks} picks not acceptable (cross-validated) — by class: ${tally(classes)}; by place: ${tally(places)}.`;
}
