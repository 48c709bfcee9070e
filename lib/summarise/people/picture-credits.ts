// Picture credits ("Photo: Olivier Douliery/AFP via Getty Images", "Photograph by Jane Doe for The Guardian")
// name the photographer of a news picture, not someone the review talks about. Readability keeps captions
// with the article, so their spans are left out of the search for people.
import { NAME_RUN } from './names';

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
  // relies on upper/lower case.
  leadIn: new RegExp(
    String.raw`\b(?:[Pp]hoto(?:graph)?s?|PHOTO|[Ii]llustration|[Ii]mage(?:\s+[Cc]redit)?|[Cc]redit)(?:\s*:\s*|\s+by\s+)(${NAME_RUN})`,
    'gu',
  ),
  agency: new RegExp(String.raw`(${NAME_RUN})\s*/\s*(?:${AGENCIES.join('|')})\b`, 'gu'),
};

/** A cheap test that a text may hold a picture credit at all (compiling NAME_RUN costs a fresh worker a few
 *  milliseconds, and most reviews have no caption). It matches everything the patterns above match. */
const GATE = new RegExp(String.raw`photo|illustration|image|credit|/\s*(?:${AGENCIES.join('|')})\b`, 'i');

/** The spans of the names in picture credits. */
export function findPictureCredits(text: string): { start: number; end: number }[] {
  if (!GATE.test(text)) return [];
  const out: { start: number; end: number }[] = [];
  for (const pattern of [REGEXPS.leadIn, REGEXPS.agency]) {
    for (const m of text.matchAll(pattern)) {
      const name = m[1] as string;
      const start = (m.index as number) + m[0].indexOf(name);
      out.push({ start, end: start + name.length });
    }
  }
  return out;
}
