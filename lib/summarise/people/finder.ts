// Puts the pieces together: credit blocks and structured data name people outright; the review text names
// them with cues; mentions of one person merge by full name and surname; characters go to their actor; titles,
// places, organisations, characters and the reviewer are left out.
import type { Article, Person, PersonRole, TextSpan } from '../../schema';
import { findCreditsBlocks } from './credits';
import { CUES } from './cues';
import { DEFAULT_LEXICON, type PeopleLexicon } from './lexicon';
import { findMentions, type Mention } from './mentions';
import { cleanName, nameKey, surnameOf } from './names';
import { findPairs, findPronounLinks, type Pair } from './pairs';
import { findPictureCredits } from './picture-credits';
import { findReviewer } from './reviewer';

/** When one person has several credits, the one shown is the most telling: "director" beats "producer". */
const ROLE_PRIORITY: readonly PersonRole[] = [
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
/** Prominence bonus, in mentions: a reader looks for the director and the leads first. */
const DIRECTOR_BONUS = 3;
const LEAD_BONUS = 2;
/** Prominence penalty, in mentions, for a name met once in passing ("as corrupt as Richard Nixon"): listed
 *  after everyone the review discusses, with the role "other". */
const PASSING_MENTION_PENALTY = 2;
/** The first few credited actors are the leads. */
const LEAD_CAST_COUNT = 3;
/** Bracket-pair evidence: how much more actor-like one side must look before the pair's direction is trusted
 *  over the review's own habit. */
const PAIR_DECISION_MARGIN = 2;
/** The same for a pair of two lone words, where a given name is weaker evidence (measured: 3 and 4 alike). */
const LONE_PAIR_DECISION_MARGIN = 3;
/** Likeness added to a lone bracketed word after a full name; cancels the first-name penalty so that the
 *  critic's habit, not the name list, decides "Christy Smith (Nancy)". */
const LONE_BRACKETED_WORD_ACTOR_LIKENESS = 2;
/** Across the four critics "Character (Actor)" is the commoner order; used only when nothing else decides. */
const DEFAULT_CHARACTER_FIRST = true;
/** A name whose first word is used alone this often, and its surname never, is how the review refers to a
 *  character ("Kevin" … "Kevin" … "Kevin McCallister"), not a person. */
const MIN_FIRST_NAME_ONLY_MENTIONS = 2;
/** "Holly Hunter", "Tom Baker": one ordinary word can be a surname; two are a phrase. */
const MAX_ORDINARY_WORDS_AFTER_FIRST_NAME = 1;
/** "Hank Moody Show": a run this long ending in an ordinary word is a phrase. */
const MIN_WORDS_OF_RUN_ON_PHRASE = 3;
/** Words that tell what kind of work is reviewed: an unexplained name in a film or TV review is most likely in the
 *  cast, elsewhere it is "other"; "X's TITLE" is the director of a film, the author of a book. */
const KIND_CONTEXT = {
  film: /\b(?:film|movie|picture|cast|screen|actor|actress|performance|director|episode|series)s?\b/giu,
  book: /\b(?:book|novel|author|chapter|reader|memoir|prose|publish(?:es|ed|er))s?\b/giu,
  music: /\b(?:album|song|record|band|track|singer|guitar|drum)s?\b/giu,
  game: /\b(?:game|gameplay|player|level|console|combat)s?\b/giu,
} as const;
type Kind = keyof typeof KIND_CONTEXT | 'other';
const MIN_FILM_CONTEXT_HITS = 2;
/** How far before a bracketed actor the part's description may start ("the retired marine corps colonel ("). */
const ROLE_WINDOW_CHARS = 60;
const NOT_ROLE_NOUNS = new Set(CUES.notRoleNouns);
const REGEXPS = {
  possessiveS: /['’]s\b/gu,
  sentenceEnd: /[.!?\n]/gu,
  /** An article or possessive, up to four words ("its veteran, stoic captain ("), then the head noun right before the bracket. */
  roleBeforeBracket:
    /(?:\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|['’]s)\s+(?:[\p{L}-]+,?\s+){0,4}?(\p{Ll}[\p{Ll}-]+)\s*\(\s*$/u,
};
/** How far back a pronoun's actor may be named: this sentence and the one before. */
const PRONOUN_WINDOW_CHARS = 400;
/** What joins the names of one list. */
const LIST_JOIN = /^\s*(?:,|,?\s*(?:and|&))\s*$/u;
const MAKER_ROLE: Record<Kind, PersonRole> = {
  film: 'director',
  book: 'author',
  music: 'music',
  game: 'director',
  other: 'other',
};

interface Entity {
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
  characters: string[];
  actorInPair: number;
  characterInPair: number;
  quotedMentions: number;
  honorificMentions: number;
  /** Mentions with a story verb, a relation or a description: how reviews refer to characters. */
  characterCues: number;
  /** Mentions in a sentence about acting: what makes an unexplained name in a film review one of the cast. */
  performanceCues: number;
}

type Side = Entity | string;

/** Why a name was kept: the eval reports precision per reason. */
export type Evidence = 'credited' | 'cue' | 'pair' | 'known' | 'first-name';

export function createPeopleFinder(
  lexicon: PeopleLexicon = DEFAULT_LEXICON,
  explain?: (person: Person, evidence: Evidence) => void,
) {
  return (article: Article, _sentences: readonly TextSpan[]): Person[] => findPeopleWith(article, lexicon, explain);
}

function findPeopleWith(
  article: Article,
  lexicon: PeopleLexicon,
  explain?: (person: Person, evidence: Evidence) => void,
): Person[] {
  const { text } = article;
  const reviewer = findReviewer(article);
  const blocks = findCreditsBlocks(text.slice(0, reviewer.signOffStart));
  const entities = new Map<string, Entity>();
  const entity = (name: string, first: number): Entity => {
    const clean = cleanName(name);
    const key = nameKey(clean);
    let e = entities.get(key);
    if (!e) {
      e = {
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
        characters: [],
        actorInPair: 0,
        characterInPair: 0,
        quotedMentions: 0,
        honorificMentions: 0,
        characterCues: 0,
        performanceCues: 0,
      };
      entities.set(key, e);
    }
    return e;
  };
  const creditedCharacters = new Set<string>();
  let creditIndex = 0;
  let castIndex = 0;
  for (const block of blocks) {
    for (const c of block.credits) {
      const e = entity(c.name, block.start);
      if (!e.credited.includes(c.role)) e.credited.push(c.role);
      e.fullMentions++;
      const order = c.role === 'actor' ? castIndex++ : c.role === 'director' ? -1 : creditIndex + LEAD_CAST_COUNT;
      e.creditOrder = Math.min(e.creditOrder, order);
      creditIndex++;
      if (c.character) {
        addCharacter(e, c.character);
        creditedCharacters.add(nameKey(c.character));
      }
    }
  }
  const s = article.structured;
  const structured: [string[], PersonRole][] = [
    [s?.directors ?? [], 'director'],
    [s?.actors ?? [], 'actor'],
    [s?.authors ?? [], 'author'],
  ];
  for (const [names, role] of structured) {
    names.forEach((n, i) => {
      const e = entity(n, 0);
      if (!e.credited.includes(role)) e.credited.push(role);
      e.creditOrder = Math.min(e.creditOrder, role === 'director' ? -1 : i);
    });
  }

  const mentions = findMentions(text, lexicon, 0, reviewer.signOffStart, [...blocks, ...findPictureCredits(text)]);
  shareListCues(text, mentions);
  const kind = kindOf(text);
  const makerRole = MAKER_ROLE[kind];
  const count = (e: Entity, m: Mention) => {
    if (m.honorific) e.honorificMentions++;
    if (m.characterCue) e.characterCues++;
    if (m.performanceCue) e.performanceCues++;
    for (const r of m.roleCues) vote(e, r);
    if (m.makerOfTitle) vote(e, makerRole);
  };
  for (const m of mentions) {
    if (m.words.length < 2) continue;
    const e = entity(m.words.join(' '), m.start);
    e.fullMentions++;
    if (m.quoted) e.quotedMentions++;
    count(e, m);
  }
  mergeShortForms(entities);
  const index = buildIndexes(entities);
  const resolve = (m: Mention): Side => {
    if (m.words.length >= 2) return entities.get(nameKey(m.words.join(' '))) ?? m.words.join(' ');
    const w = (m.words[0] as string).toLowerCase();
    const byFirstName = m.ordinaryWord ? undefined : index.byFirstName.get(w);
    return index.bySurname.get(w) ?? byFirstName ?? (m.words[0] as string);
  };
  for (const m of mentions) {
    if (m.words.length !== 1) continue;
    const side = resolve(m);
    if (typeof side === 'string') continue;
    const w = (m.words[0] as string).toLowerCase();
    if (surnameOf(side.name) === w) side.surnameMentions++;
    else side.firstNameMentions++;
    count(side, m);
  }

  const pairs = findPairs(text, mentions);
  applyPairs(pairs, resolve, creditedCharacters, lexicon, kind === 'film');
  const filmContext = kind === 'film';
  if (filmContext) creditBracketedActors(text, mentions, pairs, resolve);
  linkPronouns(text, mentions, findPronounLinks(text, mentions, pairs), resolve, lexicon);

  // "Charlie Wilson's War": a possessive inside a title still holds the name.
  const title = new Set(
    [article.title, s?.itemName ?? ''].map((t) => nameKey(t).replace(REGEXPS.possessiveS, '')).filter(Boolean),
  );
  const people: { person: Person; score: number; first: number }[] = [];
  for (const e of uniqueEntities(entities)) {
    const evidence = personEvidence(e, lexicon, reviewer, creditedCharacters, title);
    if (!evidence) continue;
    const role = roleOf(e, filmContext, lexicon);
    const mentionCount = e.fullMentions + e.surnameMentions;
    const lead = e.credited.includes('actor') && e.creditOrder < LEAD_CAST_COUNT ? LEAD_BONUS : 0;
    const passing = inPassing(e, lexicon) ? PASSING_MENTION_PENALTY : 0;
    const score = mentionCount + (role === 'director' ? DIRECTOR_BONUS : 0) + lead - passing;
    const person: Person = { name: e.name, role, characters: e.characters, mentions: mentionCount };
    explain?.(person, evidence);
    people.push({ person, score, first: e.first });
  }
  people.sort((a, b) => b.score - a.score || a.first - b.first);
  return people.map((p) => p.person);
}

/** Named once, with no role cue, no casting pair, no acting in its sentence, and not a recurring name. */
function inPassing(e: Entity, lexicon: PeopleLexicon): boolean {
  return (
    e.fullMentions + e.surnameMentions <= 1 &&
    e.credited.length === 0 &&
    e.roleVotes.size === 0 &&
    e.actorInPair === 0 &&
    e.performanceCues === 0 &&
    !lexicon.knownPeople.has(e.key)
  );
}

function vote(e: Entity, role: PersonRole, weight = 1): void {
  e.roleVotes.set(role, (e.roleVotes.get(role) ?? 0) + weight);
}

/** "Bob Harris" then "Bob": one character, kept under the fuller name. */
function addCharacter(e: Entity, character: string): void {
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

/** "music by Trent Reznor and Atticus Ross", "actors Robin Williams, Billy Crystal": a list shares its cue. */
function shareListCues(text: string, mentions: readonly Mention[]): void {
  for (let i = 1; i < mentions.length; i++) {
    const prev = mentions[i - 1] as Mention;
    const m = mentions[i] as Mention;
    if (m.leadCues.length > 0 || prev.leadCues.length === 0 || prev.possessive) continue;
    if (!LIST_JOIN.test(text.slice(prev.end, m.start))) continue;
    m.leadCues.push(...prev.leadCues);
    m.roleCues.push(...prev.leadCues);
  }
  // "the likes of Kenneth Branagh, Vanessa Redgrave and John Gielgud … their performances": a list talks about
  // acting as a whole, both ways.
  for (const step of [1, -1]) {
    for (let i = step > 0 ? 1 : mentions.length - 2; i >= 0 && i < mentions.length; i += step) {
      const prev = mentions[i - step] as Mention;
      const m = mentions[i] as Mention;
      const [a, b] = step > 0 ? [prev, m] : [m, prev];
      if (prev.performanceCue && LIST_JOIN.test(text.slice(a.end, b.start))) m.performanceCue = true;
    }
  }
}

/** The kind of work with the most context words; film needs a few, as names default to the cast there. */
function kindOf(text: string): Kind {
  let best: Kind = 'other';
  let bestHits = 0;
  for (const [kind, re] of Object.entries(KIND_CONTEXT) as [Kind, RegExp][]) {
    const hits = text.match(re)?.length ?? 0;
    if (hits > bestHits) {
      best = kind;
      bestHits = hits;
    }
  }
  if (best === 'film' && bestHits < MIN_FILM_CONTEXT_HITS) return 'other';
  return best;
}

/** "Bonham Carter" and "Helena Bonham Carter" are one person: shorter multi-word forms join the longest. */
function mergeShortForms(entities: Map<string, Entity>): void {
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
    long.honorificMentions += short.honorificMentions;
    long.characterCues += short.characterCues;
    long.performanceCues += short.performanceCues;
    for (const r of short.credited) if (!long.credited.includes(r)) long.credited.push(r);
    for (const [r, n] of short.roleVotes) vote(long, r, n);
    for (const c of short.characters) addCharacter(long, c);
    long.first = Math.min(long.first, short.first);
    entities.set(short.key, long);
  }
}

function uniqueEntities(entities: Map<string, Entity>): Entity[] {
  return [...new Set(entities.values())];
}

interface Indexes {
  bySurname: Map<string, Entity>;
  byFirstName: Map<string, Entity>;
}

/** A lone word names the person whose surname it is; when two share it, the one named more often. */
function buildIndexes(entities: Map<string, Entity>): Indexes {
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

function applyPairs(
  pairs: Pair[],
  resolve: (m: Mention) => Side,
  creditedCharacters: Set<string>,
  lexicon: PeopleLexicon,
  film: boolean,
): void {
  const decided: { pair: Pair; actorLeft: boolean; weight?: number }[] = [];
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
  const strength = (ds: typeof bracketVotes) => ds.reduce((sum, d) => sum + (d.weight ?? 1), 0);
  const total = strength(bracketVotes);
  const actorLeftVotes = strength(bracketVotes.filter((d) => d.actorLeft));
  const habitActorLeft = actorLeftVotes * 2 === total ? !DEFAULT_CHARACTER_FIRST : actorLeftVotes * 2 > total;
  for (const pair of undecided) decided.push({ pair, actorLeft: habitActorLeft });
  for (const { pair, actorLeft } of decided) {
    const actor = resolve(actorLeft ? pair.left : pair.right);
    const characterMention = actorLeft ? pair.right : pair.left;
    const character = resolve(characterMention);
    // "Sally (Sally Gray)": the part shares the actor's first name, so the lone word resolved to the actor.
    if (typeof character !== 'string' && character === actor) {
      actor.actorInPair++;
      vote(actor, 'actor');
      addCharacter(actor, characterMention.words.join(' '));
      continue;
    }
    // "James Court" is a character with a first name; "Obsidian Entertainment" is a studio.
    const firstName = lexicon.firstNames.has((characterMention.words[0] ?? '').toLowerCase());
    if (!firstName && isOrganisation(characterMention.words, lexicon)) continue;
    // "Reginald Webster (Slater)": the character side is known even when the actor is only a surname.
    if (typeof character !== 'string') character.characterInPair++;
    // Outside film and TV reviews a bracket rarely casts anyone ("Torre de Mariscos (Seafood Tower)"), and a
    // possessive casts only a name that looks like a person's ("Patriot Ledger Kid's Corner").
    const shapeOnly = pair.weak || (!film && pair.kind === 'bracket');
    if (typeof actor === 'string' || (shapeOnly && !personShaped(actor, lexicon))) continue;
    actor.actorInPair++;
    vote(actor, 'actor');
    addCharacter(actor, characterMention.words.join(' '));
  }
}

/** "the local sheriff (J. T. Walsh)": a full name alone in brackets, after a role rather than a name, is the
 *  actor who plays it. */
function creditBracketedActors(
  text: string,
  mentions: readonly Mention[],
  pairs: readonly Pair[],
  resolve: (m: Mention) => Side,
) {
  const paired = new Set(pairs.flatMap((p) => [p.left, p.right]));
  for (const m of mentions) {
    if (!m.inBrackets || m.words.length < 2 || paired.has(m)) continue;
    const side = resolve(m);
    if (typeof side === 'string') continue;
    side.actorInPair++;
    vote(side, 'actor');
    // The role is the part when the story gives it no name: "the mayor (Charles Durning)".
    const role = REGEXPS.roleBeforeBracket.exec(text.slice(Math.max(0, m.start - ROLE_WINDOW_CHARS), m.start))?.[1];
    if (role && !NOT_ROLE_NOUNS.has(role)) addCharacter(side, `the ${role}`);
  }
}

/** "Kenneth Branagh is the lead. He plays Woody": the pronoun is the actor named in this sentence or the one
 *  before — only when exactly one actor is named there, so "Branagh is not Woody Allen, but he plays …" stays
 *  unlinked. */
function linkPronouns(
  text: string,
  mentions: readonly Mention[],
  characters: readonly Mention[],
  resolve: (m: Mention) => Side,
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

/** "Obsidian Entertainment", "Pacific Gas and Electric": a place or organisation, never a person or character. */
function isOrganisation(words: readonly string[], lexicon: PeopleLexicon): boolean {
  // A lone word ("Fox", "Paris") is as often a character's name as a studio's or a city's.
  return (
    (words.length > 1 && lexicon.nonPerson.has(words.join(' ').toLowerCase())) ||
    words.slice(1).some((w) => lexicon.nonPersonHeads.has(w.toLowerCase()))
  );
}

function personEvidence(
  e: Entity,
  lexicon: PeopleLexicon,
  reviewer: ReturnType<typeof findReviewer>,
  creditedCharacters: Set<string>,
  titles: Set<string>,
): Evidence | null {
  if (reviewer.keys.has(e.key)) return null;
  if (e.credited.length > 0) return e.words.length >= 2 || !lexicon.nonPerson.has(e.key) ? 'credited' : null;
  if (e.words.length < 2) return null;
  if (lexicon.nonPerson.has(e.key)) return null;
  if (isOrganisation(e.words, lexicon)) return null;
  // "Starfall Drift review": a page title that holds the name names the work, unless the name is a known person's.
  if (!lexicon.knownPeople.has(e.key) && [...titles].some((t) => ` ${t} `.includes(` ${e.key} `))) return null;
  if (creditedCharacters.has(e.key) || e.characterInPair > e.actorInPair) return null;
  if (e.quotedMentions === e.fullMentions && e.surnameMentions === 0) return null;
  if (lexicon.knownPeople.has(e.key)) return 'known';
  if (e.actorInPair > 0) return 'pair';
  if (e.roleVotes.size > 0) return 'cue';
  const firstWord = (e.words[0] ?? '').toLowerCase().replace(/\.$/u, '');
  if (!lexicon.firstNames.has(firstWord)) return null;
  // "Chick Flick Plot Generator": a given name followed by ordinary words is a phrase, not a person.
  const ordinary = e.words.slice(1).filter((w) => lexicon.commonWords.has(w.toLowerCase())).length;
  if (ordinary > MAX_ORDINARY_WORDS_AFTER_FIRST_NAME) return null;
  const characterLike =
    e.honorificMentions > 0 ||
    e.characterCues > 0 ||
    (e.surnameMentions === 0 && e.firstNameMentions >= MIN_FIRST_NAME_ONLY_MENTIONS);
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

function roleOf(e: Entity, filmContext: boolean, lexicon: PeopleLexicon): PersonRole {
  const role = rankedRole(e, filmContext, lexicon);
  // A score credited to "Tangerine Dream" or "The Chemical Brothers" is a band's: "music", not "composer". Band
  // names are made of ordinary words; "Randy Newman" and "Hildur Guðnadóttir" are not.
  const ordinary = (w: string | undefined) => lexicon.commonWords.has((w ?? '').toLowerCase());
  const band = e.words[0] === 'The' || (ordinary(e.words[0]) && ordinary(e.words.at(-1)));
  return role === 'composer' && band ? 'music' : role;
}

function rankedRole(e: Entity, filmContext: boolean, lexicon: PeopleLexicon): PersonRole {
  const byPriority = (roles: Iterable<PersonRole>) =>
    [...roles].sort((a, b) => ROLE_PRIORITY.indexOf(a) - ROLE_PRIORITY.indexOf(b))[0];
  const credited = byPriority(e.credited);
  if (credited) return credited;
  let best: PersonRole | undefined;
  let bestVotes = 0;
  for (const role of ROLE_PRIORITY) {
    const v = e.roleVotes.get(role) ?? 0;
    if (v > bestVotes) {
      best = role;
      bestVotes = v;
    }
  }
  if (best) return best;
  // "Steven Spielberg" named with no cue is the director he usually is, not one of the cast.
  const known = lexicon.knownRoles.get(e.key);
  if (known) return known;
  // "as corrupt as Richard Nixon": a name met once, with no acting anywhere near it, is only mentioned.
  if (inPassing(e, lexicon)) return 'other';
  return filmContext ? 'actor' : 'other';
}
