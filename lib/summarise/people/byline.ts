// A page's byline as the author's name, shown as "By …" in the popup and as the source of copied text. Bylines
// arrive as the extractor finds them: "By Jane Doe | Film Critic", a date before the name ("Jan 16th, 2008,
// 9:28am by Jane Doe"), the name run into the next line of markup ("JANE DOESpecial to The Star", "Jane Doe5 Min
// Read", "AL ALEXANDER<BR>The Ledger") or no name at all ("Published Monday March 2nd", "About the Author",
// "Photo by: Wire Service"). What is no name is dropped: a blank beats a date shown as the author.
import { ENGLISH_MONTH, GERMAN_MONTH, WEEKDAY } from '../../text/dates';
import { PICTURE_WORDS } from '../../text/picture-credit';
import { PARTICLE_SET } from './names';

const PATTERNS = {
  // "By", "Reviewed by", and the piece's genre before it: "Interview by", "Words by", "Film review by".
  leadIn:
    /^\s*(?:(?:(?:film|book|album|game|music|theatre|restaurant)\s+)?(?:reviewed|review|written|posted|interview|interviewed|words|text|story|report|column|article)\s+)?by[:\s]\s*/iu,
  /** A magazine's credit label: "Words: Jane Doe", "Text: Jane Doe", "Author: Jane Doe" (beside "Photos: …"). */
  creditLabel: /^\s*(?:words|text|author|autor|writer|reviewer)\s*:\s*/iu,
  /** German "Von Jane Doe" (a capital "Von" before a name: lower-case "von" is part of a name). */
  germanLeadIn: /^\s*Von\s+(?=\p{Lu})/u,
  /** A job title or the site after a bar or dash: "| Film Critic", "— Staff Writer". */
  barTail: /\s*[|•·—–]\s.*$/u,
  /** Markup the page printed as text: the name is the part before it. */
  lineBreakMarkup: /<br\s*\/?>|\n/iu,
  /** A date, time or "Published" before a later "by": the name follows the last "by". */
  datedLeadIn: new RegExp(
    String.raw`^.*(?:\d|\b(?:published|posted|updated|${ENGLISH_MONTH}|${WEEKDAY})\b).*?\bby[:\s]\s*`,
    'iu',
  ),
  /** A picture's credit, not the writer's. */
  pictureCredit: new RegExp(String.raw`^\s*${PICTURE_WORDS}\b(?:\s+by)?\s*:?`, 'iu'),
  /** Page furniture run into the name, with or without a space ("DOESpecial to The Star", "Passel24 comments",
   *  "Doe22. Februar 2020", "Jane Doe Twitter", "Staff 2019年04月28日", "Jane Doe 2019-04-28"): a wire or
   *  freelance credit, a reading time, a comment count, a date, a social-media link. */
  runInTail: new RegExp(
    String.raw`\s*(?:Special to\s.*|\d+\s*(?:min(?:ute)?s?\s+read|comments?)\b.*|(?<=\p{Ll})\d{1,2}\.\s*\p{L}+\s+\d{4}\b.*|\d{4}\s*年\s*\d{1,2}\s*月.*|\s\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b.*|\s\d{1,2}\/\d{1,2}\/\d{2,4}\b.*|\s${ENGLISH_MONTH}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b.*|\s(?:Twitter|Facebook|Instagram|LinkedIn|E-?mail)\b.*)$`,
    'iu',
  ),
  /** ", photographs by Jane Roe": the pictures' credit after the writer's. */
  pictureTail: new RegExp(String.raw`\s*[,;]\s*${PICTURE_WORDS}\s+by\b.*$`, 'iu'),
  /** ", Entertainment Writer": the job after a comma. */
  jobTail:
    /,\s*(?:(?:senior|staff|chief|deputy|contributing|associate|entertainment|film|music|food|restaurant|games?|tech(?:nology)?|arts?|books?|theat(?:er|re)|television|tv)\s+)*(?:writer|editor|critic|correspondent|reporter|contributor|columnist|reviewer)s?\b.*$/iu,
  /** The site's staff credited beside the writer: "Jane Doe, Static & Bloom Staff", "Jane Doe and Ledger Staff". */
  staffTail: /\s*(?:,|\band\b)\s*[^,]{1,40}?\bstaff$/iu,
  trailingPunctuation: /[\s,;:]+$/u,
  /** A full stop after a word, not after an initial ("Jane Doe." but "John Smith Jr.", "Jeffrey S."). */
  trailingStop: /(?<=\p{Ll}{2})\.$/u,
  /** Not a person: a heading, a default account, a shop's call to action, an address. */
  notAName:
    /^(?:about the author|author|(?:published|posted|written|reviewed)(?:\s+by)?|admin(?:istrator)?|staff|editor|follow the author|visit the .* store|https?:\/\/.*|www\..*)$/iu,
  /** Words of a date or time, in English and German: a byline made only of these (and numbers) names nobody. */
  dateWord: new RegExp(
    String.raw`^(?:published|posted|updated|on|at|am|pm|[ap]\.m|gmt|utc|[pecmb][sd]t|cest?|${WEEKDAY}|${ENGLISH_MONTH}|${GERMAN_MONTH}|\d+(?:st|nd|rd|th)?)$`,
    'iu',
  ),
};

/** Lower-case words a byline naming people may hold besides a name's own particles (names.ts): the joins of a
 *  list of names ("A and B") and of a patronymic ("ibn", "y"). */
const BYLINE_JOINS: ReadonlySet<string> = new Set(['and', 'of', 'y', 'ibn']);
/** More lower-case words than this (particles aside) make a phrase, not a name: a headline or a sentence that an
 *  extractor took for the byline ("HTC and Verizon hooking up Nov. 13 in NYC"). */
const MAX_LOWER_CASE_WORDS = 1;

function readsAsPhrase(text: string): boolean {
  const lower = (text.match(/\p{L}[\p{L}'’-]*/gu) ?? []).filter(
    (w) => /^\p{Ll}/u.test(w) && !PARTICLE_SET.has(w) && !BYLINE_JOINS.has(w),
  );
  return lower.length > MAX_LOWER_CASE_WORDS;
}

/** Whether the text is only a date or time ("Published Friday January 18th, 2008", "4 November 2021, 09:28"). */
function onlyDate(text: string): boolean {
  const words = text.match(/[\p{L}\d.]+/gu) ?? [];
  return (
    words.length > 0 && words.every((w) => PATTERNS.dateWord.test(w.replace(/\.$/u, '')) || /^\d[\d.:]*$/u.test(w))
  );
}

/** The author's name in a byline, or null when it names nobody. */
export function bylineName(byline: string | null | undefined): string | null {
  if (!byline || PATTERNS.pictureCredit.test(byline)) return null;
  let name = byline.split(PATTERNS.lineBreakMarkup).find((part) => part.trim()) ?? '';
  name = name.replace(PATTERNS.datedLeadIn, '').replace(PATTERNS.leadIn, '').replace(PATTERNS.creditLabel, '');
  name = name.replace(PATTERNS.germanLeadIn, '');
  name = name.replace(PATTERNS.barTail, '').replace(PATTERNS.runInTail, '').replace(PATTERNS.jobTail, '');
  name = name.replace(PATTERNS.pictureTail, '').replace(PATTERNS.staffTail, '');
  name = name.replace(PATTERNS.trailingPunctuation, '').replace(PATTERNS.trailingStop, '').trim();
  if (!/\p{L}/u.test(name) || PATTERNS.notAName.test(name) || onlyDate(name) || readsAsPhrase(name)) return null;
  return name;
}

/** A byline printed as a line of the article's own text ("Words by Jane Doe", "By JANE DOE") is looked for in
 *  its first few lines: extractors keep it as text when the page gives it no byline markup. */
const TEXT_BYLINE_LINES = 4;
/** The line is a lead-in and a name, nothing more: two to four capitalised words. */
const TEXT_BYLINE =
  /^\s*(?:(?:(?:words|text|review|reviewed|written|interview|interviewed)\s+)?by[:\s]|(?:words|text)\s*:)\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}\s*$/iu;

/** The author named by a byline line at the top of the text, or null. */
export function textBylineName(text: string): string | null {
  const line = text.split('\n', TEXT_BYLINE_LINES).find((l) => TEXT_BYLINE.test(l));
  return line ? bylineName(line) : null;
}
