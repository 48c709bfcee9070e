// Cheap textual cues for quote picking: what a quote is about (aspect), whether it gives the plot away
// (spoiler), and whether it leans on the sentence before it (dangling opener). Word lists live in
// lib/summarise/data/quotes-cues.json; this file only matches them.

import { tokenize } from '../../text/tokens';
import cueFile from '../data/quotes-cues.json';

const REGEXPS = {
  /** A personal pronoun or demonstrative whose referent is in an earlier sentence. */
  danglingPronoun: /^["'“‘(]*(he|she|they|him|her|his|hers|their|them|these|those|its)\b/i,
  /** "It" / "This" usually mean the film itself, which is clear on a review page, so they cost less. */
  softPronoun: /^["'“‘(]*(it|it's|this|that)\b/i,
  /** Openers that continue an argument begun earlier ("But…", "Still,…", "Also…"). */
  connective:
    /^["'“‘(]*(and|but|or|so|yet|also|still|however|besides|moreover|then|too|instead|otherwise|meanwhile)\b/i,
  /** Openers of a dependent clause that answers an earlier sentence ("Partly because…", "Which is why…",
   *  "Especially the…"): without that sentence, no claim at all. */
  dependent: /^["'“‘(]*(because|partly|largely|mostly|mainly|which|especially)\b/i,
  question: /\?["'”’)]*$/,
  lowerStart: /^["'“‘(]*\p{Ll}/u,
  /** A sentence that is one quotation from start to end: someone else's words (a blurb, a line of dialogue). */
  wholeQuotation: /^\s*["“][^"“”]+["”][.!?…]?\s*$/,
  /** "Starring: … Director: …": a credits block, two or more "Label:" fields. */
  creditsField: /(?:^|\s)\p{L}[\p{L} ]{1,24}:\s/gu,
  /** Film-classification and running-time notes ("It is rated PG-13 for…", "Running time: 1:52"), page
   *  furniture ("=====", "X-RT-ReviewID:", cookie and newsletter notices), a news agency's rights notice ("This
   *  material may not be published, broadcast, rewritten or redistributed", "… contributed to this report"), a
   *  call to the reader ("What did you think of this week's episode?", "Let us know in the comments") and links
   *  or web addresses ("go to thebookstheygaveme.tumblr.com"), and the publication's disclosure of how it reviews
   *  ("Our critic visits anonymously and the paper pays for all meals", "A review copy was provided by the
   *  publisher", "We may earn a commission"): never a judgement. */
  boilerplate:
    /\b(?:rated\s+(?:g|pg|pg-13|r|nc-17|x)\b|mpaa|running\s+time|runtime|x-[a-z]+-?[a-z]*:|copyright|all rights reserved|may not be (?:published|reproduced|reprinted|copied|broadcast|redistributed)|without (?:prior )?(?:written )?permission|contributed to this report|let us know|what did you think|tell us what you think|share your thoughts|leave a comment|in the comments|cookies?\b|opt[- ]out|newsletter|subscribe|privacy policy|https?:\/\/|www\.|visits? anonymously|pays? for (?:all |its |our |their )?meals|(?:review (?:copy|code|unit|sample)|(?:copy|code|unit|sample) for review)\b|(?:provided|supplied|sent|loaned) (?:to (?:us|me) )?(?:for|by) (?:the )?(?:review|publisher|manufacturer|developer|studio|label)|affiliate links?|earn (?:a )?commission|[a-z\d-]+\.(?:com|org|net|co\.uk|io|info)\b)|={3,}|-{4,}/i,
};

export type Opener = 'dangling' | 'soft' | 'connective' | 'dependent' | 'clean';

export function openerOf(text: string): Opener {
  if (REGEXPS.danglingPronoun.test(text)) return 'dangling';
  if (REGEXPS.dependent.test(text)) return 'dependent';
  if (REGEXPS.connective.test(text)) return 'connective';
  if (REGEXPS.softPronoun.test(text)) return 'soft';
  return 'clean';
}

/** True for credits, ratings boards, running times and page furniture: text that is not the critic's voice. */
export function isBoilerplate(text: string): boolean {
  if (REGEXPS.boilerplate.test(text)) return true;
  return (text.match(REGEXPS.creditsField)?.length ?? 0) >= 2;
}

/** A clause that starts in lower case in otherwise cased text was cut from the middle of a thought. */
export function startsMidThought(text: string): boolean {
  return REGEXPS.lowerStart.test(text);
}

export function isQuotedSpeech(text: string): boolean {
  return REGEXPS.wholeQuotation.test(text);
}

export function isQuestion(text: string): boolean {
  return REGEXPS.question.test(text);
}

/** Cues indexed by their first word, so matching a sentence costs one Map lookup per token. */
type CueIndex = ReadonlyMap<string, string[][]>;

function compile(words: readonly string[]): CueIndex {
  const index = new Map<string, string[][]>();
  for (const w of words) {
    const seq = w.split(' ');
    const head = seq[0] ?? '';
    index.set(head, [...(index.get(head) ?? []), seq]);
  }
  return index;
}

const ASPECT_CUES: [string, CueIndex][] = cueFile.aspectOrder.map((aspect) => [
  aspect,
  compile((cueFile.aspects as Record<string, string[]>)[aspect] ?? []),
]);
const SPOILER_CUES = compile(cueFile.spoilers);
/** The aspect of last resort: a quote that only says "the film" is about the film as a whole. */
const OVERALL = 'overall';

/** Tokens without the NOT_ prefix, so "not the best acting" still says "acting". */
export function plainTokens(text: string): string[] {
  return withoutNegation(tokenize(text));
}

export function withoutNegation(tokens: readonly string[]): string[] {
  return tokens.map((t) => (t.startsWith('NOT_') ? t.slice(4) : t));
}

function countHits(tokens: readonly string[], cues: CueIndex): number {
  let hits = 0;
  for (let i = 0; i < tokens.length; i++) {
    for (const cue of cues.get(tokens[i] ?? '') ?? []) {
      if (cue.every((w, j) => tokens[i + j] === w)) hits++;
    }
  }
  return hits;
}

/** The aspect with most cue hits (ties go to the earlier, more specific one); "overall" only when nothing
 *  more specific is named; null when the quote names no aspect at all. */
export function aspectOf(tokens: readonly string[]): string | null {
  let best: string | null = null;
  let bestHits = 0;
  for (const [aspect, cues] of ASPECT_CUES) {
    if (aspect === OVERALL && best) break;
    const hits = countHits(tokens, cues);
    if (hits > bestHits) {
      best = aspect;
      bestHits = hits;
    }
  }
  return best;
}

export function mentionsSpoiler(tokens: readonly string[]): boolean {
  return countHits(tokens, SPOILER_CUES) > 0;
}
