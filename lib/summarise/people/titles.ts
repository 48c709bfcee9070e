// Titles that hold a name are not people: "Being John Malkovich", "Ferris Bueller's Day Off", "Charlie Wilson's
// War". A mention inside a title is marked `quoted`, so a name the review uses only inside titles is left out
// (evidence.ts) while the same name used on its own still counts. Three classes of evidence, for reviews of any
// kind of work: the page's own title and the structured item name where the text repeats them; a short quoted
// span printed in title case; a possessive name run on into capitalised ordinary words; and a name joined to a
// time prefix ("pre-Beverly Hills Cop", "post-Matrix"), which dates things by a work, not by a person.
import type { PeopleLexicon } from './lexicon';
import type { Mention } from './mentions';
import { nameKey } from './names';

/** A quoted title is short; a longer quotation is dialogue or a quoted critic. */
const MAX_TITLE_WORDS = 8;
/** Short words a title leaves in lower case ("Day of the Dead"). */
const MIN_CAPITALISED_WORD_LENGTH = 4;
const REGEXPS = {
  quotedSpan: /["“]([^"“”\n]{1,120})["”]/gu,
  /** "'s Day Off", "' War": title-case words right after a possessive, up to the first lower-case word (an
   *  ALL-CAPS title after a possessive is the maker's: mentions.ts makerOfTitle). */
  titleAfterPossessive: /^\s+(\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+(?:of|the|a|an|and|in|on|to|for)?\s*\p{Lu}[\p{L}'’-]*)*)/u,
  word: /[\p{L}'’-]+/gu,
  /** "pre-", "post-" joined to the name. */
  timePrefix: /\b(?:pre|post)-$/iu,
};

type Span = { start: number; end: number };

/** Marks the mentions that sit inside a title. `titles` are the page title and item name as printed. */
export function markTitleMentions(
  text: string,
  mentions: readonly Mention[],
  titles: readonly string[],
  lexicon: PeopleLexicon,
): void {
  const spans = [...quotedTitleSpans(text), ...titleOccurrences(text, titles)];
  for (const m of mentions) {
    if (spans.some((s) => m.start >= s.start && m.end <= s.end && s.end - s.start > m.end - m.start)) m.quoted = true;
    else if (possessiveTitle(text, m, lexicon)) m.quoted = true;
    else if (REGEXPS.timePrefix.test(text.slice(Math.max(0, m.start - 5), m.start))) m.quoted = true;
  }
}

/** "“Being John Malkovich”": a short quoted span whose longer words are all capitalised. */
function quotedTitleSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const q of text.matchAll(REGEXPS.quotedSpan)) {
    const inner = q[1] as string;
    const words = inner.match(REGEXPS.word) ?? [];
    if (words.length === 0 || words.length > MAX_TITLE_WORDS) continue;
    if (!words.every((w) => w.length < MIN_CAPITALISED_WORD_LENGTH || /^\p{Lu}/u.test(w))) continue;
    if (!/^\p{Lu}/u.test(words[0] as string)) continue;
    const start = (q.index as number) + 1;
    out.push({ start, end: start + inner.length });
  }
  return out;
}

/** Where the text repeats the page title or item name (case-insensitive). */
function titleOccurrences(text: string, titles: readonly string[]): Span[] {
  const lower = text.toLowerCase();
  const out: Span[] = [];
  for (const title of titles) {
    const t = title.trim().toLowerCase();
    if (!t.includes(' ')) continue;
    for (let at = lower.indexOf(t); at >= 0; at = lower.indexOf(t, at + t.length))
      out.push({ start: at, end: at + t.length });
  }
  return out;
}

/** "Ferris Bueller's Day Off", "Charlie Wilson's War": an unknown name whose possessive runs on into capitalised
 *  words that start with an ordinary word. A known person's possessive is the maker's ("Steven Spielberg's Jaws"),
 *  and a name after it is a character ("Jon Voight's Manny", "Hugo Weaving's Agent Smith"). */
function possessiveTitle(text: string, m: Mention, lexicon: PeopleLexicon): boolean {
  if (!m.possessive || m.words.length < 2 || lexicon.knownPeople.has(nameKey(m.words.join(' ')))) return false;
  const after = REGEXPS.titleAfterPossessive.exec(text.slice(m.end, m.end + 80))?.[1];
  const first = (after?.match(REGEXPS.word)?.[0] ?? '').toLowerCase();
  return !!first && lexicon.commonWords.has(first) && !lexicon.firstNames.has(first) && !lexicon.honorifics.has(first);
}
