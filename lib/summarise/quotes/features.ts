// Sentence features shared by the quote models' training (scripts/) and inference (lib/), so both see exactly
// the same thing: the negation-scoped tokens of tokens.ts plus adjacent-token bigrams, each counted once.
import { tokenize } from '../../text/tokens';

/** Unigrams and bigrams of one sentence, de-duplicated (presence, not counts: a word said twice in one
 *  sentence is no more opinionated than once, and binary features suit the short snippets we train on). */
export function sentenceFeatures(text: string): string[] {
  return featuresOf(tokenize(text));
}

/** The same features from tokens already made (the picker tokenises each candidate once). */
export function featuresOf(tokens: readonly string[]): string[] {
  const out = new Set<string>(tokens);
  for (let i = 1; i < tokens.length; i++) out.add(`${tokens[i - 1]} ${tokens[i]}`);
  return [...out];
}
