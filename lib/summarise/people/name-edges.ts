// Where a capitalised run's name starts and ends: sentence words, honorifics and role nouns come off the front
// ("But Mr. Bauer", "Director Wes Craven"); a function word or a hyphenated aside cuts the tail ("SWTE. He
// directed", "(Werner Krauss-he remained in Germany)").
import type { PersonRole } from '../../schema';
import { CUES } from './cues';
import type { PeopleLexicon } from './lexicon';
import { nameKey } from './names';

/** Longest known full name looked for at the start of a run ("Tommy Lee Jones"). */
const MAX_KNOWN_NAME_WORDS = 3;
const ROLE_NOUNS = new Set(Object.keys(CUES.roleNounsBefore));
/** Auxiliaries that open a question and are also given names ("Will", "May"). */
const QUESTION_AUXILIARIES = new Set(['will', 'may']);
const REGEXPS = {
  hyphenTail: /^(.+?)-+(\p{Ll}[\p{L}-]*)$/u,
  /** What precedes the first word of a sentence, a heading or a quotation. */
  sentenceStart: /(?:^|[.!?:;"“”\n]|--)\s*$/u,
  bracketBefore: /\(\s*$/u,
  bracketAfter: /^\s*\(/u,
  /** The sentence from here ends with a question mark. */
  questionAhead: /^[^.!?\n]{1,200}\?/u,
};

export interface LeadingWords {
  /** The run's words from the first one that belongs to the name. */
  words: string[];
  /** Offset of the first kept word. */
  begin: number;
  /** Preceded by "Mr.", "Aunt", "Detective" … */
  honorific: boolean;
  /** Roles of dropped role nouns ("Director Wes Craven"). */
  roleCues: PersonRole[];
  /** A lone ordinary word opening a sentence ("Chambers", "Stone"): a surname at most, never a first name. */
  ordinaryWord: boolean;
}

/** Whether the run's first two or three words are a known person's full name. */
function opensKnownName(words: readonly string[], lexicon: PeopleLexicon): boolean {
  for (let n = 2; n <= Math.min(MAX_KNOWN_NAME_WORDS, words.length); n++) {
    if (lexicon.knownPeople.has(nameKey(words.slice(0, n).join(' ')))) return true;
  }
  return false;
}

/** Drops sentence words, honorifics ("Mr. Bauer") and role nouns ("Director Wes Craven") from the front. */
export function stripLeadingWords(
  rawWords: string[],
  start: number,
  text: string,
  lexicon: PeopleLexicon,
): LeadingWords {
  const words = [...rawWords];
  const out: LeadingWords = { words, begin: start, honorific: false, roleCues: [], ordinaryWord: false };
  // A word next to a bracket is a name even when it is also an ordinary word: "Woody (Tom Hanks)".
  const bracketed =
    REGEXPS.bracketBefore.test(text.slice(Math.max(0, start - 2), start)) ||
    REGEXPS.bracketAfter.test(text.slice(start + rawWords.join(' ').length));
  // Mid-sentence, a capitalised ordinary word is part of the name ("actors Robin Williams and Christian Bale");
  // at a sentence start it is only the sentence's first word ("Although Voight").
  let sentenceStart = REGEXPS.sentenceStart.test(text.slice(Math.max(0, start - 3), start));
  while (words.length > (bracketed ? 1 : 0)) {
    const w = (words[0] as string).toLowerCase().replace(/\.$/u, '');
    const isFirstName = lexicon.firstNames.has(w);
    // "Guy Pearce plays the villain": an ordinary word that opens a known full name is its given name.
    const ordinaryStart =
      sentenceStart && lexicon.commonWords.has(w) && !isFirstName && !opensKnownName(words, lexicon);
    // "Will Ash and Sam be able to …?": a question's opening auxiliary, though also a given name.
    const questionWord = sentenceStart && QUESTION_AUXILIARIES.has(w) && REGEXPS.questionAhead.test(text.slice(start));
    const sentenceWord = lexicon.functionWords.has(w) || lexicon.notNameWords.has(w) || ordinaryStart || questionWord;
    // "Chambers is fine as Rose": an ordinary word alone at a sentence start may still be a surname.
    if (words.length === 1 && ordinaryStart && !lexicon.functionWords.has(w) && !lexicon.notNameWords.has(w)) {
      out.ordinaryWord = true;
      break;
    }
    if (lexicon.honorifics.has(w)) out.honorific = true;
    // "Director Wes Craven" opens a sentence; mid-sentence, "Star Wars" is a title, not a role.
    else if (ROLE_NOUNS.has(w) && (sentenceStart || /^\p{Ll}/u.test(words[0] as string)))
      out.roleCues.push(CUES.roleNounsBefore[w] as PersonRole);
    else if (!sentenceWord) break;
    out.begin += (words[0] as string).length + 1;
    words.shift();
    // "But Robin Williams": once the sentence's first word is gone, the rest is mid-sentence.
    sentenceStart = false;
  }
  return out;
}

/** Cuts the tail in place: "SWTE. He directed", "The Man With No Name": a function word ends the name. "(Werner
 *  Krauss-he remained in Germany)", "(Iben Hjejle-a Danish actress)": a hyphen before a lower-case word starts
 *  the critic's aside. */
export function trimTail(words: string[], lexicon: PeopleLexicon): void {
  const functionAt = words.findIndex((w) => lexicon.functionWords.has(w.toLowerCase()));
  if (functionAt >= 0) words.splice(functionAt);
  const asideAt = words.findIndex((w) => {
    // "Zhou Ren-ying", "Chiang Bi-yu": a syllable of the name, not an ordinary word, follows the hyphen.
    const tail = REGEXPS.hyphenTail.exec(w)?.[2]?.split('-')[0] ?? '';
    return lexicon.functionWords.has(tail) || lexicon.commonWords.has(tail);
  });
  if (asideAt >= 0) {
    words.splice(asideAt + 1);
    words[asideAt] = REGEXPS.hyphenTail.exec(words[asideAt] as string)?.[1] ?? '';
  }
}
