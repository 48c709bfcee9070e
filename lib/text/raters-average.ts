// A rating printed with how many people gave it ("4.2 / 5 from 318 readers", "Average rating 4.1. Vote count:
// 37", "★★★★☆ 4,1 von 5 (37 Stimmen)") is the average of the page's readers or users: never the reviewer's own
// rating, and no sign that the page is a review (news sites ask readers to rate their stories).

/** A count of people who rated: plural, not a scale's end ("out of 5 ratings"), after the average or not ("3.87
 *  24,611 ratings"); or the count in
 *  brackets after them ("Watchpath users (4,812)"). */
const RATERS_COUNT =
  /(?<!\/\s?)\b\d[\d.,]*\s+(?:votes|voters|readers|users|ratings|stimmen|bewertungen)\b|\b(?:votes|voters|readers|users|ratings)\s*\(\s*\d[\d.,]*\s*\)|\bvote\s+count\b|\baverage\s+rating\b/i;
/** Longer lines are paragraphs of prose that may mention readers, not a widget's line. */
const MAX_WIDGET_LINE_CHARS = 120;

/** Whether a short line (a widget's) states a raters' average. */
export function isRatersAverage(line: string): boolean {
  return line.length <= MAX_WIDGET_LINE_CHARS && RATERS_COUNT.test(line);
}
