// Every capitalised run in the review text that could name someone, with the cues around it: the role noun
// before it ("director Wes Craven"), the phrase before it ("directed by"), the noun after its possessive
// ("Capra's direction"), the verb after it ("Carter plays"), and whether it sits in quotes (a title).
import type { PersonRole } from '../../schema';
import { alternation, CUES } from './cues';
import type { PeopleLexicon } from './lexicon';
import { stripLeadingWords, trimTail } from './name-edges';
import { NAME_RUN } from './names';
import { addRoleCues } from './role-cues';

export interface Mention {
  /** The words of the name as printed, without a leading honorific, role noun or sentence word. */
  words: string[];
  start: number;
  end: number;
  possessive: boolean;
  /** Preceded by "Mr.", "Aunt", "Detective" … */
  honorific: boolean;
  quoted: boolean;
  /** After "the town of", "the planet of": a place, whatever its shape ("Emerald Grove"); or an acronym spelled
   *  out ("RBTV (Really Bad Television)"). Never a person. */
  place: boolean;
  /** Roles from the words before the name ("director", "music by"): a list after it shares them
   *  ("music by Trent Reznor and Atticus Ross"). */
  leadCues: PersonRole[];
  /** A lone ordinary word opening a sentence ("Chambers", "Stone"): a surname at most, never a first name. */
  ordinaryWord: boolean;
  /** "Todd Phillips's JOKER": a possessive before a printed title — the maker of the work. */
  makerOfTitle: boolean;
  /** Story verbs after, a relation before, a description after: the name is someone in the story. */
  characterCue: boolean;
  /** The sentence speaks of a performer's work (CUES.performerWords) or the name is cast "as" someone. */
  performerCue: boolean;
  /** After "the role of", "her portrayal of": the name is a part played (also a character cue). */
  partOf: boolean;
  /** Alone in brackets: "the local sheriff (J. T. Walsh)" — how critics credit an actor after a role. */
  inBrackets: boolean;
  roleCues: PersonRole[];
  /** Roles from a craft noun after the name ("Hitchcock's direction", "a Steele novel"): strong enough to keep a
   *  lone surname. Also in roleCues. */
  nounCues: PersonRole[];
  /** The sentence around the name talks about acting ("performance", "cast", "role"). */
  performanceCue: boolean;
}

/** How far before a name a role cue may start: "directed by" plus a little slack ("directed with flair by"). */
const CUE_WINDOW_CHARS = 40;
/** How far either side of a name its sentence is searched for a performance word. */
const SENTENCE_WINDOW_CHARS = 200;

/** A description up to the next comma or full stop that names a performer or a craft ("a veteran actor", "a
 *  young director"): the person described is real, not someone in the story. */
const PERFORMER_DESCRIPTION = String.raw`[^,.;]*\b(?:actor|actress|star|comedian|performer|newcomer|veteran|director|writer|singer|musician)\b`;

const REGEXPS = {
  run: new RegExp(NAME_RUN, 'gu'),
  possessive: /['’]s?$/u,
  quoteBefore: /["“]\s*$/u,
  quoteAfter: /^\s*[,.!?]?["”]/u,
  /** "Todd Phillips's JOKER", "Keenan Ivory Wayans' I'M GONNA GIT YOU SUCKA", "Henri-Georges Clouzot's 1955
   *  murder mystery": a printed title or a year after a possessive — the maker of the work. */
  titleAfter: /^\s+(?:["“]?\p{Lu}['’]?\p{Lu}+\b|(?:1[89]|20)\d\d\b)/u,
  storyVerbAfter: new RegExp(
    String.raw`^\s*(?:,\s*who\s+)?(?:also\s+|then\s+|soon\s+|finally\s+|eventually\s+)?(?:${alternation(CUES.storyVerbsAfter)})\b`,
    'iu',
  ),
  kinshipBefore: new RegExp(
    String.raw`(?:\b(?:his|her|their|my|your)|['’]s)\s+(?:[\p{Ll}-]+\s+){0,3}(?:${alternation(CUES.kinshipBefore)})s?\s*,?\s*$`,
    'u',
  ),
  /** "their best investigator Peter Lynch", "the killer Marcus Dole": CUES.storyNounsBefore right before a name. */
  storyNounBefore: new RegExp(
    String.raw`\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s+(?:[\p{Ll}-]+,?\s+){0,3}(?:${alternation(CUES.storyNounsBefore)})\s*,?\s*$`,
    'u',
  ),
  /** "Henry Kesler, who was Mildred's boyfriend", "Ana, her sister,": a relation after the name (plot summaries in
   *  critic and user reviews alike). */
  kinshipAfter: new RegExp(
    String.raw`^\s*,\s+(?:who\s+(?:is|was)\s+)?(?:\p{Lu}[\p{L}-]*['’]s?|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}(?:${alternation(CUES.kinshipBefore)})s?\b`,
    'u',
  ),
  /** "Ines, a retired schoolteacher," — unless the description is a performer's ("Toby Jones, a veteran actor"). */
  descriptionAfter: new RegExp(String.raw`^\s*,\s+(?:a|an)\s+(?!${PERFORMER_DESCRIPTION})`, 'iu'),
  /** "a widowed schoolteacher named Ruth Calloway", "a kingpin-type called Johnny Lucero": someone the story
   *  introduces — unless the description is a performer's ("a young actress named …", as above). */
  namedBefore: new RegExp(
    String.raw`\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?!${PERFORMER_DESCRIPTION})(?:[\p{Ll}-]+\s+){1,3}(?:named|called)\s+$`,
    'u',
  ),
  initials: /^(?:\p{Lu}\.\s?)+$/u,
  performance: new RegExp(String.raw`\b(?:${alternation(CUES.performanceWords)})\b`, 'iu'),
  performer: new RegExp(String.raw`\b(?:${alternation(CUES.performerWords)})\b`, 'iu'),
  /** The last sentence end before a name, the first after it: "Mr." and initials may cut a sentence short. */
  sentenceEndBefore: /[.!?\n][^.!?\n]*$/u,
  sentenceEndAfter: /[.!?\n]/u,
  /** "Austin Pendleton (as the judge)", "Carol Kelly is the forlorn girlfriend", "X and Y are perfect as …",
   *  "Norm Macdonald as the sarcastic family mutt", "Fox appears as …", "X shows up", "X gives him a gentle sadness",
   *  "Pauline Collins (SHIRLEY VALENTINE)", "X does great work as …", "X did a fine job", "X does a terrific turn
   *  as a psychiatrist", "X is cute and delightful as his perky girlfriend" — a bracketed filmography before any
   *  of these, or alone. */
  actingAfter:
    /^\s*(?:\(\s*\p{Lu}{2,}[^()]*\)|(?:\([^()]{1,60}\)\s*)?(?:\(\s*as\b|,?\s*(?:is|was)\s+(?:the|a|an)\b|(?:is|are|was|were)\s+(?:\p{Ll}+\s+){0,3}as\b|as\s+(?:a|an|the|his|her)\b|appears\b|appeared\b|(?:shows|turns|pops)\s+up\b|(?:gives|brings|lends|imbues)\s+(?:him|her|them)\b|(?:does|did)\s+(?:a\s+)?(?:\p{Ll}+\s+){1,2}(?:work|job|turn)\b))/u,
  demonymBefore: /^\s+(?:actor|actress|actors|actresses)\s+\p{Lu}/u,
  /** Between a given name and a surname: one short quoted nickname. */
  nicknameGap: /^\s+["“'‘][^"”'’\n.,;:!?()]{1,25}["”'’]\s+$/u,
  /** A bracket left open before the name, closed after it. */
  openBracket: /\([^()]*$/u,
  closeBracket: /^[^()]*\)/u,
  /** "(Paul Rudd, Seth Rogen and Romany Malco)": a bracket that holds nothing but full names, listed. */
  nameListBracket:
    /^(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)+(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*))+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)+$/u,
  bracketBefore: /\(\s*$/u,
  /** "(Werner Krauss-he remained …)", "(Hope Davis, in her best role)". */
  bracketAfter: /^\s*(?:\)|[,;-])/u,
  honorificDot: /^\.?\s*/u,
  placeBefore:
    /\b(?:town|city|village|county|state|province|island|planet|kingdom|country|region|suburb|district|valley)\s+of\s+$/iu,
  /** "her portrayal of Jane Tennison", "the role of Marv": the name is a part played (here or in another film). */
  partOfBefore: /\b(?:portrayal|role|character)\s+of\s+(?:the\s+)?$/iu,
  /** "RBTV (Really Bad Television)": an acronym spelled out in brackets names a thing, never a person. */
  acronymBefore: /\b(\p{Lu}{2,})\s*\(\s*$/u,
};

/** Whether the words spell out the acronym before their bracket ("RBTV (Really Bad Television)"). */
function spellsAcronym(words: readonly string[], before: string): boolean {
  const acronym = REGEXPS.acronymBefore.exec(before)?.[1];
  return !!acronym && words.length >= 2 && acronym.startsWith(words.map((w) => w[0]).join(''));
}

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
      performerCue: first.performerCue || last.performerCue,
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
    // "O'Connor's Friar Laurence" is cut after the possessive like any other name; the Irish "O'" is no possessive.
    const cut = words.findIndex(
      (w) => REGEXPS.possessive.test(w) && (!/^\p{Lu}['’]\p{Lu}/u.test(w) || /\p{Ll}['’]s$/u.test(w)),
    );
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
  const { leadCues, nounCues } = addRoleCues(roleCues, before, after, possessive);
  // The quote opens before any dropped sentence word: "Before Night Falls" is a title.
  const quoted = REGEXPS.quoteBefore.test(text.slice(Math.max(0, start - 3), start)) && REGEXPS.quoteAfter.test(after);
  const inBrackets = REGEXPS.bracketBefore.test(before) && REGEXPS.bracketAfter.test(after);
  // A craft noun after the year says which maker: "Delphine Roux-Whitaker's 2019 novel" is the author's.
  const makerOfTitle = possessive && nounCues.length === 0 && REGEXPS.titleAfter.test(after);
  const partOf = REGEXPS.partOfBefore.test(before);
  const characterCue =
    partOf ||
    REGEXPS.storyVerbAfter.test(after) ||
    REGEXPS.kinshipBefore.test(before) ||
    REGEXPS.storyNounBefore.test(before) ||
    REGEXPS.kinshipAfter.test(after) ||
    REGEXPS.descriptionAfter.test(after) ||
    REGEXPS.namedBefore.test(before);
  return {
    ...performanceNearby(text, begin, end),
    words,
    start: begin,
    end,
    possessive,
    honorific,
    quoted,
    place: REGEXPS.placeBefore.test(before) || spellsAcronym(words, before),
    leadCues,
    ordinaryWord: lead.ordinaryWord,
    makerOfTitle,
    characterCue,
    partOf,
    inBrackets,
    roleCues,
    nounCues,
  };
}

/** Whether the sentence holding [start, end) has a performance word, and whether it speaks of a performer. */
function performanceNearby(text: string, start: number, end: number): Pick<Mention, 'performanceCue' | 'performerCue'> {
  const before = text.slice(Math.max(0, start - SENTENCE_WINDOW_CHARS), start);
  const after = text.slice(end, end + SENTENCE_WINDOW_CHARS);
  const from = REGEXPS.sentenceEndBefore.exec(before)?.index;
  const to = REGEXPS.sentenceEndAfter.exec(after)?.index;
  const sentenceBefore = before.slice(from === undefined ? 0 : from + 1);
  const sentenceAfter = after.slice(0, to);
  // "(Mick Lally and Eileen Colgan)", "(an incessantly screaming Joe Pantoliano)": in a film review a bracket
  // around a name mostly credits the actor of the part just described.
  const bracketed = REGEXPS.openBracket.test(sentenceBefore) && REGEXPS.closeBracket.test(sentenceAfter);
  const sentence = `${sentenceBefore} ${sentenceAfter}`;
  const actingAfter = REGEXPS.actingAfter.test(sentenceAfter);
  // "the three men (Paul Rudd, Seth Rogen and Romany Malco)": a bracket of names after a description credits a cast.
  const castList =
    bracketed &&
    REGEXPS.nameListBracket.test(
      `${REGEXPS.openBracket.exec(sentenceBefore)?.[0].slice(1) ?? ''}${text.slice(start, end)}${REGEXPS.closeBracket.exec(sentenceAfter)?.[0].slice(0, -1) ?? ''}`.trim(),
    );
  return {
    performanceCue: bracketed || actingAfter || REGEXPS.performance.test(sentence),
    performerCue: castList || actingAfter || REGEXPS.performer.test(sentence),
  };
}
