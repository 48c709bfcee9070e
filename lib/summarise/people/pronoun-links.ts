// Characters cast by a pronoun: "He plays Woody", "his performance as Marnay", "she is terrific as Julie". The
// finder looks for the actor the pronoun stands for.
import type { Mention } from './mentions';
import type { Pair } from './pairs';

/** "He plays Woody", "she stars as Angèle", "his performance as Marnay", "he is fine as Bob": the actor is a
 *  pronoun. */
const PRONOUN_LINK = [
  /\b(?:[Hh]e|[Ss]he)\s+(?:(?:also|now|then|again|here)\s+)?(?:plays|played|portrays|portrayed|(?:stars|starred|is\s+cast|was\s+cast)\s+as)\s+(?:(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,3}(?:named|called)\s+)?$/u,
  /\b(?:[Hh]is|[Hh]er)\s+(?:[\p{Ll}-]+\s+){0,2}(?:performance|turn|portrayal|role)\s+as\s+(?:the\s+)?$/u,
  /** "he has a small supporting role as Lester Bangs", "she is terrific as Julie" — not "he is reincarnated as",
   *  "she has the same name as". */
  /\b(?:[Hh]e|[Ss]he)\s+(?:(?:also|now|then|again|here)\s+)?(?:is|was|has|had|gets|got|gives|delivers|makes)\s+(?:(?![\p{Ll}-]*ed\s|name\s)[\p{Ll}-]+\s+){0,4}as\s+(?:the\s+)?$/u,
];
/** How far before a character the pronoun link may start. */
const PRONOUN_LINK_CHARS = 80;

/** Characters cast by a pronoun ("He plays Woody"), not already in a pair; the finder looks for the actor. */
export function findPronounLinks(text: string, mentions: readonly Mention[], pairs: readonly Pair[]): Mention[] {
  const paired = new Set(pairs.flatMap((p) => [p.left, p.right]));
  return mentions.filter((m) => {
    // "his role as the American-type gangster": a compound adjective, not a name.
    if (paired.has(m) || m.possessive || text[m.end] === '-') return false;
    const before = text.slice(Math.max(0, m.start - PRONOUN_LINK_CHARS), m.start);
    return PRONOUN_LINK.some((re) => re.test(before));
  });
}
