// Every capitalised run in the review text that could name someone, with the cues around it: the role noun
// before it ("director Wes Craven"), the phrase before it ("directed by"), the noun after its possessive
// ("Capra's direction"), the verb after it ("Carter plays"), and whether it sits in quotes (a title).
import type { PersonRole } from '../../schema';
import { alternation, CUES } from './cues';
import type { PeopleLexicon } from './lexicon';
import { stripLeadingWords, trimTail } from './name-edges';
import { NAME_RUN } from './names';

export interface Mention {
  /** The words of the name as printed, without a leading honorific, role noun or sentence word. */
  words: string[];
  start: number;
  end: number;
  possessive: boolean;
  /** Preceded by "Mr.", "Aunt", "Detective" … */
  honorific: boolean;
  quoted: boolean;
  /** Roles from the words before the name ("director", "music by"): a list after it shares them
   *  ("music by Trent Reznor and Atticus Ross"). */
  leadCues: PersonRole[];
  /** A lone ordinary word opening a sentence ("Chambers", "Stone"): a surname at most, never a first name. */
  ordinaryWord: boolean;
  /** "Todd Phillips's JOKER": a possessive before a printed title — the maker of the work. */
  makerOfTitle: boolean;
  /** Story verbs after, a relation before, a description after: the name is someone in the story. */
  characterCue: boolean;
  /** Alone in brackets: "the local sheriff (J. T. Walsh)" — how critics credit an actor after a role. */
  inBrackets: boolean;
  roleCues: PersonRole[];
  /** The sentence around the name talks about acting ("performance", "cast", "role"). */
  performanceCue: boolean;
}

/** How far before a name a role cue may start: "directed by" plus a little slack ("directed with flair by"). */
const CUE_WINDOW_CHARS = 40;
/** How far either side of a name its sentence is searched for a performance word. */
const SENTENCE_WINDOW_CHARS = 200;
/** "Frank Capra's 1946 film": the possessive noun may follow a year or an adjective or two. */
const POSSESSIVE_NOUN_WINDOW_WORDS = 3;

const BEFORE = { ...CUES.phrasesBefore, ...CUES.roleNounsBefore };

const REGEXPS = {
  run: new RegExp(NAME_RUN, 'gu'),
  possessive: /['’]s?$/u,
  cueBefore: new RegExp(String.raw`\b(${alternation(Object.keys(BEFORE))})(?:\s*[,:]|\s+(?:and|&)\s+\w+)?\s*$`, 'iu'),
  verbAfter: new RegExp(String.raw`^\s*(?:,\s*who\s+)?(${alternation(Object.keys(CUES.verbsAfter))})\b`, 'iu'),
  possessiveWords: /[\p{L}-]+/gu,
  nounAfter: /^\s+(\p{Ll}+)\b/u,
  determinerBefore: /\b(?:the|a|an|this|that|another|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}$/u,
  /** "directed and written by", "produced, written & directed by": two or more participles sharing one "by". */
  participleList: /\b(\p{Ll}+e[dn](?:\s*(?:,\s*and|,|and|&)\s*\p{Ll}+e[dn])+)\s+by\s*$/u,
  listSeparator: /\s*(?:,\s*and|,|\band\b|&|\/)\s*/u,
  /** "writer/director", "actor-producer" right before the name. */
  compoundRoleNoun: /(?:^|\s)(\p{Ll}+(?:[/-]\p{Ll}+)+)\s*$/u,
  asRoleNouns: /^\s*,?\s*as\s+(\p{Ll}+(?:\s*(?:,|\/|&|\band\b)\s*\p{Ll}+)*)(?=\s*[.,;:!?)]|\s+\p{Ll}|$)/u,
  quoteBefore: /["“]\s*$/u,
  quoteAfter: /^\s*[,.!?]?["”]/u,
  /** "voiced with weary warmth by": a cue verb and "by" with a few words between. */
  slackBy: /\b(\p{Ll}+ed)\s+(?:[\p{Ll}-]+\s+){1,4}by\s*$/u,
  titleAfter: /^\s+["“]?\p{Lu}{2,}\b/u,
  storyVerbAfter: new RegExp(
    String.raw`^\s*(?:,\s*who\s+)?(?:also\s+|then\s+|soon\s+|finally\s+|eventually\s+)?(?:${alternation(CUES.storyVerbsAfter)})\b`,
    'iu',
  ),
  kinshipBefore: new RegExp(
    String.raw`(?:\b(?:his|her|their|my|your)|['’]s)\s+(?:[\p{Ll}-]+\s+){0,3}(?:${alternation(CUES.kinshipBefore)})s?\s*,?\s*$`,
    'u',
  ),
  /** "Ines, a retired schoolteacher," — unless the description is a performer's ("Toby Jones, a veteran actor"). */
  descriptionAfter:
    /^\s*,\s+(?:a|an)\s+(?![^,.;]*\b(?:actor|actress|star|comedian|performer|newcomer|veteran|director|writer|singer|musician)\b)/iu,
  initials: /^(?:\p{Lu}\.\s?)+$/u,
  performance: new RegExp(String.raw`\b(?:${alternation(CUES.performanceWords)})\b`, 'iu'),
  /** The last sentence end before a name, the first after it: "Mr." and initials may cut a sentence short. */
  sentenceEndBefore: /[.!?\n][^.!?\n]*$/u,
  sentenceEndAfter: /[.!?\n]/u,
  /** "Austin Pendleton (as the judge)", "Carol Kelly is the forlorn girlfriend", "X and Y are perfect as …",
   *  "Norm Macdonald as the sarcastic family mutt", "Fox appears as …", "X gives him a gentle sadness",
   *  "Pauline Collins (SHIRLEY VALENTINE)" — a
   *  bracketed filmography before any of these, or alone. */
  actingAfter:
    /^\s*(?:\(\s*\p{Lu}{2,}[^()]*\)|(?:\([^()]{1,60}\)\s*)?(?:\(\s*as\b|,?\s*(?:is|was)\s+(?:the|a|an)\b|(?:is|are|was|were)\s+(?:\p{Ll}+\s+){0,2}as\b|as\s+(?:a|an|the|his|her)\b|appears\b|appeared\b|(?:gives|brings|lends|imbues)\s+(?:him|her|them)\b))/u,
  demonymBefore: /^\s+(?:actor|actress|actors|actresses)\s+\p{Lu}/u,
  /** Between a given name and a surname: one short quoted nickname. */
  nicknameGap: /^\s+["“'‘][^"”'’\n.,;:!?()]{1,25}["”'’]\s+$/u,
  /** A bracket left open before the name, closed after it. */
  openBracket: /\([^()]*$/u,
  closeBracket: /^[^()]*\)/u,
  bracketBefore: /\(\s*$/u,
  /** "(Werner Krauss-he remained …)", "(Hope Davis, in her best role)". */
  bracketAfter: /^\s*(?:\)|[,;-])/u,
  honorificDot: /^\.?\s*/u,
};

const POSSESSIVE_NOUNS = new Map(Object.entries(CUES.possessiveNouns));
/** Roles an attributive noun does not settle ("a Tom Hanks film", "the Tom Hanks role"). */
const AMBIGUOUS_ATTRIBUTIVE_ROLES = new Set<PersonRole>(['director', 'actor', 'producer', 'other']);

/** Scans [from, to) of the text, skipping the given ranges (credit blocks). */
export function findMentions(
  text: string,
  lexicon: PeopleLexicon,
  from: number,
  to: number,
  skip: readonly { start: number; end: number }[],
): Mention[] {
  const out: Mention[] = [];
  REGEXPS.run.lastIndex = from;
  for (let m = REGEXPS.run.exec(text); m && m.index < to; m = REGEXPS.run.exec(text)) {
    const start = m.index;
    if (skip.some((r) => start >= r.start && start < r.end)) continue;
    // "Spanish actor Jordi Molla", "the great British actress": a nationality before a performer noun.
    if (
      !m[0].includes(' ') &&
      REGEXPS.demonymBefore.test(text.slice(start + m[0].length)) &&
      !lexicon.firstNames.has(m[0].toLowerCase())
    )
      continue;
    splitAtPossessives(m[0], start, text, lexicon, out);
  }
  return joinNicknames(text, out);
}

/** "Randall "Memphis" Raines", "Takashi 'Beat' Kitano": a quoted nickname splits one name into two runs. */
function joinNicknames(text: string, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const first = mentions[i] as Mention;
    // The nickname may itself be a mention ("Memphis") or not ("the kid").
    const skip = mentions[i + 1]?.quoted ? 2 : 1;
    const last = mentions[i + skip];
    if (!last || first.possessive || !REGEXPS.nicknameGap.test(text.slice(first.end, last.start))) {
      out.push(first);
      continue;
    }
    out.push({
      ...first,
      words: [...first.words, ...last.words],
      end: last.end,
      possessive: last.possessive,
      roleCues: [...first.roleCues, ...last.roleCues.filter((r) => !first.roleCues.includes(r))],
      characterCue: first.characterCue || last.characterCue,
      performanceCue: first.performanceCue || last.performanceCue,
      makerOfTitle: last.makerOfTitle,
    });
    i += skip;
  }
  return out;
}

/** "Spielberg's Oscar" is two runs: a possessive ends a name. */
function splitAtPossessives(run: string, start: number, text: string, lexicon: PeopleLexicon, out: Mention[]): void {
  let words = run.split(/[ \u00a0]/u);
  let offset = start;
  while (words.length > 0) {
    const cut = words.findIndex((w) => REGEXPS.possessive.test(w) && !/^\p{Lu}['’]\p{Lu}/u.test(w));
    const part = cut >= 0 ? words.slice(0, cut + 1) : words;
    const mention = toMention(part, offset, text, lexicon);
    if (mention) out.push(mention);
    offset += part.join(' ').length + 1;
    words = cut >= 0 ? words.slice(cut + 1) : [];
  }
}

function toMention(rawWords: string[], start: number, text: string, lexicon: PeopleLexicon): Mention | null {
  const lead = stripLeadingWords(rawWords, start, text, lexicon);
  const { words, begin, roleCues } = lead;
  let { honorific } = lead;
  trimTail(words, lexicon);
  if (words.every((w) => REGEXPS.initials.test(w))) return null;
  const last = words.length - 1;
  const end = begin + words.join(' ').length;
  const possessive = REGEXPS.possessive.test(words[last] as string);
  if (possessive) words[last] = (words[last] as string).replace(REGEXPS.possessive, '');
  const before = text.slice(Math.max(0, begin - CUE_WINDOW_CHARS), begin);
  const after = text.slice(end, end + CUE_WINDOW_CHARS);
  if (!honorific && /(?:^|\s)(?:mr|mrs|ms|dr)\.?\s*$/iu.test(before)) honorific = true;
  const leadCues = addRoleCues(roleCues, before, after, possessive);
  // The quote opens before any dropped sentence word: "Before Night Falls" is a title.
  const quoted = REGEXPS.quoteBefore.test(text.slice(Math.max(0, start - 3), start)) && REGEXPS.quoteAfter.test(after);
  const inBrackets = REGEXPS.bracketBefore.test(before) && REGEXPS.bracketAfter.test(after);
  const makerOfTitle = possessive && REGEXPS.titleAfter.test(after);
  const characterCue =
    REGEXPS.storyVerbAfter.test(after) || REGEXPS.kinshipBefore.test(before) || REGEXPS.descriptionAfter.test(after);
  return {
    performanceCue: performanceNearby(text, begin, end),
    words,
    start: begin,
    end,
    possessive,
    honorific,
    quoted,
    leadCues,
    ordinaryWord: lead.ordinaryWord,
    makerOfTitle,
    characterCue,
    inBrackets,
    roleCues,
  };
}

/** Adds the role cues around a name: a phrase or role noun before it, a verb after it, a noun after its
 *  possessive. Returns the cues from before the name (a list after it shares them). */
function addRoleCues(roleCues: PersonRole[], before: string, after: string, possessive: boolean): PersonRole[] {
  const cueBefore = REGEXPS.cueBefore.exec(before)?.[1];
  const slack = REGEXPS.slackBy.exec(before)?.[1];
  const phraseBefore = cueBefore ?? (slack ? `${slack} by` : undefined);
  const stated = statedRolesBefore(before);
  if (stated.length > 0) roleCues.push(...stated);
  else if (phraseBefore) {
    const role = BEFORE[phraseBefore.toLowerCase().replace(/\s+/g, ' ')];
    if (role) roleCues.push(role);
  }
  roleCues.push(...rolesAfterAs(after));
  const leadCues = [...roleCues];
  const verb = REGEXPS.verbAfter.exec(after)?.[1];
  if (verb) {
    const role = CUES.verbsAfter[verb.toLowerCase().replace(/\s+/g, ' ')];
    if (role) roleCues.push(role);
  }
  if (!possessive) {
    roleCues.push(...attributiveRole(before, after));
    return leadCues;
  }
  const next = after.match(REGEXPS.possessiveWords)?.slice(0, POSSESSIVE_NOUN_WINDOW_WORDS) ?? [];
  for (const w of next) {
    const role = POSSESSIVE_NOUNS.get(w.toLowerCase());
    if (role) {
      roleCues.push(role);
      break;
    }
  }
  return leadCues;
}

/** Roles of a list the words before a name state at once: "directed and written by", "produced & directed by"
 *  (film and book credits in prose), "writer/director", "actor-producer" (a compound role noun). */
function statedRolesBefore(before: string): PersonRole[] {
  const participles = REGEXPS.participleList.exec(before)?.[1];
  if (participles) return participles.split(REGEXPS.listSeparator).flatMap((p) => BEFORE[`${p} by`] ?? []);
  const parts = REGEXPS.compoundRoleNoun.exec(before)?.[1]?.toLowerCase().split(/[/-]/u) ?? [];
  return parts.length > 0 && parts.every((w) => CUES.roleNounsBefore[w])
    ? parts.map((w) => CUES.roleNounsBefore[w] as PersonRole)
    : [];
}

/** "Clint Eastwood as star/producer/director": "as" then role nouns with no article (with an article — "as the
 *  writer" — it is the part played). Reviews of every kind of work credit a maker this way. */
function rolesAfterAs(after: string): PersonRole[] {
  const nouns = REGEXPS.asRoleNouns.exec(after)?.[1];
  if (!nouns) return [];
  const words = nouns.toLowerCase().split(REGEXPS.listSeparator).filter(Boolean);
  return words.every((w) => CUES.roleNounsBefore[w]) ? words.map((w) => CUES.roleNounsBefore[w] as PersonRole) : [];
}

/** "the trademark Lalo Schifrin score", "a Stephen King novel": a name used as an adjective before a craft noun,
 *  after an article (reviews of films, books and albums). Not for "film", "role" and the like: "a Tom Hanks film"
 *  is the star's as often as the director's. */
function attributiveRole(before: string, after: string): PersonRole[] {
  const noun = REGEXPS.nounAfter.exec(after)?.[1]?.toLowerCase();
  const role = noun ? POSSESSIVE_NOUNS.get(noun) : undefined;
  if (!role || AMBIGUOUS_ATTRIBUTIVE_ROLES.has(role) || !REGEXPS.determinerBefore.test(before)) return [];
  return [role];
}

/** Whether the sentence holding [start, end) has a performance word. */
function performanceNearby(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - SENTENCE_WINDOW_CHARS), start);
  const after = text.slice(end, end + SENTENCE_WINDOW_CHARS);
  const from = REGEXPS.sentenceEndBefore.exec(before)?.index;
  const to = REGEXPS.sentenceEndAfter.exec(after)?.index;
  const sentenceBefore = before.slice(from === undefined ? 0 : from + 1);
  const sentenceAfter = after.slice(0, to);
  // "(Mick Lally and Eileen Colgan)", "(an incessantly screaming Joe Pantoliano)": in a film review a bracket
  // around a name mostly credits the actor of the part just described.
  const bracketed = REGEXPS.openBracket.test(sentenceBefore) && REGEXPS.closeBracket.test(sentenceAfter);
  return (
    bracketed ||
    REGEXPS.actingAfter.test(sentenceAfter) ||
    REGEXPS.performance.test(`${sentenceBefore} ${sentenceAfter}`)
  );
}
