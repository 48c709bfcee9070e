// The words of one review block without what surrounds them: the rating widget, the reviewer's name and
// avatar, the date, "Verified Purchase", "12 people found this helpful", Helpful / Report buttons.
import { blockText, normaliseText } from '../text';
import { SKIP_TAGS } from './markers';

/** Elements that are never the review's words, whatever they say. */
const CHROME_TAGS: ReadonlySet<string> = new Set(['BUTTON', 'TIME', 'svg', 'SVG', 'IMG', 'FORM', 'INPUT', 'NAV']);
/** One class token / itemprop naming a part of a review block that is about the review, not in it. */
const CHROME_CLASS =
  /^(?:.*[-_])?(?:author|avatar|user-?name|nickname|byline|date|timestamp|time|helpful(?:ness)?|votes?|report|badges?|reviewer|profile|meta|footer|actions?|toolbar|share|reply|response|like|flag|translate|location|verified)(?:[-_].*)?$/i;
/** A line that is the block's furniture, in the languages the lists come in. */
const CHROME_LINE = new RegExp(
  [
    String.raw`^(?:was this (?:review )?helpful|helpful\b|not helpful|report(?: abuse)?|read (?:more|less)|show (?:more|less)`,
    `see (?:more|less|all)|verified purchase|verifizierter kauf|translate|übersetzen|reply|share|permalink`,
    String.raw`\d[\d,.]* (?:people|person|personen|kunden|of \d+ people)\b.*|one person found this helpful`,
    String.raw`reviewed in .* on .*|rezension aus .* vom .*|posted (?:on|by) .*|written by .*|by [\p{Lu}][\p{L} .'-]{0,40}`,
    String.raw`(?:on )?(?:\d{1,2}\.? )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mär|mai|okt|dez)[\p{L}.]* \d{1,2}?,? ?\d{4}`,
    String.raw`\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d+ (?:days?|weeks?|months?|years?) ago)$`,
  ].join('|'),
  'iu',
);
/** The label that opens a reply printed under a review — the owner's, the developer's, the seller's ("Response from
 *  the owner", "Developer Response", "Response from Marta, General Manager"): what follows is not the reviewer's.
 *  A bare "Reply" is a button, not a label: the label names who replies. */
const REPLY_LABEL =
  /^(?:(?:developer|owner|management|manager|seller|host|business|publisher|author)(?:['’]s)? (?:response|reply)(?: (?:from|by) .{1,60})?|(?:response|reply|antwort) (?:from|by|des|der|vom) .{1,60}):?$/iu;
/** A line of fewer words than this that does not end a sentence is a name, a date or a heading. */
const MIN_LINE_WORDS = 4;
const SENTENCE_END = /[.!?…)"”']$/u;
/** A name then a place: "<Name> <Initial>.<Town>, <Region>", at most a few capitalised words ending in ", XX". */
const NAME_AND_PLACE =
  /^[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*\.?){0,3}\s*\.?\s*[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,2},\s*[\p{Lu}][\p{L}.]*$/u;

function isChrome(el: Element, skip: ReadonlySet<Element>): boolean {
  if (skip.has(el)) return true;
  const tag = el.tagName.toUpperCase();
  if (SKIP_TAGS.has(tag) || CHROME_TAGS.has(tag)) return true;
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return true;
  const tokens = `${el.getAttribute('class') ?? ''} ${el.getAttribute('itemprop') ?? ''}`.split(/\s+/);
  return tokens.some((t) => t && CHROME_CLASS.test(t));
}

/** The block's text with its chrome elements left out, one paragraph per line. */
function contentText(block: Element, skip: ReadonlySet<Element>): string {
  const clone = block.cloneNode(true) as Element;
  const originals = [block, ...block.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  for (let i = originals.length - 1; i > 0; i--) {
    const el = originals[i] as Element;
    if (isChrome(el, skip)) copies[i]?.remove();
  }
  return blockText(clone);
}

/** Furniture printed inline beside the words ("Great sound Verified Purchase"). */
const CHROME_PHRASE = /\s*(?:verified purchase|verifizierter kauf|vine customer review of free product)\b\s*/giu;

/** Scripts written without spaces: a line of this many of their letters is a sentence, not a name. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/gu;
const MIN_UNSPACED_LETTERS = 10;

/** A line of three or more short fields between bars or dots ("Full Review | Original Score: B | Nov 25, 2026",
 *  "Local Guide · 34 reviews · 210 photos"): a card's footer or a reviewer's stats, not words of the review. */
const FIELD_SEPARATOR = /\s+[|·•]\s+/;
const MIN_FIELDS = 3;
const MAX_FIELD_WORDS = 4;

function isFieldLine(line: string): boolean {
  const fields = line.split(FIELD_SEPARATOR);
  return fields.length >= MIN_FIELDS && fields.every((f) => f.split(/\s+/).length <= MAX_FIELD_WORDS);
}

function keepLine(line: string): boolean {
  if (CHROME_LINE.test(line) || isFieldLine(line)) return false;
  if ((line.match(UNSPACED)?.length ?? 0) >= MIN_UNSPACED_LETTERS) return true;
  const words = line.match(/\p{L}[\p{L}'’-]*/gu)?.length ?? 0;
  if (words === 0) return false;
  // A short line is a sentence when it ends like one, or reads like one ("Really good recipes": words in lower
  // case, no figures): names, roles, dates and titles ("Susan Walker", "Hannah, parent", "Five Stars",
  // "12 hrs on record") are not.
  const lower = line.match(/(?:^|\s)\p{Ll}\p{L}*/gu)?.length ?? 0;
  // A reviewer's name run into their town ("Maya R.Oakland, CA", "Jon P. Leeds, UK"): capitals only, and a
  // place's comma before a capitalised last word, never a sentence's end.
  if (lower === 0 && NAME_AND_PLACE.test(line)) return false;
  return words >= MIN_LINE_WORDS || SENTENCE_END.test(line) || (words >= 3 && lower >= 2 && !/\d/.test(line));
}

/** The review's own words: its body when the markup names it (itemprop=reviewBody), else the block's text
 *  without chrome. `skip` holds elements known not to be words (the rating marker). */
export function reviewText(block: Element, skip: ReadonlySet<Element>): string {
  const body = block.querySelector('[itemprop~="reviewBody"]');
  const raw = body ? blockText(body) : contentText(block, skip);
  const lines = raw.split('\n').map((line) => line.replace(CHROME_PHRASE, ' ').trim());
  // A reply follows the review in its box: everything from its label on is someone else's words.
  const reply = lines.findIndex((line, i) => i > 0 && REPLY_LABEL.test(line) && !SENTENCE_END.test(line));
  return normaliseText((reply > 0 ? lines.slice(0, reply) : lines).filter(keepLine).join('\n'));
}
