// A page's title wraps its headline in furniture: the site's address and the date ("www.kansascity.com |
// 01/17/2008 | '27 Dresses'"), a shop's name and department ("Shop.com: Acme Kettle 1.7 L : Kitchen",
// "Salt Year: A Novel: Shop.co.uk: Marsh, Helen: 9781234567897: Books"). The summary's title is the headline or
// the item's name; the page's own title stays as it is for everything else (the review detector reads the
// department words in it).
import { ENGLISH_MONTH, GERMAN_MONTH } from './dates';

/** A segment that is a web address: the shop's name as shops print it in titles. */
const DOMAIN = /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:com|net|org|co\.uk|de|fr|it|es|nl|ca|com\.au|co\.jp|jp|in)$/iu;
/** Where a title's segments part: a colon and a space (also " : "). */
const SEGMENT_BREAK = /\s*:\s+/u;

/** The item's name in a shop-shaped title; any other title unchanged. */
export function withoutShopFurniture(title: string): string {
  const segments = title.split(SEGMENT_BREAK);
  const shop = segments.findIndex((s) => DOMAIN.test(s.trim()));
  if (shop < 0) return title;
  // "Item: Shop.co.uk: Author: Code: Department": the item is what comes before the shop.
  if (shop > 0) return segments.slice(0, shop).join(': ');
  // "Shop.com: Item : Department": the item is between the shop and its department.
  const rest = segments.slice(1);
  if (rest.length === 0) return title;
  return (rest.length > 1 ? rest.slice(0, -1) : rest).join(': ');
}

/** Where a news title's segments part: a bar, a middle dot or a spaced dash. */
const SEGMENT_SEPARATOR = String.raw`\s+[|·•\-–—]\s+`;
/** A month's name in a title's date, English or German. */
const MONTH = `(?:${ENGLISH_MONTH}|${GERMAN_MONTH})`;
/** A date as sites print it in titles: "01/17/2008", "2008-01-17", "Jan. 17, 2008", "17 January 2008",
 *  "17. Januar 2008". */
const DATE = new RegExp(
  String.raw`^(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|${MONTH}\.? \d{1,2},? \d{4}|\d{1,2}\.? ${MONTH}\.? \d{4})$`,
  'iu',
);
const FURNITURE_AT_START = new RegExp(`^([^|·•–—]+?)${SEGMENT_SEPARATOR}`, 'u');
const FURNITURE_AT_END = new RegExp(`${SEGMENT_SEPARATOR}([^|·•–—]+?)$`, 'u');

function isFurniture(segment: string): boolean {
  const s = segment.trim();
  return DOMAIN.test(s.replace(/^www\./i, '')) || DATE.test(s);
}

/** The title a summary shows: one line, without the address and date segments at either end, and a shop's
 *  furniture taken off. A title that is nothing but furniture stays as it is. */
export function summaryTitle(title: string): string {
  let out = title.replace(/\s+/g, ' ').trim();
  for (let m = FURNITURE_AT_START.exec(out); m && isFurniture(m[1] as string); m = FURNITURE_AT_START.exec(out))
    out = out.slice(m[0].length);
  for (let m = FURNITURE_AT_END.exec(out); m && isFurniture(m[1] as string); m = FURNITURE_AT_END.exec(out))
    out = out.slice(0, m.index);
  if (isFurniture(out)) return title.replace(/\s+/g, ' ').trim();
  return withoutShopFurniture(out);
}
