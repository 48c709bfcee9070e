// The people of one review as the finder builds them up: one entity per person however the review names them
// ("Helena Bonham Carter", "Bonham Carter", "Carter"), holding the counts, credits and role votes that the later
// steps (casting, evidence, roles, ranking) read.
import type { PersonRole } from '../../schema';
import type { Mention } from './mentions';
import { cleanName, nameKey, surnameOf } from './names';

export interface Entity {
  key: string;
  name: string;
  words: string[];
  first: number;
  fullMentions: number;
  surnameMentions: number;
  firstNameMentions: number;
  credited: PersonRole[];
  creditOrder: number;
  roleVotes: Map<PersonRole, number>;
  /** Roles the words before a name state outright ("directed and written by", "director"): shown as extra
   *  roles beside the primary one. Credits are in `credited`. */
  statedRoles: Set<PersonRole>;
  characters: string[];
  actorInPair: number;
  characterInPair: number;
  quotedMentions: number;
  /** Mentions right after "the town of" and the like (plot summaries in every kind of review). */
  placeMentions: number;
  honorificMentions: number;
  /** Named only by surname, kept for the craft the text credits it with (lone-names.ts). */
  loneName: boolean;
  /** Mentions with a story verb, a relation or a description: how reviews refer to characters. */
  characterCues: number;
  /** Mentions in a sentence about acting: what makes an unexplained name in a film review one of the cast. */
  performanceCues: number;
  /** Mentions in a sentence about a performer's work (Mention.performerCue). */
  performerCues: number;
}

/** A mention resolved to a person, or the bare words of a name that is nobody's yet (a character). */
export type Side = Entity | string;
export type Resolve = (m: Mention) => Side;

/** Entities by the nameKey of every form that names them (a short form points at its full name's entity). */
export type Entities = Map<string, Entity>;

/** The entity for a name, made on first sight at offset `first`. */
export function entityFor(entities: Entities, name: string, first: number): Entity {
  const clean = cleanName(name);
  const key = nameKey(clean);
  const had = entities.get(key);
  if (had) return had;
  const e: Entity = {
    key,
    name: clean,
    words: clean.split(' '),
    first,
    fullMentions: 0,
    surnameMentions: 0,
    firstNameMentions: 0,
    credited: [],
    creditOrder: Number.POSITIVE_INFINITY,
    roleVotes: new Map(),
    statedRoles: new Set(),
    characters: [],
    actorInPair: 0,
    characterInPair: 0,
    quotedMentions: 0,
    placeMentions: 0,
    honorificMentions: 0,
    loneName: false,
    characterCues: 0,
    performanceCues: 0,
    performerCues: 0,
  };
  entities.set(key, e);
  return e;
}

export function vote(e: Entity, role: PersonRole, weight = 1): void {
  e.roleVotes.set(role, (e.roleVotes.get(role) ?? 0) + weight);
}

/** "Bob Harris" then "Bob": one character, kept under the fuller name. */
export function addCharacter(e: Entity, character: string): void {
  const clean = cleanName(character);
  if (!clean) return;
  const key = nameKey(clean);
  const same = e.characters.findIndex((c) => {
    const k = nameKey(c);
    return k === key || k.startsWith(`${key} `) || key.startsWith(`${k} `);
  });
  if (same < 0) e.characters.push(clean);
  else if (key.length > nameKey(e.characters[same] as string).length) e.characters[same] = clean;
}

/** "Bonham Carter" and "Helena Bonham Carter" are one person: shorter multi-word forms join the longest. */
export function mergeShortForms(entities: Entities): void {
  const all = [...entities.values()].sort((a, b) => b.words.length - a.words.length);
  for (const short of all) {
    const long = all.find(
      (l) =>
        l !== short &&
        l.words.length > short.words.length &&
        l.key.endsWith(` ${short.key}`) &&
        entities.get(l.key) === l,
    );
    if (!long) continue;
    long.fullMentions += short.fullMentions;
    long.quotedMentions += short.quotedMentions;
    long.placeMentions += short.placeMentions;
    long.honorificMentions += short.honorificMentions;
    long.characterCues += short.characterCues;
    long.performanceCues += short.performanceCues;
    long.performerCues += short.performerCues;
    for (const r of short.credited) if (!long.credited.includes(r)) long.credited.push(r);
    for (const [r, n] of short.roleVotes) vote(long, r, n);
    for (const r of short.statedRoles) long.statedRoles.add(r);
    for (const c of short.characters) addCharacter(long, c);
    long.first = Math.min(long.first, short.first);
    entities.set(short.key, long);
  }
}

export function uniqueEntities(entities: Entities): Entity[] {
  return [...new Set(entities.values())];
}

/** Resolves a mention to its person: a full name by its key; a lone word by surname, else by first name (an
 *  ordinary word at a sentence start is a surname at most); otherwise the bare words. Call after every full
 *  name is in and short forms are merged. */
export function resolverFor(entities: Entities): Resolve {
  const { bySurname, byFirstName } = buildIndexes(entities);
  return (m: Mention): Side => {
    if (m.words.length >= 2) return entities.get(nameKey(m.words.join(' '))) ?? m.words.join(' ');
    const w = (m.words[0] as string).toLowerCase();
    const firstName = m.ordinaryWord ? undefined : byFirstName.get(w);
    return bySurname.get(w) ?? firstName ?? (m.words[0] as string);
  };
}

/** A lone word names the person whose surname it is; when two share it, the one named more often. */
function buildIndexes(entities: Entities): { bySurname: Map<string, Entity>; byFirstName: Map<string, Entity> } {
  const bySurname = new Map<string, Entity>();
  const byFirstName = new Map<string, Entity>();
  for (const e of uniqueEntities(entities)) {
    const surname = surnameOf(e.name);
    const firstWord = (e.words[0] ?? '').toLowerCase();
    const had = bySurname.get(surname);
    if (!had || e.fullMentions > had.fullMentions) bySurname.set(surname, e);
    const hadFirst = byFirstName.get(firstWord);
    if (!hadFirst || e.fullMentions > hadFirst.fullMentions) byFirstName.set(firstWord, e);
  }
  for (const k of bySurname.keys()) byFirstName.delete(k);
  return { bySurname, byFirstName };
}
