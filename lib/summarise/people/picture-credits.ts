// Picture credits ("Photo: Olivier Douliery/AFP via Getty Images", "Photograph by Jane Doe for The Guardian")
// name the photographer of a news picture, not someone the review talks about. Readability keeps captions
// with the article, so their spans are left out of the search for people.
import { NAME_RUN, nameEndingAt } from './names';

/** Picture agencies and wire services printed after a photographer's name and a slash ("Jane Doe/AFP"). */
const AGENCIES = [
  'AFP',
  'AP',
  'Getty',
  'Reuters',
  'EPA',
  'Shutterstock',
  'Alamy',
  'Corbis',
  'Invision',
  'Bloomberg',
  'WireImage',
  'FilmMagic',
];

const REGEXPS = {
  // "Photo: Name", "Photos by Name", "Photograph: Name", "Illustration by Name", "Image credit: Name". Not
  // "photography by" or "photographed by": in film credits those name the cinematographer. No "i" flag: NAME_RUN
  // relies on upper/lower case. The name comes last, so the match never backtracks through it.
  leadIn: new RegExp(
    String.raw`\b(?:[Pp]hoto(?:graph)?s?|PHOTO|[Ii]llustration|[Ii]mage(?:\s+[Cc]redit)?|[Cc]redit)(?:\s*:\s*|\s+by\s+)(${NAME_RUN})`,
    'gu',
  ),
  // "/AFP": found first, and the name looked for just before it (nameEndingAt): a pattern of a name followed
  // by "/AFP" would retry the name at every capitalised word of a run wherever the slash is missing.
  agency: new RegExp(String.raw`/\s*(?:${AGENCIES.join('|')})\b`, 'g'),
};

/** A cheap test that a text may hold a picture credit at all (compiling NAME_RUN costs a fresh worker a few
 *  milliseconds, and most reviews have no caption). It matches everything the patterns above match. */
const GATE = new RegExp(String.raw`photo|illustration|image|credit|/\s*(?:${AGENCIES.join('|')})\b`, 'i');

type Span = { start: number; end: number };

/** The spans of the names in picture credits. */
export function findPictureCredits(text: string): Span[] {
  if (!GATE.test(text)) return [];
  const out: Span[] = [];
  for (const m of text.matchAll(REGEXPS.leadIn)) {
    const name = m[1] as string;
    const start = (m.index as number) + m[0].indexOf(name);
    out.push({ start, end: start + name.length });
  }
  for (const m of text.matchAll(REGEXPS.agency)) {
    const name = nameEndingAt(text, m.index as number);
    if (name) out.push(name);
  }
  return out;
}
