// Puts the pieces together: credit blocks and structured data name people outright (credits.ts); the review text
// names them with cues (mentions.ts); mentions of one person merge by full name and surname (entities.ts);
// characters go to their actor (pairs.ts, casting.ts); titles, places, organisations, characters and the reviewer
// are left out (evidence.ts); each keeps one role (roles.ts) and the list is ordered by prominence (ranking.ts).
import type { Article, Person, PersonRole, ReviewKind, TextSpan } from '../../schema';
import { applyPairs, creditBracketedActors, linkPronouns } from './casting';
import { type CreditsBlock, findCreditsBlocks } from './credits';
import {
  addCharacter,
  type Entities,
  type Entity,
  entityFor,
  mergeShortForms,
  type Resolve,
  resolverFor,
  uniqueEntities,
  vote,
} from './entities';
import { type Evidence, type EvidenceContext, isOrganisation, personEvidence } from './evidence';
import { DEFAULT_LEXICON, type PeopleLexicon } from './lexicon';
import { addLoneNames } from './lone-names';
import { findMentions, type Mention } from './mentions';
import { nameKey, surnameOf } from './names';
import { findPairs } from './pairs';
import { findPictureCredits } from './picture-credits';
import { findPronounLinks } from './pronoun-links';
import { LEAD_CAST_COUNT, mentionCount, prominence } from './ranking';
import { findReviewer } from './reviewer';
import { kindOf, MAKER_ROLE, roleOf, rolesOf, type WorkKind } from './roles';
import { markTitleMentions } from './titles';

export type { Evidence } from './evidence';

type Explain = (person: Person, evidence: Evidence) => void;

/** What joins the names of one list; critics also join co-credits with a slash ("scripted by A/B"). */
const LIST_JOIN = /^\s*(?:,|,?\s*(?:and|&)|\/)\s*$/u;
const POSSESSIVE_S = /['’]s\b/gu;

/** What the review detector's kind says about the work, where the text's own words say nothing. */
const WORK_KIND_OF_REVIEW: Partial<Record<ReviewKind, WorkKind>> = {
  film: 'film',
  tv: 'film',
  book: 'book',
  album: 'music',
  game: 'game',
};
/** "The Lantern Keeper by Ada Quinn" in a headline: the name after "by" is the work's maker. Two to four
 *  capitalised words closing the title or followed by a separator. */
const TITLE_CREDIT = /\sby\s+(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3})\s*(?:$|[-–—|:(,])/u;

/** Reviews of things nobody performs in: whatever their words ("picture", "camera", "scene" in a camcorder
 *  review), the film-review rules (an unexplained name is one of the cast, a lone word in brackets is an actor)
 *  do not apply, so "digital video out (Firewire, USB, etc.)" lists no actor. */
const NOT_PERFORMED: ReadonlySet<ReviewKind> = new Set(['product', 'restaurant', 'hotel', 'service']);

export function createPeopleFinder(lexicon: PeopleLexicon = DEFAULT_LEXICON, explain?: Explain) {
  return (article: Article, _sentences: readonly TextSpan[], reviewKind?: ReviewKind): Person[] =>
    findPeopleWith(article, lexicon, explain, reviewKind);
}

function findPeopleWith(
  article: Article,
  lexicon: PeopleLexicon,
  explain?: Explain,
  reviewKind?: ReviewKind,
): Person[] {
  const { text } = article;
  const reviewer = findReviewer(article);
  const blocks = findCreditsBlocks(text.slice(0, reviewer.signOffStart));
  const entities: Entities = new Map();
  const creditedCharacters = addCredits(entities, blocks);
  addStructured(entities, article);
  const textKind = kindOf(text);
  const kind: WorkKind =
    reviewKind && NOT_PERFORMED.has(reviewKind)
      ? 'other'
      : textKind === 'other'
        ? ((reviewKind && WORK_KIND_OF_REVIEW[reviewKind]) ?? 'other')
        : textKind;
  addTitleCredit(entities, article.title, kind, lexicon);
  const mentions = findMentions(text, lexicon, 0, reviewer.signOffStart, [...blocks, ...findPictureCredits(text)]);
  shareListCues(text, mentions);
  markTitleMentions(text, mentions, [article.title, article.structured?.itemName ?? ''], lexicon);
  const resolve = countMentions(entities, mentions, MAKER_ROLE[kind]);
  const film = kind === 'film';
  // "Eastwater Film Festival (Premieres)": a bracket after a festival's or a company's name is its section or
  // its place, not the actor of a part.
  const pairs = findPairs(text, mentions).filter(
    (p) => !(p.kind === 'bracket' && isOrganisation(p.left.words, lexicon)),
  );
  const loneActors = applyPairs(pairs, { resolve, creditedCharacters, lexicon, film });
  if (film) creditBracketedActors(text, mentions, pairs, resolve);
  linkPronouns(text, mentions, findPronounLinks(text, mentions, pairs), resolve, lexicon);
  addLoneNames(text, mentions, entities, {
    resolve,
    lexicon,
    creditedCharacters,
    film,
    makerRole: MAKER_ROLE[kind],
    pairs,
    loneActors,
  });
  const titles = titleKeys(article);
  return listPeople(entities, film, { lexicon, reviewer, creditedCharacters, titles }, explain);
}

/** Every credited person with role, billing order and character; returns the keys of the credited characters. */
function addCredits(entities: Entities, blocks: readonly CreditsBlock[]): Set<string> {
  const creditedCharacters = new Set<string>();
  let creditIndex = 0;
  let castIndex = 0;
  for (const block of blocks) {
    for (const c of block.credits) {
      const e = entityFor(entities, c.name, block.start);
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
  return creditedCharacters;
}

/** The page's structured data (JSON-LD, microdata) credits directors, actors and authors outright. */
function addStructured(entities: Entities, article: Article): void {
  const s = article.structured;
  const structured: [string[], PersonRole][] = [
    [s?.directors ?? [], 'director'],
    [s?.actors ?? [], 'actor'],
    [s?.authors ?? [], 'author'],
  ];
  for (const [names, role] of structured) {
    names.forEach((n, i) => {
      const e = entityFor(entities, n, 0);
      if (!e.credited.includes(role)) e.credited.push(role);
      e.creditOrder = Math.min(e.creditOrder, role === 'director' ? -1 : i);
    });
  }
}

/** A book's or an album's headline credits its maker: "Book review: The Lantern Keeper by Ada Quinn" (a film's
 *  "by" is as often a studio's or a writer's, so only these two kinds; a given name must open the credit). */
function addTitleCredit(entities: Entities, title: string, kind: WorkKind, lexicon: PeopleLexicon): void {
  if (kind !== 'book' && kind !== 'music') return;
  const name = TITLE_CREDIT.exec(title)?.[1];
  const first = name?.split(/\s+/u)[0]?.toLowerCase();
  if (!name || !first || !lexicon.firstNames.has(first)) return;
  const e = entityFor(entities, name, 0);
  const role = MAKER_ROLE[kind];
  if (!e.credited.includes(role)) e.credited.push(role);
}

/** The page title and item name as keys, possessives dropped ("Charlie Wilson's War" still holds the name), and
 *  without a maker credited after "by" (the name is the maker's, not part of the work's title). */
/** "'Becoming Lydia Marsh' Review: Rosalind Faye Excels in …": after "review" and its colon or dash, a headline
 *  says what the critic thought, and the people it names are people; only the words before name the work. */
const REVIEW_STANDFIRST = /^(.+?)\s+review\s*[:–—|-]\s+\S/iu;

function titleKeys(article: Article): Set<string> {
  const title = article.title.replace(TITLE_CREDIT, ' ');
  const work = REVIEW_STANDFIRST.exec(title)?.[1] ?? title;
  const titles = [work, article.structured?.itemName ?? ''];
  return new Set(titles.map((t) => nameKey(t).replace(POSSESSIVE_S, '')).filter(Boolean));
}

/** Counts every mention on its person: full names first (then short forms merge), then lone words by surname or
 *  first name. Returns the resolver the casting steps use. */
function countMentions(entities: Entities, mentions: readonly Mention[], makerRole: PersonRole): Resolve {
  const count = (e: Entity, m: Mention) => {
    if (m.honorific) e.honorificMentions++;
    if (m.characterCue) e.characterCues++;
    if (m.performanceCue) e.performanceCues++;
    if (m.performerCue) e.performerCues++;
    // "the portrayal of Tom Faggus' character": a part's own possessive is no craft of a real person.
    if (!m.partOf) for (const r of m.roleCues) vote(e, r);
    for (const r of m.leadCues) e.statedRoles.add(r);
    if (m.makerOfTitle) vote(e, makerRole);
  };
  for (const m of mentions) {
    if (m.words.length < 2) continue;
    const e = entityFor(entities, m.words.join(' '), m.start);
    e.fullMentions++;
    if (m.quoted) e.quotedMentions++;
    if (m.place) e.placeMentions++;
    count(e, m);
  }
  mergeShortForms(entities);
  const resolve = resolverFor(entities);
  for (const m of mentions) {
    if (m.words.length !== 1) continue;
    const side = resolve(m);
    if (typeof side === 'string') continue;
    const w = (m.words[0] as string).toLowerCase();
    if (surnameOf(side.name) === w) side.surnameMentions++;
    else side.firstNameMentions++;
    count(side, m);
  }
  return resolve;
}

/** The people with evidence, each with one role, most prominent first (ties: first named first). */
function listPeople(entities: Entities, film: boolean, ctx: EvidenceContext, explain?: Explain): Person[] {
  const people: { person: Person; score: number; first: number }[] = [];
  for (const e of uniqueEntities(entities)) {
    const evidence = personEvidence(e, ctx);
    if (!evidence) continue;
    const role = roleOf(e, film, ctx.lexicon);
    const roles = rolesOf(e, role);
    const person: Person = { name: e.name, role, roles, characters: e.characters, mentions: mentionCount(e) };
    explain?.(person, evidence);
    people.push({ person, score: prominence(e, role, ctx.lexicon), first: e.first });
  }
  people.sort((a, b) => b.score - a.score || a.first - b.first);
  return people.map((p) => p.person);
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
