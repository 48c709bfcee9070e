// The roles the words around a name give it: a phrase or role noun before it ("directed and written by",
// "writer/director"), "as star/producer", a verb after it ("Carter plays"), a craft noun after its possessive
// ("Capra's direction") or after the name used as an adjective ("a Steele novel").
import type { PersonRole } from '../../schema';
import { alternation, CUES } from './cues';

/** "Frank Capra's 1946 film": the possessive noun may follow a year or an adjective or two. */
const POSSESSIVE_NOUN_WINDOW_WORDS = 3;
const BEFORE = { ...CUES.phrasesBefore, ...CUES.roleNounsBefore };
const POSSESSIVE_NOUNS = new Map(Object.entries(CUES.possessiveNouns));
/** Roles an attributive noun does not settle ("a Tom Hanks film", "the Tom Hanks role"). */
const AMBIGUOUS_ATTRIBUTIVE_ROLES = new Set<PersonRole>(['director', 'actor', 'producer', 'other']);
/** Roles a noun right before a bracketed name does not settle ("the film (X)", "her performance (X)"); a crew
 *  noun does ("the sets (X)", "the visual effects (X and Y)": crew the annotations call `other`). */
const AMBIGUOUS_BRACKET_ROLES = new Set<PersonRole>(['director', 'actor', 'producer']);

/** Craft nouns that name the director's work and nothing else ("the direction was by X"), unlike "the film was by". */
const DIRECTING_NOUNS = new Set(['direction', 'directing']);

const REGEXPS = {
  nounBeforeBracket: /\b(\p{Ll}+)\s*\(\s*$/u,
  roleNounWas: /\b[Tt]he\s+(\p{Ll}+)\s+(?:\p{Ll}+\s+){0,2}(?:was|is)\s+$/u,
  /** "the script was by X", "the script is credited to X", "the music (by X", "the direction, by X". */
  craftWasBy: /\b(\p{Ll}+)(?:\s+(?:was|is|were|are)\s+(?:by|credited\s+to)|\s*,\s*by|\s*\(\s*by)\s+$/u,
  /** "directed by X", "music by Y and Z", "directed by the veteran X", "(directed by a pre-BASIC INSTINCT X)": an
   *  article and a short description may sit between the phrase and the name; a dash may end the phrase ("All the
   *  cameo performances-X, Y and Z"). */
  cueBefore: new RegExp(
    String.raw`\b(${alternation(Object.keys(BEFORE))})(?:\s*[,:]|-|\s+(?:and|&)\s+(?!(?:${alternation(CUES.kinshipBefore)})s?\b)\w+|\s+(?:the|a|an)(?:\s+(?!(?:of|named|called|by)\b)[\p{L}-]+){1,3})?\s*$`,
    'iu',
  ),
  /** "Carter plays", "Schrader wrote the script"; not a forum's quote attribution ("Grumpy Mechanic wrote:"). */
  verbAfter: new RegExp(String.raw`^\s*(?:,\s*who\s+)?(${alternation(Object.keys(CUES.verbsAfter))})\b(?!\s*:)`, 'iu'),
  /** "Pino Donaggio also lends a lovely musical score", "X provides the cinematography": the subject of a verb of
   *  giving whose object is a craft's work did that craft. */
  givesCraft:
    /^\s*(?:also\s+)?(?:lends|provides|contributes|supplies|delivers|adds)\s+(?:[\p{Ll}-]+\s+){0,3}?(score|music|soundtrack|cinematography|photography|camerawork|script|screenplay|editing|songs)\b/u,
  possessiveWords: /[\p{L}-]+/gu,
  possessiveEnd: /\p{L}['’]s?\s*$/u,
  nounPhraseEnd: /^(?:on|of|in|to|with|for|and|or|but|is|was|at|by|from|as|that|which)$/iu,
  nounAfter: /^\s+(\p{Ll}+)\b/u,
  determinerBefore: /\b(?:the|a|an|this|that|another|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}$/u,
  /** "directed and written by", "produced, written & directed by": two or more participles sharing one "by". */
  participleList: /\b(\p{Ll}+e[dn](?:\s*(?:,\s*and|,|and|&)\s*\p{Ll}+e[dn])+)\s+by\s*$/u,
  listSeparator: /\s*(?:,\s*and|,|\band\b|&|\/)\s*/u,
  /** "writer/director", "actor-producer", "director and co-writer" right before the name. */
  compoundRoleNoun: /(?:^|[^\p{L}-])(\p{Ll}+(?:(?:[/-]|\s*,\s*|\s+(?:and|&)\s+)\p{Ll}[\p{Ll}-]*)+)\s*$/u,
  compoundSeparator: /[/-]|\s*,\s*|\s+(?:and|&)\s+/u,
  /** "as star/producer/director"; a verb of taking up a post may come first ("returning as director", "serves as
   *  producer": news and reviews alike). */
  asRoleNouns:
    /^\s*,?\s*(?:(?:return(?:s|ed|ing)|serv(?:es|ed|ing)|stay(?:s|ed|ing)|sign(?:s|ed|ing)\s+on|is\s+back)\s+)?as\s+(\p{Ll}+(?:\s*(?:,|\/|&|\band\b)\s*\p{Ll}+)*)(?=\s*[.,;:!?)]|\s+\p{Ll}|$)/u,
  /** "a well edited, thanks to X, Y, and Z", "beautifully shot thanks to X": a craft's participle credited with
   *  "thanks to" (critics praising crew). */
  thanksTo: /\b(\p{Ll}+ed|shot|written)\b[^.;:()]{0,20}?\s+thanks\s+to\s+$/u,
  /** "voiced with weary warmth by": a cue verb and "by" with a few words between. */
  slackBy: /\b(\p{Ll}+ed)\s+(?:[\p{Ll}-]+\s+){1,4}by\s*$/u,
};

/** Adds the role cues around a name: a phrase or role noun before it, a verb after it, a noun after its
 *  possessive. Returns the cues from before the name (a list after it shares them). */
/** "great movie music (Bernard Herrmann)", "the writing (Paul Schrader)": critics credit a craft with the name
 *  in brackets right after its noun. The role, or null when the bracket follows no craft noun (or an acting one). */
export function craftBeforeBracket(before: string): PersonRole | null {
  const noun = REGEXPS.nounBeforeBracket.exec(before)?.[1]?.toLowerCase();
  const role = noun ? (POSSESSIVE_NOUNS.get(noun) ?? CUES.crewNounsBeforeBracket[noun]) : undefined;
  return role && !AMBIGUOUS_BRACKET_ROLES.has(role) ? role : null;
}

export function addRoleCues(
  roleCues: PersonRole[],
  before: string,
  after: string,
  possessive: boolean,
): { leadCues: PersonRole[]; nounCues: PersonRole[] } {
  const cueBefore = REGEXPS.cueBefore.exec(before)?.[1];
  const slack = REGEXPS.slackBy.exec(before)?.[1];
  const phraseBefore = cueBefore ?? (slack ? `${slack} by` : undefined);
  const stated = statedRolesBefore(before);
  const bracketCraft = craftBeforeBracket(before);
  if (stated.length > 0) roleCues.push(...stated);
  else if (phraseBefore) {
    const role = BEFORE[phraseBefore.toLowerCase().replace(/\s+/g, ' ')];
    if (role) roleCues.push(role);
  } else if (bracketCraft) roleCues.push(bracketCraft);
  roleCues.push(...rolesAfterAs(after));
  const leadCues = [...roleCues];
  const verb = REGEXPS.verbAfter.exec(after)?.[1];
  if (verb) {
    const role = CUES.verbsAfter[verb.toLowerCase().replace(/\s+/g, ' ')];
    if (role) roleCues.push(role);
  }
  const craft = REGEXPS.givesCraft.exec(after)?.[1]?.toLowerCase();
  const craftRole = craft ? POSSESSIVE_NOUNS.get(craft) : undefined;
  if (craftRole) roleCues.push(craftRole);
  const nounCues = possessive ? possessiveRole(after) : attributiveRole(before, after);
  roleCues.push(...nounCues);
  return { leadCues, nounCues };
}

/** "Darren Aronofsky's (Pi) adaptation", "Albert Brooks' (Modern Romance, Mother) latest film": a bracket between a
 *  possessive and a maker's craft noun lists the maker's earlier work, not the part played ("Hopkins' (Lecter)
 *  performance", "Hopkins' (Lecter) chill"). */
export function makersWorkInBracket(text: string, bracketOpen: number): boolean {
  const close = text.indexOf(')', bracketOpen);
  if (bracketOpen < 0 || close < 0 || !REGEXPS.possessiveEnd.test(text.slice(0, bracketOpen))) return false;
  const role = possessiveRole(text.slice(close + 1, close + 60))[0];
  return role !== undefined && role !== 'actor';
}

/** "Capra's direction", "Frank Capra's 1946 film": the first craft noun within a few words of a possessive. */
function possessiveRole(after: string): PersonRole[] {
  const next = after.match(REGEXPS.possessiveWords)?.slice(0, POSSESSIVE_NOUN_WINDOW_WORDS) ?? [];
  for (const w of next) {
    // "Hopkins' gloss on film's best-known cannibal": the possessed noun comes before any preposition.
    if (REGEXPS.nounPhraseEnd.test(w)) break;
    const role = POSSESSIVE_NOUNS.get(w.toLowerCase());
    if (role) return [role];
  }
  return [];
}

/** Roles of a list the words before a name state at once: "directed and written by", "produced & directed by"
 *  (film and book credits in prose), "writer/director", "actor-producer" (a compound role noun). */
function statedRolesBefore(before: string): PersonRole[] {
  // "The director this time was Irvin Kershner", "the script was by Leigh Brackett": critics' prose credits.
  const roleNoun = REGEXPS.roleNounWas.exec(before)?.[1]?.toLowerCase();
  if (roleNoun && CUES.roleNounsBefore[roleNoun]) return [CUES.roleNounsBefore[roleNoun] as PersonRole];
  const craftNoun = REGEXPS.craftWasBy.exec(before)?.[1]?.toLowerCase() ?? '';
  const craft = POSSESSIVE_NOUNS.get(craftNoun);
  if (craft && (!AMBIGUOUS_ATTRIBUTIVE_ROLES.has(craft) || DIRECTING_NOUNS.has(craftNoun))) return [craft];
  const thanked = REGEXPS.thanksTo.exec(before)?.[1];
  if (thanked && BEFORE[`${thanked} by`]) return [BEFORE[`${thanked} by`] as PersonRole];
  const participles = REGEXPS.participleList.exec(before)?.[1];
  if (participles) {
    const roles = participles.split(REGEXPS.listSeparator).flatMap((p) => BEFORE[`${p} by`] ?? []);
    // "The electric guitar played and scored by Neil Young": beside a music credit, "played" is the instrument's.
    const music = roles.some((r) => r === 'composer' || r === 'music');
    return music ? [...new Set(roles.map((r) => (r === 'actor' ? 'music' : r)))] : roles;
  }
  // "co-writer" is a writer: the "co" part drops out. The list is the run of role nouns that ends at the name
  // ("the Polish brothers, director and co-writer Michael Polish").
  const words = REGEXPS.compoundRoleNoun.exec(before)?.[1]?.toLowerCase().split(REGEXPS.compoundSeparator) ?? [];
  const roles: PersonRole[] = [];
  for (const w of words.filter((x) => x !== 'co').reverse()) {
    const role = CUES.roleNounsBefore[w];
    if (!role) break;
    roles.unshift(role);
  }
  return roles;
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
