// People named only by surname: "Hitchcock's PSYCHO", "a typical Steele novel", "Willis' character", "a loving
// daughter (Leigh)". User reviews and critics name people this way as often as in full; a lone word is kept only
// when the words around it credit a craft outright (a given name only by its possessive: a lone given name is
// mostly a character's), and never when it is an ordinary word ("Stone", "Dick"), a place, a character's name or
// the reviewer's.
import type { PersonRole } from '../../schema';
import { addCharacter, type Entities, type Entity, entityFor, type Resolve, uniqueEntities, vote } from './entities';
import type { PeopleLexicon } from './lexicon';
import type { Mention } from './mentions';
import { nameKey } from './names';
import type { Pair } from './pairs';

/** Shorter capitalised words are initials, abbreviations or exclamations more often than surnames. */
const MIN_LONE_NAME_LENGTH = 3;
/** How far before a bracketed lone word its description may start ("a loving daughter ("). */
const DESCRIPTION_WINDOW_CHARS = 40;
const REGEXPS = {
  /** A lower-case word right before the bracket: the part is described, not named ("daughter (Leigh)"). */
  descriptionBeforeBracket: /\b\p{Ll}{3,}\s*\(\s*$/u,
};

export interface LoneNameContext {
  resolve: Resolve;
  lexicon: PeopleLexicon;
  creditedCharacters: Set<string>;
  /** A film or TV review: a lone word in brackets after a description is the actor there. */
  film: boolean;
  /** Who "X's TITLE" is for this kind of work. */
  makerRole: PersonRole;
  pairs: readonly Pair[];
}

/** Adds an entity for every lone surname the text credits with a craft; call after casting. */
export function addLoneNames(
  text: string,
  mentions: readonly Mention[],
  entities: Entities,
  ctx: LoneNameContext,
): void {
  const characterWords = new Set(
    [...uniqueEntities(entities).flatMap((e) => e.characters), ...ctx.creditedCharacters].flatMap((c) =>
      nameKey(c).split(' '),
    ),
  );
  const byWord = new Map<string, Mention[]>();
  for (const m of mentions) {
    if (m.words.length !== 1 || typeof ctx.resolve(m) !== 'string') continue;
    const key = (m.words[0] as string).toLowerCase();
    byWord.set(key, [...(byWord.get(key) ?? []), m]);
  }
  for (const [key, ms] of byWord) {
    if (!candidate(key, ctx.lexicon) || characterWords.has(key)) continue;
    if (ms.some((m) => m.honorific || m.characterCue || m.quoted || m.ordinaryWord)) continue;
    // A word that is also a given name ("Willis", "Gilbert") needs the strongest cue: a craft noun after its
    // possessive ("Willis' character", "Gilbert's performance").
    const givenName = ctx.lexicon.firstNames.has(key);
    const roles = ms.flatMap((m) => (givenName ? (m.possessive ? m.nounCues : []) : loneRoles(text, m, ctx)));
    const first = ms[0] as Mention;
    if (roles.length === 0) continue;
    const e = entityFor(entities, first.words[0] as string, first.start);
    e.loneName = true;
    e.surnameMentions += ms.length;
    for (const r of roles) vote(e, r);
    if (roles.includes('actor')) e.performanceCues++;
    castLoneActor(e, ms, ctx.pairs);
  }
}

/** "Gilbert's character, Ophelia": a pair the words settle whose actor is this lone surname. */
function castLoneActor(e: Entity, ms: readonly Mention[], pairs: readonly Pair[]): void {
  for (const p of pairs) {
    if (p.kind === 'bracket') continue;
    const [actor, character] = p.kind === 'actor-first' ? [p.left, p.right] : [p.right, p.left];
    if (!ms.includes(actor)) continue;
    e.actorInPair++;
    addCharacter(e, character.words.join(' '));
  }
}

function candidate(key: string, lexicon: PeopleLexicon): boolean {
  return (
    key.length >= MIN_LONE_NAME_LENGTH &&
    !lexicon.commonWords.has(key) &&
    !lexicon.functionWords.has(key) &&
    !lexicon.notNameWords.has(key) &&
    !lexicon.honorifics.has(key) &&
    !lexicon.nonPerson.has(key)
  );
}

/** The crafts the words around one lone mention credit. */
function loneRoles(text: string, m: Mention, ctx: LoneNameContext): PersonRole[] {
  const roles = [...m.leadCues, ...m.nounCues];
  if (m.makerOfTitle) roles.push(ctx.makerRole);
  const before = text.slice(Math.max(0, m.start - DESCRIPTION_WINDOW_CHARS), m.start);
  if (ctx.film && m.inBrackets && REGEXPS.descriptionBeforeBracket.test(before)) roles.push('actor');
  return roles.filter((r) => r !== 'other');
}
