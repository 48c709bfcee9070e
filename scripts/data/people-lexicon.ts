// Regenerates the people finder's word lists (lib/summarise/data/people-{first-names,common-words,non-person,
// known-names,known-roles}.json)
// from three sources, deterministically:
//   1. compromise's built-in lexicon (first names, places, organisations, ordinary English words);
//   2. the hand-written lists in lib/summarise/data/people-hand-lists.json;
//   3. the people credited in the development reviews' credits headers and the people of the hand-annotated
//      reviews (review-annotations, when the data is present): their first names, the full names of those named
//      in two reviews or more, and the usual craft of those.
// Run: npx tsx scripts/data/people-lexicon.ts
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import nlp from 'compromise';
import type { PersonRole } from '../../lib/schema';
import hand from '../../lib/summarise/data/people-hand-lists.json';
import { firstNameOf, nameKey } from '../../lib/summarise/people/names';
import { ROLE_PRIORITY } from '../../lib/summarise/people/roles';
import { dataAvailable } from '../eval/shared';
import { ANNOTATION_SETS, annotationCredits, loadAnnotations } from './people-annotations';
import { loadPeopleGold } from './people-gold';

const DATA_OUT = resolve(import.meta.dirname, '../../lib/summarise/data');

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
const NON_PERSON_TAGS = new Set(['City', 'Country', 'Region', 'Place', 'Organization', 'SportsTeam']);
/** Tags of words that are names or name-like; everything else in the lexicon is an ordinary word. */
const PROPER_TAGS = new Set([...NAME_TAGS, ...NON_PERSON_TAGS, 'LastName', 'Person', 'ProperNoun', 'Honorific']);
/** A first name must be a plain word of two letters or more ("Al", "Jo"); initials and fragments are noise. */
const FIRST_NAME = /^\p{Ll}[\p{Ll}'-]+$/u;
/** Only words: compromise also lists emoticons, abbreviations with dots and numbers. */
const PLAIN_PHRASE = /^\p{Ll}[\p{Ll}' -]*\p{Ll}$/u;

function lexiconByTags(): Map<string, string[]> {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const out = new Map<string, string[]>();
  for (const [word, tag] of Object.entries(lexicon)) out.set(word, Array.isArray(tag) ? tag : [tag]);
  return out;
}

/** A person credited in this many reviews is a known name: the recurring cast and crew of the era. */
const MIN_CREDITS_FOR_KNOWN = 2;

/** First names of credited people: "Keanu", "Helena", "Jean-Claude" are in no general list. Ordinary words
 *  ("The Brothers Quay", "Ice Cube") are left out: they would make every sentence start look like a name. */
export function creditedFirstNames(names: Iterable<string>): string[] {
  const honorifics = new Set(hand.honorifics);
  const ordinary = ordinaryWords();
  const out = new Set<string>();
  for (const name of names) {
    const first = firstNameOf(name);
    if (name.includes(' ') && FIRST_NAME.test(first) && !honorifics.has(first) && !ordinary.has(first)) out.add(first);
  }
  return [...out];
}

/** Full names (lower case) credited in at least MIN_CREDITS_FOR_KNOWN reviews; one entry per review credit. */
export function buildKnownPeople(creditedNamesPerReview: Iterable<readonly string[]>): string[] {
  const counts = new Map<string, number>();
  for (const names of creditedNamesPerReview) {
    for (const key of new Set(names.map(nameKey))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .filter(([, n]) => n >= MIN_CREDITS_FOR_KNOWN)
    .map(([k]) => k)
    .sort();
}

/** Order in which a known person's roles win a tie ("director" before "writer"): the order a person's roles are
 *  shown in, acting left out (it is the default, weighed against each craft separately). */
const ROLE_TIE_ORDER: readonly PersonRole[] = ROLE_PRIORITY.filter((role) => role !== 'actor');

/** The usual craft of each known person whose credits are mostly not acting ("steven spielberg" → director):
 *  in a film review a name with no cue is otherwise taken for one of the cast. Actors are left out (the
 *  default); a tie with acting keeps the default. */
export function buildKnownRoles(
  creditsPerReview: Iterable<readonly { name: string; roles: readonly PersonRole[] }[]>,
): Record<string, PersonRole> {
  const counts = new Map<string, Map<PersonRole, number>>();
  const reviews = new Map<string, number>();
  for (const credits of creditsPerReview) {
    const seen = new Map<string, Set<PersonRole>>();
    for (const c of credits) {
      const key = nameKey(c.name);
      const roles = seen.get(key) ?? new Set();
      for (const r of c.roles) roles.add(r);
      seen.set(key, roles);
    }
    for (const [key, roles] of seen) {
      reviews.set(key, (reviews.get(key) ?? 0) + 1);
      const byRole = counts.get(key) ?? new Map();
      for (const r of roles) byRole.set(r, (byRole.get(r) ?? 0) + 1);
      counts.set(key, byRole);
    }
  }
  const out: Record<string, PersonRole> = {};
  for (const key of [...counts.keys()].sort()) {
    if ((reviews.get(key) ?? 0) < MIN_CREDITS_FOR_KNOWN) continue;
    const byRole = counts.get(key) as Map<PersonRole, number>;
    const acting = byRole.get('actor') ?? 0;
    let best: PersonRole | undefined;
    for (const r of ROLE_TIE_ORDER) {
      const n = byRole.get(r) ?? 0;
      if (n > acting && n > (best ? (byRole.get(best) ?? 0) : 0)) best = r;
    }
    if (best) out[key] = best;
  }
  return out;
}

let ordinaryCache: Set<string> | null = null;
/** Function words and compromise's ordinary (non-proper) words. */
function ordinaryWords(): Set<string> {
  if (ordinaryCache) return ordinaryCache;
  ordinaryCache = new Set(hand.functionWords);
  for (const [word, t] of lexiconByTags()) if (!t.some((x) => PROPER_TAGS.has(x))) ordinaryCache.add(word);
  return ordinaryCache;
}

/** The first-name list from compromise + hand list + the given credited first names, sorted and unique. */
export function buildFirstNames(credited: Iterable<string>): string[] {
  const tags = lexiconByTags();
  const names = new Set<string>(hand.extraFirstNames);
  for (const [word, t] of tags) if (t.some((x) => NAME_TAGS.has(x)) && FIRST_NAME.test(word)) names.add(word);
  for (const n of credited) names.add(n);
  for (const n of hand.notFirstNames) names.delete(n);
  return [...names].sort();
}

function buildCommonWords(firstNames: Set<string>): string[] {
  const words = new Set<string>(hand.functionWords);
  for (const [word, t] of lexiconByTags()) {
    if (!PLAIN_PHRASE.test(word) || word.includes(' ')) continue;
    if (t.some((x) => PROPER_TAGS.has(x))) continue;
    if (!firstNames.has(word)) words.add(word);
  }
  return [...words].sort();
}

function buildNonPersonPhrases(): string[] {
  const phrases = new Set<string>(hand.nonPersonPhrases);
  for (const [word, t] of lexiconByTags()) {
    if (PLAIN_PHRASE.test(word) && t.some((x) => NON_PERSON_TAGS.has(x))) phrases.add(word);
  }
  return [...phrases].sort();
}

function write(name: string, value: unknown): void {
  writeFileSync(
    resolve(DATA_OUT, name),
    `${JSON.stringify(value, null, 0).replace(/","/g, '",\n"').replace(/^\[/, '[\n').replace(/\]$/, '\n]')}\n`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!dataAvailable()) console.warn('people-lexicon: development data absent — no names learnt from credits headers.');
  const gold = dataAvailable() ? loadPeopleGold() : [];
  const annotated = dataAvailable() ? ANNOTATION_SETS.flatMap((set) => loadAnnotations(set)) : [];
  const credits = [...gold.map((g) => g.people), ...annotated.map(annotationCredits)];
  const names = credits.map((c) => c.map((p) => p.name));
  const credited = creditedFirstNames(names.flat());
  const known = buildKnownPeople(names);
  const firstNames = buildFirstNames(credited);
  write('people-first-names.json', firstNames);
  write('people-known-names.json', known);
  const roles = buildKnownRoles(credits);
  writeFileSync(
    resolve(DATA_OUT, 'people-known-roles.json'),
    `${JSON.stringify(roles, null, 0).replace(/","/g, '",\n"').replace(/^\{/, '{\n').replace(/\}$/, '\n}')}\n`,
  );
  write('people-common-words.json', buildCommonWords(new Set(firstNames)));
  write('people-non-person.json', buildNonPersonPhrases());
  console.log(
    `people-lexicon: ${firstNames.length} first names (${credited.length} from headers and annotations), ${known.length} known names (${Object.keys(roles).length} mostly not acting).`,
  );
}
