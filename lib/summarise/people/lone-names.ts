// People named only by surname: "Hitchcock's PSYCHO", "Fellini's road film", "director Halstrom",
// "directed by Costa-Gavras". User reviews and critics name people this way as often as in full; a lone word is kept only
// when the words around it credit a craft outright, and never when it is a given name (a lone given name is mostly
// a character's: "Laura", "Tori"), an ordinary word ("Stone", "Dick"), a place, a character's name or the
// reviewer's.
import type { PersonRole } from '../../schema';
import { alternation, CUES } from './cues';
import { addCharacter, type Entities, type Entity, entityFor, type Resolve, uniqueEntities, vote } from './entities';
import type { PeopleLexicon } from './lexicon';
import type { Mention } from './mentions';
import { nameKey } from './names';
import type { Pair } from './pairs';
import { craftBeforeBracket } from './role-cues';

/** Shorter capitalised words are initials, abbreviations or exclamations more often than surnames. */
const MIN_LONE_NAME_LENGTH = 3;
/** How much text either side of a lone word is read. */
const CONTEXT_CHARS = 40;
const REGEXPS = {
  theBefore: /\b[Tt]he\s+$/u,
  /** A lower-case word right before the bracket: the part is described, not named ("daughter (Finney)"). */
  descriptionBeforeBracket: /\b\p{Ll}{3,}\s*\(\s*$/u,
  roleNounAfter: new RegExp(String.raw`^\s+(?:${alternation(Object.keys(CUES.roleNounsBefore))})\b`, 'u'),
  /** "the recent Sandler vehicle", "a Seagal vehicle": a star vehicle is the only craft noun a bare surname before
   *  it settles (before "music" or "film" it is as often an adjective). */
  starVehicle: /^\s+vehicles?\b/u,
  /** "Leigh is a controversial actress", "Franco was an inventive director": the sentence states the craft. */
  predicateRole: new RegExp(
    String.raw`^\s+(?:is|was)\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,2}(${alternation(Object.keys(CUES.roleNounsBefore))})\b`,
    'u',
  ),
  /** "Lansbury is perfectly cast", "McCallum does an eye-catching turn as the kid", "Leigh delivers a magical
   *  performance": the sentence judges the casting or the performance of the word before it, as user reviews
   *  speak of an actor they named in full nowhere. A story's people are not "cast" and give no "performance". */
  actingPredicate:
    /^\s+(?:(?:is|was)\s+(?:\p{Ll}+ly\s+)?(?:cast|miscast|well\s+cast)\b|(?:does|did|gives|gave|delivers|delivered|turns\s+in|turned\s+in)\s+(?:a|an|his|her)\s+(?:[\p{Ll}-]+\s+){0,2}(?:turn|performance)\b)/u,
  /** A capitalised word, not ALL CAPS (a title). */
  nameShaped: /^\p{Lu}\p{Ll}/u,
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
  /** Lone words a bracket pair made the actor ("Dixon Steele (Bogart)"), with their part. */
  loneActors: ReadonlyMap<Mention, string>;
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
    const word = (ms[0] as Mention).words[0] as string;
    // "Gilbert's character, Ophelia": the actor's side of a pair the words settle is a surname even when it is also
    // a given name, as users name actors ("Vito's role", "Tori's performance" alone are not enough).
    const castAsActor = ms.some(
      (m) => actorSideOfPair(m, ctx.pairs) || REGEXPS.predicateRole.test(text.slice(m.end, m.end + CONTEXT_CHARS)),
    );
    if (!candidate(key, ctx.lexicon, castAsActor) || !REGEXPS.nameShaped.test(word) || characterWords.has(key))
      continue;
    if (ms.some((m) => m.honorific || m.characterCue || m.quoted || m.place || m.ordinaryWord)) continue;
    if (ms.some((m) => REGEXPS.theBefore.test(text.slice(Math.max(0, m.start - CONTEXT_CHARS), m.start)))) continue;
    const roles = ms.flatMap((m) => loneRoles(text, m, ctx));
    const first = ms[0] as Mention;
    if (roles.length === 0) continue;
    const e = entityFor(entities, first.words[0] as string, first.start);
    e.loneName = true;
    e.surnameMentions += ms.length;
    for (const r of roles) vote(e, r);
    if (roles.includes('actor')) e.performanceCues++;
    castLoneActor(e, ms, ctx.pairs);
    for (const m of ms) {
      const part = ctx.loneActors.get(m);
      if (part) addCharacter(e, part);
    }
  }
}

function actorSideOfPair(m: Mention, pairs: readonly Pair[]): boolean {
  return pairs.some(
    (p) => (p.kind === 'actor-first' && p.left === m) || (p.kind === 'character-first' && p.right === m),
  );
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

function candidate(key: string, lexicon: PeopleLexicon, givenNameAllowed: boolean): boolean {
  return (
    key.length >= MIN_LONE_NAME_LENGTH &&
    (givenNameAllowed || !lexicon.firstNames.has(key)) &&
    !lexicon.commonWords.has(key) &&
    !lexicon.functionWords.has(key) &&
    !lexicon.notNameWords.has(key) &&
    !lexicon.honorifics.has(key) &&
    !lexicon.nonPerson.has(key)
  );
}

/** The crafts the words around one lone mention credit. */
function loneRoles(text: string, m: Mention, ctx: LoneNameContext): PersonRole[] {
  const before = text.slice(Math.max(0, m.start - CONTEXT_CHARS), m.start);
  const after = text.slice(m.end, m.end + CONTEXT_CHARS);
  // "the Cotlers", "the Nation's critic": a lone word after "the" is a family, a title or a place. "Irish
  // playwright Gerard …": a word before a role noun is an adjective.
  if (REGEXPS.theBefore.test(before) || REGEXPS.roleNounAfter.test(after)) return [];
  // Only a possessive's craft noun: before a noun a lone word is as often an adjective ("Yiddish music").
  const roles = [...m.leadCues, ...(m.possessive ? m.nounCues : [])];
  if (REGEXPS.starVehicle.test(after)) roles.push('actor');
  if (ctx.film && REGEXPS.actingPredicate.test(text.slice(m.end, m.end + 2 * CONTEXT_CHARS))) roles.push('actor');
  const stated = REGEXPS.predicateRole.exec(after)?.[1];
  if (stated) roles.push(CUES.roleNounsBefore[stated] as PersonRole);
  if (m.makerOfTitle) roles.push(ctx.makerRole);
  // "her father (Finney)", "Karen (also played by Lunt)": in a film review a lone word alone in brackets after a
  // description is the actor, named the short way critics and users name actors.
  const craft = m.inBrackets ? craftBeforeBracket(before) : null;
  if (craft) roles.push(craft);
  else if (ctx.loneActors.has(m)) roles.push('actor');
  else if (ctx.film && m.inBrackets && REGEXPS.descriptionBeforeBracket.test(before)) roles.push('actor');
  return roles.filter((r) => r !== 'other');
}
