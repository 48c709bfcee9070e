// A rating printed with how many people gave it ("4.2 / 5 from 318 readers", "Average rating 4.1. Vote count:
// 37", "★★★★☆ 4,1 von 5 (37 Stimmen)") is the average of the page's readers or users: never the reviewer's own
// rating, and no sign that the page is a review (news sites ask readers to rate their stories).

/** Who rated, in the plural: readers, users, a shop's customers, a course's students, a service's clients. */
const RATERS =
  '(?:votes|voters|readers|users|ratings|customers|clients|guests|buyers|students|learners|listeners|members|stimmen|bewertungen)';
/** A count of people who rated: plural, not a scale's end ("out of 5 ratings"), after the average or not ("3.87
 *  24,611 ratings", "4.9/5 average from 2,000+ clients", "(8.9K ratings)"); the count in brackets after them ("Watchpath users
 *  (4,812)") or after the average itself ("4.7 (18,452)", a catalogue card's stars and their count). */
const RATERS_COUNT = new RegExp(
  String.raw`(?<!\/\s?)\b\d[\d.,]*[kKmM]?\+?\s+${RATERS}\b|\b${RATERS}\s*\(\s*\d[\d.,]*\s*\)|^\s*\d(?:[.,]\d{1,2})?\s*★?\s*\(\s*\d[\d.,]*\+?\s*\)\s*$|\bvote\s+count\b|\baverage\s+rating\b`,
  'i',
);
/** Longer lines are paragraphs of prose that may mention readers, not a widget's line. */
const MAX_WIDGET_LINE_CHARS = 120;

/** Whether a short line (a widget's) states a raters' average. */
export function isRatersAverage(line: string): boolean {
  return line.length <= MAX_WIDGET_LINE_CHARS && RATERS_COUNT.test(line);
}
