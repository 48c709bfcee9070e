// Who plays whom: turns the actor–character pairs the text gives (pairs.ts) into characters on actors. A bracket
// pair "A (B)" is decided by the evidence on each side and, where that is thin, by the critic's own habit in the
// review; a role before a bracketed name ("the mayor (Charles Durning)") and a pronoun ("He plays Woody") cast too.

import { CUES } from './cues';
import { addCharacter, type Entity, type Resolve, type Side, vote } from './entities';
import { isOrganisation } from './evidence';
import type { PeopleLexicon } from './lexicon';
import type { Mention } from './mentions';
import { nameKey, surnameOf } from './names';
import type { Pair } from './pairs';
import { craftBeforeBracket, makersWorkInBracket } from './role-cues';

/** Bracket-pair evidence: how much more actor-like one side must look before the pair's direction is trusted
 *  over the review's own habit. */
const PAIR_DECISION_MARGIN = 2;
/** The same for a pair of two lone words, where a given name is weaker evidence (the margins tried: data README). */
const LONE_PAIR_DECISION_MARGIN = 3;
/** Likeness added to a lone bracketed word after a full name; cancels the first-name penalty so that the
 *  critic's habit, not the name list, decides "Christy Smith (Nancy)". */
const LONE_BRACKETED_WORD_ACTOR_LIKENESS = 2;
/** In the critics' reviews "Character (Actor)" is the commoner order; used only when nothing else decides. */
const DEFAULT_CHARACTER_FIRST = true;
/** How far before a bracketed actor the part's description may start ("the retired marine corps colonel ("). */
const ROLE_WINDOW_CHARS = 60;
/** How far back a pronoun's actor may be named: this sentence and the one before. */
const PRONOUN_WINDOW_CHARS = 400;
const NOT_ROLE_NOUNS = new Set(CUES.notRoleNouns);
const REGEXPS = {
  sentenceEnd: /[.!?\n]/gu,
  /** "J.J. (Jake Lloyd)", "R2D2 (Kenny Baker)": a part named by initials or a letter-digit code, which the name
   *  finder takes for no name, right before a bracketed actor. */
  codeNameBeforeBracket: /(?:^|[\s,;:"“])((?:\p{Lu}\.){2,}|\p{Lu}+\d[\p{Lu}\d-]*)\s*\(\s*$/u,
  /** The bracket lists another name after this one. */
  listGoesOn: /^\s*(?:,|and\s|&)/u,
  /** An article or possessive, up to four words ("its veteran, stoic captain ("), then the head noun right before the bracket. */
  roleBeforeBracket:
    /(?:\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|['’]s)\s+(?:[\p{L}-]+,?\s+){0,4}?(\p{Ll}[\p{Ll}-]+)\s*\(\s*$/u,
};

interface Decision {
  pair: Pair;
  actorLeft: boolean;
  weight?: number;
}

export interface CastingContext {
  resolve: Resolve;
  creditedCharacters: Set<string>;
  lexicon: PeopleLexicon;
  /** A film or TV review: brackets there mostly credit actors. */
  film: boolean;
}

/** Casts every pair; returns the lone words a bracket pair in a film review decided are the actor though they
 *  name no one yet ("Dixon Steele (Bogart)": critics who credit the cast by surname), with the part each plays,
 *  for the lone-name step to credit. */
export function applyPairs(pairs: Pair[], ctx: CastingContext): Map<Mention, string> {
  const loneActors = new Map<Mention, string>();
  for (const { pair, actorLeft } of decidePairs(pairs, ctx)) {
    const [actor, character] = actorLeft ? [pair.left, pair.right] : [pair.right, pair.left];
    const unresolved = actor.words.length === 1 && typeof ctx.resolve(actor) === 'string';
    if (ctx.film && pair.kind === 'bracket' && unresolved) loneActors.set(actor, character.words.join(' '));
    castPair(pair, actorLeft, ctx);
  }
  return loneActors;
}

/** Which side of each pair is the actor: the words say so, or the evidence, or the critic's habit. */
function decidePairs(pairs: Pair[], { resolve, creditedCharacters, lexicon }: CastingContext): Decision[] {
  const decided: Decision[] = [];
  const undecided: Pair[] = [];
  for (const pair of pairs) {
    if (pair.kind !== 'bracket') {
      decided.push({ pair, actorLeft: pair.kind === 'actor-first' });
      continue;
    }
    const likeness = (m: Mention) => actorLikeness(resolve(m), m, creditedCharacters, lexicon);
    // "Christy Smith (Nancy)", "Reginald Webster (Slater)": a lone word in brackets after a full name is mostly
    // the actor, named the short way the critic names actors.
    const loneBracketed =
      pair.right.words.length === 1 && pair.left.words.length >= 2 ? LONE_BRACKETED_WORD_ACTOR_LIKENESS : 0;
    const bothLone = pair.left.words.length === 1 && pair.right.words.length === 1;
    const diff = likeness(pair.left) - likeness(pair.right) - loneBracketed;
    // "Packy (Berry)", "Ruby (Anabel)": critics who name actors by surname in brackets meet surnames that are
    // also given names, so a given name alone hardly tells which lone word is the character.
    const margin = bothLone ? LONE_PAIR_DECISION_MARGIN : PAIR_DECISION_MARGIN;
    if (Math.abs(diff) >= margin) decided.push({ pair, actorLeft: diff > 0, weight: Math.abs(diff) });
    else undecided.push(pair);
  }
  // The critic's habit in this review decides the pairs the evidence leaves open.
  const bracketVotes = decided.filter((d) => d.pair.kind === 'bracket');
  // Each decided pair votes with the strength of its evidence: a clear "Bart (Russ Tamblyn)" outweighs a
  // borderline pair.
  const strength = (ds: Decision[]) => ds.reduce((sum, d) => sum + (d.weight ?? 1), 0);
  const total = strength(bracketVotes);
  const actorLeftVotes = strength(bracketVotes.filter((d) => d.actorLeft));
  const habitActorLeft = actorLeftVotes * 2 === total ? !DEFAULT_CHARACTER_FIRST : actorLeftVotes * 2 > total;
  for (const pair of undecided) decided.push({ pair, actorLeft: habitActorLeft });
  return decided;
}

function castPair(pair: Pair, actorLeft: boolean, { resolve, lexicon, film }: CastingContext): void {
  const actor = resolve(actorLeft ? pair.left : pair.right);
  const characterMention = actorLeft ? pair.right : pair.left;
  const character = resolve(characterMention);
  // "Sally (Sally Gray)": the part shares the actor's first name, so the lone word resolved to the actor.
  if (typeof character !== 'string' && character === actor) {
    actor.actorInPair++;
    vote(actor, 'actor');
    addCharacter(actor, characterMention.words.join(' '));
    return;
  }
  // "James Court" is a character with a first name; "Obsidian Entertainment" is a studio.
  const firstName = lexicon.firstNames.has((characterMention.words[0] ?? '').toLowerCase());
  if (!firstName && isOrganisation(characterMention.words, lexicon)) return;
  // "Reginald Webster (Slater)": the character side is known even when the actor is only a surname.
  if (typeof character !== 'string') character.characterInPair++;
  // Outside film and TV reviews a bracket rarely casts anyone ("Torre de Mariscos (Seafood Tower)"), and a
  // possessive casts only a name that looks like a person's ("Patriot Ledger Kid's Corner").
  const shapeOnly = pair.weak || (!film && pair.kind === 'bracket');
  if (typeof actor === 'string' || (shapeOnly && !personShaped(actor, lexicon))) return;
  actor.actorInPair++;
  vote(actor, 'actor');
  addCharacter(actor, characterMention.words.join(' '));
}

/** "the local sheriff (J. T. Walsh)": a full name alone in brackets, after a role rather than a name, is the
 *  actor who plays it. */
export function creditBracketedActors(
  text: string,
  mentions: readonly Mention[],
  pairs: readonly Pair[],
  resolve: Resolve,
): void {
  const paired = new Set(pairs.flatMap((p) => [p.left, p.right]));
  for (const m of mentions) {
    if (!m.inBrackets || m.words.length < 2 || paired.has(m)) continue;
    const before = text.slice(Math.max(0, m.start - ROLE_WINDOW_CHARS), m.start);
    if (makersWorkInBracket(text, text.lastIndexOf('(', m.start))) continue;
    const side = resolve(m);
    if (typeof side === 'string') continue;
    const craft = craftBeforeBracket(before);
    if (craft) {
      vote(side, craft);
      side.statedRoles.add(craft);
      continue;
    }
    side.actorInPair++;
    vote(side, 'actor');
    const code = REGEXPS.codeNameBeforeBracket.exec(before)?.[1];
    if (code) {
      addCharacter(side, code);
      continue;
    }
    // The role is the part when the story gives it no name: "the mayor (Charles Durning)" — unless the bracket
    // goes on to list more names: "the three men (Paul Rudd, Seth Rogen and Romany Malco)" are the group's.
    const role = REGEXPS.roleBeforeBracket.exec(text.slice(Math.max(0, m.start - ROLE_WINDOW_CHARS), m.start))?.[1];
    if (role && !NOT_ROLE_NOUNS.has(role) && !REGEXPS.listGoesOn.test(text.slice(m.end)))
      addCharacter(side, `the ${role}`);
  }
}

/** "Kenneth Branagh is the lead. He plays Woody": the pronoun is the actor named in this sentence or the one
 *  before — only when exactly one actor is named there, so "Branagh is not Woody Allen, but he plays …" stays
 *  unlinked. */
export function linkPronouns(
  text: string,
  mentions: readonly Mention[],
  characters: readonly Mention[],
  resolve: Resolve,
  lexicon: PeopleLexicon,
): void {
  for (const c of characters) {
    const from = previousSentenceStart(text, c.start);
    const actors = new Set<Entity>();
    for (const m of mentions) {
      if (m.start < from || m.start >= c.start) continue;
      const side = resolve(m);
      if (typeof side !== 'string' && actorLike(side, lexicon)) actors.add(side);
    }
    const [actor] = actors;
    const character = resolve(c);
    if (actors.size !== 1 || !actor || character === actor) continue;
    if (typeof character !== 'string') character.characterInPair++;
    actor.actorInPair++;
    vote(actor, 'actor');
    addCharacter(actor, c.words.join(' '));
  }
}

/** Someone already shown acting: credited or paired as an actor, cued as one, or a recurring name. */
function actorLike(e: Entity, lexicon: PeopleLexicon): boolean {
  if (e.characterInPair > e.actorInPair || e.characterCues > 0) return false;
  return (
    e.credited.includes('actor') ||
    e.actorInPair > 0 ||
    (e.roleVotes.get('actor') ?? 0) > 0 ||
    (e.roleVotes.size === 0 && lexicon.knownPeople.has(e.key))
  );
}

/** Where the sentence before the one holding `at` starts. */
function previousSentenceStart(text: string, at: number): number {
  const window = text.slice(Math.max(0, at - PRONOUN_WINDOW_CHARS), at);
  const ends = [...window.matchAll(REGEXPS.sentenceEnd)];
  const start = ends.length >= 2 ? (ends.at(-2)?.index ?? 0) + 1 : 0;
  return Math.max(0, at - PRONOUN_WINDOW_CHARS) + start;
}

/** Evidence that one side of "A (B)" is the actor: credits, a known name, how the critic refers to each side. */
function actorLikeness(side: Side, mention: Mention, creditedCharacters: Set<string>, lexicon: PeopleLexicon): number {
  const key = nameKey(mention.words.join(' '));
  if (lexicon.knownPeople.has(key)) return 3;
  if (typeof side === 'string') {
    if (creditedCharacters.has(key)) return -3;
    if (mention.words.length >= 2) return 0;
    // A lone word in a pair is a character's first name ("Max (Clive Owen)") or an actor's surname
    // ("Pike Bishop (Holden)").
    // A lone unknown word could be either ("Yoshii (Tatsuo Saito)"), so it says nothing.
    return lexicon.firstNames.has(key) ? -2 : 0;
  }
  let score = 0;
  if (side.credited.includes('actor') || lexicon.knownPeople.has(side.key)) score += 3;
  if (creditedCharacters.has(side.key)) score -= 3;
  // Critics call characters by first name and actors by surname.
  if (side.firstNameMentions > side.surnameMentions) score -= 1;
  // A lone word that is the person's surname is how critics name actors ("Martin Strang (Stone)").
  if (mention.words.length < 2) score += surnameOf(side.name) === key && side.words.length >= 2 ? 1 : -2;
  else if (lexicon.firstNames.has((mention.words[0] ?? '').toLowerCase())) score += 1;
  if (side.honorificMentions > 0 || mention.honorific) score -= 1;
  if (side.characterCues > 0) score -= 1;
  return score;
}

/** A name is a person's on its own when it starts with a given name, is credited or is seen in many reviews. */
function personShaped(e: Entity, lexicon: PeopleLexicon): boolean {
  const first = (e.words[0] ?? '').toLowerCase();
  return lexicon.firstNames.has(first) || e.credited.length > 0 || lexicon.knownPeople.has(e.key);
}
