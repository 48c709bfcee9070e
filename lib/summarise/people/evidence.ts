// Whether a name is a person the review talks about, and why: credited, a known name, cast in a pair, cued with
// a role, or a given name with nothing against it. Left out: the reviewer, places and organisations, the work's
// own title, characters (credited, cast, or referred to the way reviews refer to characters), quoted titles and
// phrases that only start with a given name.
import type { Entity } from './entities';
import type { PeopleLexicon } from './lexicon';
import type { ReviewerInfo } from './reviewer';

/** Why a name was kept: the eval reports precision per reason. */
export type Evidence = 'credited' | 'cue' | 'pair' | 'known' | 'first-name' | 'performance' | 'surname';

/** A name whose first word is used alone this often, and its surname never, is how the review refers to a
 *  character ("Kevin" … "Kevin" … "Kevin McCallister"), not a person. */
const MIN_FIRST_NAME_ONLY_MENTIONS = 2;

/** Reviews call a story's people by their first names and real people by their surnames: a name whose first word
 *  alone comes up more often than its surname and at least as often as the whole name ("Lisa Baumer" … "Lisa";
 *  "Henry Fool" … "Henry" seven times, "Fool" once) is a character's. On the annotated reviews and the 2026-12-07
 *  team annotations this took out 5 of 29 wrongly kept names and none of 69 rightly kept (dev). */
function calledByFirstName(e: Entity): boolean {
  if (e.surnameMentions === 0 && e.firstNameMentions >= MIN_FIRST_NAME_ONLY_MENTIONS) return true;
  return e.firstNameMentions > e.surnameMentions && e.firstNameMentions >= e.fullMentions;
}

/** "Holly Hunter", "Tom Baker": one ordinary word can be a surname; two are a phrase. */
const MAX_ORDINARY_WORDS_AFTER_FIRST_NAME = 1;
/** "Hank Moody Show": a run this long ending in an ordinary word is a phrase. */
const MIN_WORDS_OF_RUN_ON_PHRASE = 3;

export interface EvidenceContext {
  lexicon: PeopleLexicon;
  reviewer: ReviewerInfo;
  creditedCharacters: Set<string>;
  /** nameKey of the page title and the structured item name, possessives dropped. */
  titles: Set<string>;
}

export function personEvidence(
  e: Entity,
  { lexicon, reviewer, creditedCharacters, titles }: EvidenceContext,
): Evidence | null {
  if (reviewer.keys.has(e.key)) return null;
  if (e.credited.length > 0) return e.words.length >= 2 || !lexicon.nonPerson.has(e.key) ? 'credited' : null;
  if (e.words.length < 2) return e.loneName && !reviewer.surnames.has(e.key) ? 'surname' : null;
  if (lexicon.nonPerson.has(e.key)) return null;
  if (isOrganisation(e.words, lexicon)) return null;
  // "Starfall Drift review": a page title that holds the name names the work, unless the name is a known person's.
  if (!lexicon.knownPeople.has(e.key) && [...titles].some((t) => ` ${t} `.includes(` ${e.key} `))) return null;
  if (creditedCharacters.has(e.key) || e.characterInPair > e.actorInPair) return null;
  if (e.quotedMentions === e.fullMentions && e.surnameMentions === 0) return null;
  // "the small town of Emerald Grove": named as a place at least once and never credited.
  if (e.placeMentions > 0) return null;
  if (lexicon.knownPeople.has(e.key)) return 'known';
  if (phraseShaped(e, lexicon)) return null;
  if (e.actorInPair > 0) return 'pair';
  if (e.roleVotes.size > 0) return 'cue';
  return firstNameEvidence(e, lexicon) ?? performanceEvidence(e, lexicon);
}

/** A given name is a word of three letters or more: "E. Kelly", "D. Daubeney" are initials, not names. */
const GIVEN_NAME_SHAPE = /^\p{L}{3,}$/u;

const mentionTotal = (e: Entity) => e.fullMentions + e.surnameMentions + e.firstNameMentions;

/** "Romola Garai does great work as the frantic sister", "Rajpal Yadav … the casting": a full name with a given
 *  name no list holds (reviews of films from everywhere name casts from everywhere) is a performer's when a
 *  sentence that names it talks about acting and nothing marks it as one of the story's characters. */
function performanceEvidence(e: Entity, lexicon: PeopleLexicon): Evidence | null {
  const first = (e.words[0] ?? '').toLowerCase();
  if (e.performerCues === 0 || !GIVEN_NAME_SHAPE.test(first)) return null;
  if (lexicon.commonWords.has(first) || lexicon.firstNames.has(first)) return null;
  // Called by the first word alone, like "Santa" for "Santa Claus": how a story's people are named.
  if (e.firstNameMentions > 0 && e.surnameMentions === 0) return null;
  if (e.honorificMentions > 0 || e.characterCues > 0 || e.characterInPair > 0) return null;
  return e.words.slice(1).some((w) => lexicon.commonWords.has(w.toLowerCase())) ? null : 'performance';
}

/** "Mad Men", "Burning Man", "Pop Star", "Horse Thief": a title, place or phrase that sits where a person would
 *  ("Abigail Spencer (Mad Men) as Frosty's wife", "(Burning Man, anyone?)") is two ordinary words, the first no
 *  given name — unless the review goes on to call it by its last word alone, as it would a surname. A given name
 *  that is also an ordinary word is not in the first-name list, so "Holly Fields" goes too (measured in
 *  lib/summarise/data/README.md); one uncommon word keeps a name ("Club Silencio" stays). */
function phraseShaped(e: Entity, lexicon: PeopleLexicon): boolean {
  const first = (e.words[0] ?? '').toLowerCase().replace(/\.$/u, '');
  const last = (e.words.at(-1) ?? '').toLowerCase();
  return (
    !lexicon.firstNames.has(first) &&
    lexicon.commonWords.has(first) &&
    lexicon.commonWords.has(last) &&
    e.surnameMentions === 0
  );
}

/** An otherwise unexplained name is a person's when it starts with a given name and is not a phrase or a
 *  character. */
function firstNameEvidence(e: Entity, lexicon: PeopleLexicon): Evidence | null {
  const firstWord = (e.words[0] ?? '').toLowerCase().replace(/\.$/u, '');
  if (!lexicon.firstNames.has(firstWord)) return null;
  // "Chick Flick Plot Generator": a given name followed by ordinary words is a phrase, not a person.
  const ordinary = e.words.slice(1).filter((w) => lexicon.commonWords.has(w.toLowerCase())).length;
  if (ordinary > MAX_ORDINARY_WORDS_AFTER_FIRST_NAME) return null;
  // "John Ritter decides to keep the vile hell-child": user reviews retell the plot with the actors' names, so one
  // story verb among several mentions does not make a character.
  const characterLike = e.honorificMentions > 0 || e.characterCues * 2 >= mentionTotal(e) || calledByFirstName(e);
  return runOnPhrase(e, lexicon) || characterLike ? null : 'first-name';
}

/** "Alan Parsons Project", "Bill Murray Show", "Jake Gittes Memorial": a name run on into an ordinary word is a
 *  phrase — unless the word before it is a given name ("David Aaron Baker", "Jimmie Ray Weeks") or the review
 *  goes on to call the person by that last word ("Helena Bonham Carter" … "Carter"). Initials do not count
 *  ("Irma P. Hall"). */
function runOnPhrase(e: Entity, lexicon: PeopleLexicon): boolean {
  const words = e.words.filter((w) => !/^(?:\p{Lu}\.)+$/u.test(w)).map((w) => w.toLowerCase());
  if (words.length < MIN_WORDS_OF_RUN_ON_PHRASE || e.surnameMentions > 0) return false;
  return lexicon.commonWords.has(words.at(-1) ?? '') && !lexicon.firstNames.has(words.at(-2) ?? '');
}

/** "Obsidian Entertainment", "Pacific Gas and Electric": a place or organisation, never a person or character. */
/** A compass word before a place names a region ("North America", "South Asia", "Western Europe"). */
const COMPASS_WORD = /^(?:north|south|east|west|central|northern|southern|eastern|western|latin|middle)$/i;

export function isOrganisation(words: readonly string[], lexicon: PeopleLexicon): boolean {
  // A lone word ("Fox", "Paris") is as often a character's name as a studio's or a city's.
  return (
    (words.length > 1 && lexicon.nonPerson.has(words.join(' ').toLowerCase())) ||
    words.slice(1).some((w) => lexicon.nonPersonHeads.has(w.toLowerCase())) ||
    (words.length === 2 && COMPASS_WORD.test(words[0] ?? '') && lexicon.nonPerson.has((words[1] ?? '').toLowerCase()))
  );
}
