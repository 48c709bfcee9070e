// verdict.aspects: the two or three things a review praises or criticises most ("battery life: negative"), each
// with the verbatim sentence it rests on. The aspect lexicon (aspects/) says what a sentence is about; the verdict
// model read on that one sentence (sentencePolarity) says which way it leans. Pure: sentences in, aspects out.
import type { ReviewKind, TextSpan, Verdict } from '../schema';
import { PICTURE_CAPTION } from '../text/picture-credit';
import { aspectsIn, domainOfKind, textDomain } from './aspects';
import { prosConsSides } from './pros-cons';
import { sentencePolarity } from './verdict';

/** At most this many aspects: the ones a reader would name first. */
export const MAX_VERDICT_ASPECTS = 3;
/** A sentence leaning less than this (polarity in −1…1, the verdict model on the sentence alone) takes no side
 *  on what it names: plot description, specs, "the battery is 4000 mAh". Shared with a list's praise and
 *  complaint quotes. On the Hu & Liu customer-review sentences (held out, 5-fold CV) the sentences read as
 *  positive are 0.858 positive at lean 0 and 0.926 at 0.3, those read as negative 0.812 and 0.905. */
export const MIN_SENTENCE_LEAN = 0.3;
/** A review longer than this many sentences is read for aspects in its first part only: enough to see what it
 *  judges, and the per-sentence model stays cheap on long pages. */
const MAX_SENTENCES_READ = 400;
/** A one-word line judges nothing; two words can ("Great sound.", a pros-and-cons item). */
const MIN_SENTENCE_WORDS = 2;
/** A heading: a line in title case with no sentence end ("Performance", "Reliability & Quality", "Comfort and
 *  Equipment"); the small words a title leaves in lower case. */
const SENTENCE_END = /[.!?…"”')]\s*$/u;
const TITLE_SMALL_WORDS = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'to', 'a', 'an', 'or', 'vs', 'with']);

type VerdictAspect = Verdict['aspects'][number];

interface Tally {
  /** Sum of the leaning sentences' polarities: its sign is the aspect's side, its size how much the review says. */
  lean: number;
  best: { sentence: TextSpan; polarity: number } | null;
}

/** The aspects a review judges most, strongest first, each on the side its sentences lean to overall. */
export function aspectVerdicts(sentences: readonly TextSpan[], kind?: ReviewKind): VerdictAspect[] {
  const read = sentences.slice(0, MAX_SENTENCES_READ);
  const domain = domainOfKind(kind) ?? textDomain(read.map((s) => s.text));
  const tallies = new Map<string, Tally>();
  // A pros-and-cons box says which side each of its items is on; the model reads the rest.
  const boxed = prosConsSides(read);
  for (const [i, sentence] of read.entries()) {
    const named = aspectsIn(sentence.text, domain);
    if (named.length === 0 || (!boxed.has(i) && !judges(sentence.text))) continue;
    const score = boxed.get(i) ?? sentencePolarity(sentence.text).score;
    if (Math.abs(score) < MIN_SENTENCE_LEAN) continue;
    for (const aspect of named) tallyInto(tallies, aspect, sentence, score);
  }
  const ranked = [...tallies.entries()]
    .filter(([, t]) => t.best !== null && Math.sign(t.best.polarity) === Math.sign(t.lean))
    .sort((a, b) => Math.abs(b[1].lean) - Math.abs(a[1].lean));
  // One sentence backs one aspect: a sentence naming several is one judgement read several ways ("the sound
  // design is superb" is not a verdict on sound and on design), and its single polarity cannot tell which of
  // them a "but" turned against.
  const used = new Set<number>();
  const out: VerdictAspect[] = [];
  for (const [aspect, t] of ranked) {
    const sentence = (t.best as NonNullable<Tally['best']>).sentence;
    if (out.length === MAX_VERDICT_ASPECTS || used.has(sentence.start)) continue;
    used.add(sentence.start);
    out.push({ aspect, label: t.lean > 0 ? 'positive' : 'negative', sentence });
  }
  return out;
}

/** Whether a sentence can judge what it names: not a heading or a lone word, not a picture's caption ("Photo:
 *  Courtesy of Atria Books" names no aspect of the thing reviewed). */
function judges(text: string): boolean {
  const words = text.match(/\p{L}+/gu) ?? [];
  return words.length >= MIN_SENTENCE_WORDS && !isHeading(text, words) && !PICTURE_CAPTION.test(text);
}

function isHeading(text: string, words: readonly string[]): boolean {
  return !SENTENCE_END.test(text) && words.every((w) => /^\p{Lu}/u.test(w) || TITLE_SMALL_WORDS.has(w));
}

/** Adds one leaning sentence to an aspect; the sentence kept is the one leaning hardest the way the aspect does. */
function tallyInto(tallies: Map<string, Tally>, aspect: string, sentence: TextSpan, polarity: number): void {
  const t = tallies.get(aspect) ?? { lean: 0, best: null };
  t.lean += polarity;
  const sameSide = Math.sign(polarity) === Math.sign(t.lean);
  if (sameSide && (t.best === null || Math.abs(polarity) > Math.abs(t.best.polarity))) t.best = { sentence, polarity };
  if (t.best && Math.sign(t.best.polarity) !== Math.sign(t.lean)) t.best = sameSide ? { sentence, polarity } : null;
  tallies.set(aspect, t);
}
