// The role a person is shown with: a credit first, then the review's cues ("directed by", "Capra's direction",
// "Carter plays"), then the craft a known name is usually credited for, then the kind of work reviewed (an
// unexplained name in a film review is one of the cast; elsewhere, or met once in passing, "other").
import type { PersonRole } from '../../schema';
import type { Entity } from './entities';
import type { PeopleLexicon } from './lexicon';

/** When one person has several credits, the one shown is the most telling: "director" beats "producer". */
export const ROLE_PRIORITY: readonly PersonRole[] = [
  'director',
  'actor',
  'writer',
  'author',
  'composer',
  'music',
  'cinematographer',
  'editor',
  'producer',
  'other',
];
/** Words that tell what kind of work is reviewed: an unexplained name in a film or TV review is most likely in the
 *  cast, elsewhere it is "other"; "X's TITLE" is the director of a film, the author of a book. */
const KIND_CONTEXT = {
  film: /\b(?:film|movie|picture|cast|screen|actor|actress|performance|director|episode|series|scene|script|screenplay|screenwriter|filmmaker|cinema|camera|noir|hollywood)s?\b/giu,
  book: /\b(?:book|novel|author|chapter|reader|memoir|prose|publish(?:es|ed|er))s?\b/giu,
  music: /\b(?:album|song|record|band|track|singer|guitar|drum)s?\b/giu,
  game: /\b(?:game|gameplay|player|level|console|combat)s?\b/giu,
} as const;
export type WorkKind = keyof typeof KIND_CONTEXT | 'other';
/** Film needs a few context words, as names default to the cast there. */
const MIN_FILM_CONTEXT_HITS = 2;
/** Who "X's TITLE" is, by kind of work. */
export const MAKER_ROLE: Record<WorkKind, PersonRole> = {
  film: 'director',
  book: 'author',
  music: 'music',
  game: 'director',
  other: 'other',
};

/** The kind of work with the most context words. */
export function kindOf(text: string): WorkKind {
  let best: WorkKind = 'other';
  let bestHits = 0;
  for (const [kind, re] of Object.entries(KIND_CONTEXT) as [WorkKind, RegExp][]) {
    const hits = text.match(re)?.length ?? 0;
    if (hits > bestHits) {
      best = kind;
      bestHits = hits;
    }
  }
  if (best === 'film' && bestHits < MIN_FILM_CONTEXT_HITS) return 'other';
  return best;
}

/** Named once, with no role cue, no casting pair, no acting in its sentence, and not a recurring name. */
export function inPassing(e: Entity, lexicon: PeopleLexicon): boolean {
  return (
    e.fullMentions + e.surnameMentions <= 1 &&
    e.credited.length === 0 &&
    e.roleVotes.size === 0 &&
    e.actorInPair === 0 &&
    e.performanceCues === 0 &&
    !lexicon.knownPeople.has(e.key)
  );
}

export function roleOf(e: Entity, filmContext: boolean, lexicon: PeopleLexicon): PersonRole {
  const role = rankedRole(e, filmContext, lexicon);
  // A score credited to "Tangerine Dream" or "The Chemical Brothers" is a band's: "music", not "composer". Band
  // names are made of ordinary words; "Randy Newman" and "Hildur Guðnadóttir" are not.
  const ordinary = (w: string | undefined) => lexicon.commonWords.has((w ?? '').toLowerCase());
  const band = e.words[0] === 'The' || (ordinary(e.words[0]) && ordinary(e.words.at(-1)));
  return role === 'composer' && band ? 'music' : role;
}

/** The primary role, then every other role a credit or the words before a name state, most telling first
 *  ("Clint Eastwood as star/producer/director": director, actor, producer). "other" is never an extra role. */
export function rolesOf(e: Entity, primary: PersonRole): PersonRole[] {
  const stated = new Set([...e.credited, ...e.statedRoles]);
  // A band's score credit ("music") is not also a composer's.
  if (primary === 'music') stated.delete('composer');
  const extra = ROLE_PRIORITY.filter((r) => r !== primary && r !== 'other' && stated.has(r));
  return [primary, ...extra];
}

function byPriority(roles: Iterable<PersonRole>): PersonRole | undefined {
  return [...roles].sort((a, b) => ROLE_PRIORITY.indexOf(a) - ROLE_PRIORITY.indexOf(b))[0];
}

function rankedRole(e: Entity, filmContext: boolean, lexicon: PeopleLexicon): PersonRole {
  const credited = byPriority(e.credited);
  if (credited) return credited;
  // "directed and written by X, who wrote …": the words right before a name state its credit, which outranks
  // what verbs and possessives elsewhere suggest (prose credits in reviews of every kind of work).
  const stated = byPriority([...e.statedRoles].filter((r) => r !== 'other'));
  if (stated) return stated;
  let best: PersonRole | undefined;
  let bestVotes = 0;
  for (const role of ROLE_PRIORITY) {
    const v = e.roleVotes.get(role) ?? 0;
    if (v > bestVotes) {
      best = role;
      bestVotes = v;
    }
  }
  // "Han Solo (Harrison Ford)" … "this was Ford's movie": cast in a part, a tie with a possessive's craft is
  // the actor's (reviews credit a film to its star as often as to its director).
  if (best && best !== 'actor' && e.actorInPair > 0 && (e.roleVotes.get('actor') ?? 0) === bestVotes) return 'actor';
  if (best) return best;
  // "Steven Spielberg" named with no cue is the director he usually is, not one of the cast.
  const known = lexicon.knownRoles.get(e.key);
  if (known) return known;
  // "as corrupt as Richard Nixon": a name met once, with no acting anywhere near it, is only mentioned.
  if (inPassing(e, lexicon)) return 'other';
  return filmContext ? 'actor' : 'other';
}
