// Actor–character pairs as critics write them: "Max (Clive Owen)", "Clive Owen (Max)", "(voiced by Eddie
// Murphy)", "Carter plays Kate Croy", "Alex D. Linz as Alex Pruitt", "Kate is played by Helena Bonham Carter".
// Which side of a bracket pair is the actor is decided later, with the evidence of the whole review.
import { alternation, CUES } from './cues';
import type { Mention } from './mentions';
import { makersWorkInBracket } from './role-cues';

export interface Pair {
  left: Mention;
  right: Mention;
  /** "bracket": undecided "A (B)"; "actor-first" / "character-first": the words settle it. */
  kind: 'bracket' | 'actor-first' | 'character-first';
  /** Only the shape says it is a pair ("Hugo Weaving's Agent Smith"), no casting word: the actor side must look
   *  like a person's name on its own. */
  weak?: boolean;
}

/** The words between an actor and a part, at most: "X, a veteran of a hundred westerns, turns up as Y", "X,
 *  who plays the cider company's land agent, Mr Y". Longer, the two names are in different clauses. */
const MAX_LINK_CHARS = 60;

/** How much of an aside may follow the actor inside the bracket: "(Asia Argento-the daughter of the Italian cult
 *  horror director)". */
const BRACKET_ASIDE_CHARS = 90;

const REGEXPS = {
  /** "(", "(Spanish actor ": a nationality and a performer noun may open the actor's bracket, as may an article
   *  and a word or two of praise ("Lindsey (a wonderful Drew Barrymore)", user reviews); the part's quoted
   *  nickname may come before it ("Chewbacca "Chewy" ("). */
  bracketOpen:
    /^\s*(?:["“][^"”()\n]{1,25}["”]\s*)?\(\s*(?:(?:[\p{L}-]+\s+){0,3}(?:actor|actress)\s+|(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){1,2})?$/u,
  /** "(played by X)", "(played by the wonderful X)": a short description may come before the actor; an adverb
   *  before the verb ("Cathie (satisfyingly portrayed by X)") and an apposition before the bracket ("Joe, their
   *  coach (played by X)") are user reviews' ways. */
  bracketOpenActor:
    /^(?:,\s+(?:the|a|an|his|her|their)\s+[^,()\n]{1,30}?)?\s*\(\s*(?:\p{Ll}+ly\s+)?(?:voiced by|voice of|played by|portrayed by)\s+(?:(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){1,2})?$/iu,
  bracketOpenCharacter: /^\s*\(\s*as\s+$/iu,
  /** The bracket closes, maybe after an aside: "(Vahina Giocante, who is a professional ballet dancer)", "(David
   *  Prowse acting with voice by James Earl Jones)", the actor's earlier film ("(Timothy Spall from LIFE IS
   *  SWEET)", "(Cary Grant of "The Last Outpost")", a prolific IMDB reviewer's habit), or a user's exclamation
   *  ("(Rex Reed!!!)"). */
  bracketClose: /^[.!?]{0,3}\s*(?:(?:[,;-]|\s(?:the|a|an|as|when|acting|who|with|in|from|of)\s)[^()]*)?\)/u,
  /** "X plays Y", "X wrote, directed and stars as Y" (writer-director-stars), "X, as the talk-show host Y", "X,
   *  underplaying his role, has virtually no presence as Y" (an aside of a participle), "X
   *  has less to do as Y", "X is clearly having fun as Y", "X does a respectable turn as Y", "X as the bitter and
   *  racist Y" (critics and users alike); not a comparison ("Nicole hates Guy as much as Mia does"), and not the
   *  next actor of a list ("X as a 48-year-old womanizer and Y as …", "father X as the director and daughter Y"). */
  link: new RegExp(
    String.raw`^(?:,\s+(?:a|an|the|\p{Ll}+ing)\s[^,()\n]{1,40},)?\s*,?\s*(?:who\s+)?(?:(?:\p{Ll}+,?\s+){1,3}and\s+)?(?:(?:again|also|now|then|\p{Ll}+ly)\s+)?(?:(?:is|was|has|gets|gives|delivers|makes|does|did|turns\s+in|turns\s+up)\s+(?:[\p{Ll}-]+\s+){0,4}(?=as\s))?(?:${alternation(CUES.characterLinks)})\s+(?![\p{Ll}-]+\s+as\s)(?:(?:the|a|an|his|her)\s+)?(?:(?!by\s)[\p{Ll}\d'’-]+\s+){0,4}(?<!\band\s+)(?<!\band\s+(?:[\p{Ll}-]+\s+)?(?:${alternation(CUES.kinshipBefore)})s?\s+)$`,
    'u',
  ),
  /** "… as the farmer, ", "plays the wastrel second son, ", "who plays the company's land agent, ": the part
   *  described, then its name after a comma. */
  describedPart:
    /\b(?:as|plays|played|portrays|portrayed)\s+(?:the|a|an|his|her|their)\s+(?:[\p{Ll}'’-]+\s+){0,3}[\p{Ll}-]+,\s+$/u,
  /** The name goes on to play a part of its own: "X as the farmer, Y as the officer". */
  playsNext: /^\s*,?\s*(?:as|plays|played|portrays|stars\s+as|voices)\s/u,
  /** "As Neo, a hacker who …, Reeves mostly has to look startled." */
  asBefore: /(?:^|[^\p{L}])As\s+$/u,
  asClauseEnd: /^,[^.!?\n]{0,120},\s+$/u,
  /** "Jason Biggs is Jim, a good student": "is" casts only when the character's name ends the clause; an
   *  apposition may sit between ("Ann Brill, an actress of range, is Mona,"), as user reviews write … */
  isLink: /^(?:,\s[^,()\n]{1,40},)?\s+is\s+$/u,
  /** … or comes with an article and a description: "Russell Crowe is the great Roman General Maximus", "Billy
   *  Gray is her young son Bobby". */
  isTheLink: /^\s+is\s+(?:the|his|her|their)\s+(?:[\p{L}-]+\s+){0,4}$/u,
  descriptionGap: /^(?:\s+[\p{Ll}-]+){1,3},?\s+$/u,
  /** "plays a Catholic activist named Sarah Williams", "a Lucky Luciano Mafia kingpin-type called Johnny Lucero". */
  namedGap: /^(?:\s+[\p{Ll}-]+){0,3}\s+(?:named|called)\s+$/u,
  articleBefore: /\b(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,3}$/u,
  possessiveLink: /^\s+(?:[\p{Ll}-]+\s+){0,2}(?:performance|appearance|turn|portrayal|role|debut)\s+as\s+(?:the\s+)?$/u,
  characterNoun: /^\s+character,?\s+$/u,
  andJoin: /^\s*(?:,|,?\s*and|&)\s*$/u,
  pluralLink: /^\s+(?:play|portray|star\s+as|are\s+cast\s+as)\s+$/u,
  /** "A and B as live-action versions of cartoon villains C and D": "as" and a plural description cast two; only
   *  with "and" on both sides, since "A as the conflicted C, B as the saintly D" is a list of single pairs. */
  pluralAsLink: /^\s+as(?:\s+[\p{Ll}-]+){0,5}\s+[\p{Ll}-]+s\s+$/u,
  andOnly: /^\s*(?:,?\s*and|&)\s*$/u,
  trailingTitle: /\p{Lu}\p{Ll}+\.?\s+$/u,
  /** "Brenda Blethyn (from A RIVER RUNS THROUGH IT) as middle-aged Cynthia": the actor's earlier film in
   *  brackets (a printed title, no lower-case words but "from") sits between actor and link. */
  filmographyAside: /^\s*\((?:from\s+)?[^()\p{Ll}]{2,60}\)(?=\s)/u,
  bracketAfter: /^\s*\(/u,
  /** "Trask (Merrill's character)": the actor's possessive and "character" close the bracket. */
  characterBracketClose: /^\s+character\s*\)/u,
  voiceAside: /^\s+(?:acting\s+)?with\s+(?:the\s+)?voice\s+(?:by|of)\s+$/u,
  /** One lower-case noun between an adjective and a name ("Vietnam vet Travis Bickle"). */
  nounGap: /^\s+[\p{Ll}-]+\s+$/u,
  /** "as the American soldier": a lone capitalised word before a lower-case noun is an adjective, not the part. */
  adjectiveUse:
    /^\s+(?!(?:and|or|who|whom|whose|in|is|was|with|to|for|on|at|the|a|an|but|as|from|by|that|which|when|while|after|before|of|has|had|does|did|will|would|can|could)\b)\p{Ll}/u,
  /** "Wayne Wayne Wayne Jr. (Steve Zahn)": the suffix's dot is no sentence end. */
  suffixDot: /^\./u,
  suffix: /^(?:Jr|Sr)$/u,
  /** A quoted nickname right after a name, then a bracket: "Chewbacca "Chewy" (Peter Mayhew)". */
  nicknameBefore: /^\s+["“]$/u,
  nicknameAfter: /^["”]\s*\(/u,
  clauseEnd: /^\s*(?:[,.;:!?(]|--|$)/u,
  /** Links that put the actor after the character: "Kate is played by X", "Reyes, voiced with weary warmth by X",
   *  "Gracchus, played by the great British actor X", "Jake, played by teenage heart-throb X"; user reviews add
   *  praise and a possessive apposition ("Joel, very well-played by X", "Anna, his married lover, played by X"). */
  reverseLink:
    /^\s*(?:,\s+(?:the|a|an|his|her|their)\s+[^,()]{1,30},)?\s*[,—–]?\s*(?:is\s+|as\s+)?(?:(?:\p{Ll}+ly|very|so|well)[\s-]+){0,3}(?:played|portrayed|voiced)\s+(?:[\p{Ll}-]+\s+){0,4}?by\s+(?:(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}(?:actor|actress)\s+|(?:[\p{Ll}-]+\s+){1,2})?$/u,
};

/** "as a middle-aged British war correspondent, Thomas Fowler", "as Andy's girlfriend Lynne": when the word after
 *  the link is an adjective or someone else's possessive inside a description, the name comes after it. */
function describedName(text: string, between: string, right: Mention, next: Mention | undefined): Mention {
  // "as Helga's younger sister, Arye Gross (A MIDNIGHT CLEAR) as …": a name credited with a bracket is the next
  // actor of a cast list, not the part.
  if (!next || REGEXPS.bracketAfter.test(text.slice(next.end))) return right;
  const gap = text.slice(right.end, next.start);
  if (REGEXPS.namedGap.test(gap)) return next;
  if (right.words.length !== 1) return right;
  if (right.possessive && REGEXPS.descriptionGap.test(gap)) return next;
  if (REGEXPS.articleBefore.test(between) && REGEXPS.descriptionGap.test(gap) && gap.includes(',')) return next;
  return right;
}

/** "X does what he can as the farmer, Tom Ashe": the link with the comma between the part's description and its
 *  name taken out, unless the name goes on to play a part of its own (a cast list). */
function describedLink(text: string, between: string, right: Mention): string {
  if (!REGEXPS.describedPart.test(between) || REGEXPS.playsNext.test(text.slice(right.end, right.end + 20)))
    return between;
  return between.replace(/,\s+$/u, ' ');
}

/** "as the American soldier": a lone word before a lower-case noun describes the part, it does not name it. */
function adjective(text: string, m: Mention): boolean {
  return m.words.length === 1 && !m.possessive && REGEXPS.adjectiveUse.test(text.slice(m.end));
}

/** "Willi and Carla Hilfe (Carl Esmond & Marjorie Reynolds)": two names, then two in brackets, pair in order. */
function bracketGroup(text: string, mentions: readonly Mention[], i: number): Pair[] | null {
  const [a, b, c, d] = [mentions[i], mentions[i + 1], mentions[i + 2], mentions[i + 3]];
  if (!a || !b || !c || !d) return null;
  const gap = (x: Mention, y: Mention) => text.slice(x.end, y.start);
  if (!REGEXPS.andJoin.test(gap(a, b)) || !REGEXPS.bracketOpen.test(gap(b, c))) return null;
  if (!REGEXPS.andJoin.test(gap(c, d)) || !REGEXPS.bracketClose.test(text.slice(d.end, d.end + BRACKET_ASIDE_CHARS)))
    return null;
  return [
    { left: a, right: c, kind: 'bracket' },
    { left: b, right: d, kind: 'bracket' },
  ];
}

/** "Kelly and Sinatra play Joe Brady and Clarence Doolittle": two actors, a plural casting verb, two parts —
 *  paired in order (user and critic reviews of films with two leads). */
function listGroup(text: string, mentions: readonly Mention[], i: number): Pair[] | null {
  const [a, b, c, d] = [mentions[i], mentions[i + 1], mentions[i + 2], mentions[i + 3]];
  if (!a || !b || !c || !d) return null;
  const gap = (x: Mention, y: Mention) => text.slice(x.end, y.start);
  const plural =
    (REGEXPS.andJoin.test(gap(a, b)) && REGEXPS.pluralLink.test(gap(b, c)) && REGEXPS.andJoin.test(gap(c, d))) ||
    (REGEXPS.andOnly.test(gap(a, b)) && REGEXPS.pluralAsLink.test(gap(b, c)) && REGEXPS.andOnly.test(gap(c, d)));
  if (!plural) return null;
  return [
    { left: a, right: c, kind: 'actor-first' },
    { left: b, right: d, kind: 'actor-first' },
  ];
}

/** Without the names inside a maker's earlier work in brackets (role-cues.ts): "Darren Aronofsky's (Pi)
 *  adaptation" pairs Pi with nobody. */
function withoutMakersWork(text: string, mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  let skipUntil = -1;
  for (const m of mentions) {
    if (m.start < skipUntil) continue;
    out.push(m);
    if (m.possessive && makersWorkInBracket(text, text.indexOf('(', m.end))) skipUntil = text.indexOf(')', m.end);
  }
  return out;
}

/** The pairs a bracket makes between two consecutive mentions, or null when no bracket links them: "Max (Clive
 *  Owen)" (undecided), "Kate (played by X)", "X (as Kate)", "Trask (Merrill's character)". */
function bracketPairs(text: string, between: string, left: Mention, right: Mention, next?: Mention): Pair[] | null {
  if (
    right.possessive &&
    REGEXPS.bracketOpen.test(between) &&
    REGEXPS.characterBracketClose.test(text.slice(right.end))
  )
    return [{ left, right, kind: 'character-first' }];
  if (!REGEXPS.bracketClose.test(text.slice(right.end, right.end + BRACKET_ASIDE_CHARS))) return null;
  if (REGEXPS.bracketOpen.test(between)) {
    // "Darth Vader (David Prowse acting with voice by James Earl Jones)": the voice plays the part too.
    const voiced = next && REGEXPS.voiceAside.test(text.slice(right.end, next.start));
    const pair: Pair = { left, right, kind: 'bracket' };
    return voiced ? [pair, { left, right: next, kind: 'character-first' }] : [pair];
  }
  if (REGEXPS.bracketOpenActor.test(between)) return [{ left, right, kind: 'character-first' }];
  if (REGEXPS.bracketOpenCharacter.test(between)) return [{ left, right, kind: 'actor-first' }];
  return null;
}

/** Pairs between consecutive mentions (mentions must be in text order). */
export function findPairs(text: string, allMentions: readonly Mention[]): Pair[] {
  const pairs: Pair[] = [];
  const mentions = withoutMakersWork(text, withoutTrailingNicknames(text, allMentions));
  for (let i = 0; i + 1 < mentions.length; i++) {
    const left = mentions[i] as Mention;
    const right = mentions[i + 1] as Mention;
    // "who played General Fairfax": the honorific is part of the character, not of the link.
    const between = text
      .slice(left.end, right.start)
      .replace(right.honorific ? REGEXPS.trailingTitle : /$^/u, '')
      .replace(REGEXPS.suffix.test(left.words.at(-1) ?? '') ? REGEXPS.suffixDot : /$^/u, '')
      .replace(REGEXPS.filmographyAside, '');
    if (
      REGEXPS.asBefore.test(text.slice(Math.max(0, left.start - 4), left.start)) &&
      REGEXPS.asClauseEnd.test(between)
    ) {
      pairs.push({ left, right, kind: 'character-first' });
      continue;
    }
    const group = bracketGroup(text, mentions, i) ?? listGroup(text, mentions, i);
    if (group) {
      pairs.push(...group);
      i += 3;
      continue;
    }
    if (between.length > MAX_LINK_CHARS || between.includes('\n')) continue;
    // "as the Honolulu-based detective": the name is part of a compound adjective.
    const compound = text[right.end] === '-';
    const bracketed = bracketPairs(text, between, left, right, mentions[i + 2]);
    if (bracketed) pairs.push(...bracketed);
    else if (!left.possessive && REGEXPS.reverseLink.test(between))
      pairs.push({ left, right, kind: 'character-first' });
    else if (!left.possessive && REGEXPS.link.test(describedLink(text, between, right)) && !compound) {
      const part = describedName(text, between, right, mentions[i + 2]);
      const next = mentions[i + 2];
      // "plays 26 year old Vietnam vet Travis Bickle": past an adjective and its noun comes the part's name.
      const named =
        part === right && next && REGEXPS.nounGap.test(text.slice(right.end, next.start)) ? next : undefined;
      if (!adjective(text, part)) pairs.push({ left, right: part, kind: 'actor-first' });
      else if (named && !REGEXPS.bracketAfter.test(text.slice(named.end)))
        pairs.push({ left, right: named, kind: 'actor-first' });
    }
    // "Warner Oland's final appearance as Charlie Chan".
    else if (left.possessive && REGEXPS.possessiveLink.test(between) && !compound)
      pairs.push({ left, right, kind: 'actor-first' });
    else if (left.partOf && REGEXPS.isLink.test(between))
      // "In the role of the Genie is Dan Castellaneta": the part comes first.
      pairs.push({ left, right, kind: 'character-first' });
    else if (
      !left.possessive &&
      ((REGEXPS.isLink.test(between) && REGEXPS.clauseEnd.test(text.slice(right.end, right.end + 3))) ||
        (left.words.length >= 2 && REGEXPS.isTheLink.test(between)))
    )
      // "George Segal is the likable Jewish detective, Morris Brummel".
      pairs.push({ left, right: describedName(text, between, right, mentions[i + 2]), kind: 'actor-first' });
    // "the Michael Caine character Sidney Bruhl", "Hanks's character, Forrest".
    else if (REGEXPS.characterNoun.test(between)) pairs.push({ left, right, kind: 'actor-first' });
    // "Hugo Weaving's Agent Smith", "Jon Voight's Manny".
    else if (
      left.possessive &&
      left.words.length >= 2 &&
      (between === ' ' || (right.honorific && /^ \p{Lu}\p{Ll}+\.? $/u.test(between))) &&
      left.roleCues.every((r) => r === 'actor')
    )
      pairs.push({ left, right, kind: 'actor-first', weak: true });
  }
  return pairs;
}

/** "Chewbacca "Chewy" (Peter Mayhew)": the quoted nickname after a part's name is no side of a pair; the name
 *  before it is. */
function withoutTrailingNicknames(text: string, mentions: readonly Mention[]): Mention[] {
  return mentions.filter((m, i) => {
    const prev = mentions[i - 1];
    if (!m.quoted || !prev || prev.possessive) return true;
    return !(
      REGEXPS.nicknameBefore.test(text.slice(prev.end, m.start)) && REGEXPS.nicknameAfter.test(text.slice(m.end))
    );
  });
}
