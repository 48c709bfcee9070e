// A pros-and-cons box ("Pros: Gorgeous screen · Good keyboard / Cons: Short battery life") is the reviewer saying
// in so many words what is good and what is bad. Its items take their side from the heading they sit under, not
// from the verdict model, which reads a bare "Short battery life" as faintly positive. Pure: sentences in, the
// side of each item out.
import type { TextSpan } from '../schema';

const PROS =
  /^(?:pros?|the good(?: stuff)?|good|likes|what we liked?|we liked?|plus(?:es| points)?|positives|highs|strengths|for)$/iu;
const CONS =
  /^(?:cons?|the bad(?: stuff)?|bad|dislikes|what we didn[’']?t like|we didn[’']?t like|minus(?:es)?|negatives|lows|weaknesses|against)$/iu;
/** Lines that end a box: a heading after which the review goes on, a rating or score line, another label
 *  ("Halogen Light Bulb:") and a line with no word in it (a number of a score box). */
const AFTER_BOX =
  /^(?:verdict|the verdict|conclusion|summary|bottom line|final thoughts|specs|specifications|details|additional information|.*\b(?:rating|score))$/iu;
const LABEL = /:$/u;
const WORD = /\p{L}{2}/u;
/** "Pros: light, quiet, cheap" on one line. */
const INLINE = /^(pros?|cons?|the good|the bad|likes|dislikes)\s*:\s*\S/iu;
/** An item is a short line; a sentence longer than this is prose again, and so is a shorter one that ends like
 *  a sentence with more than ITEM_SENTENCE_WORDS words. */
const MAX_ITEM_WORDS = 15;
const ITEM_SENTENCE_WORDS = 6;
/** A box lists a handful of points: past this many lines the section is not a box. */
const MAX_ITEMS = 12;

function words(text: string): number {
  return text.match(/[\p{L}\d]+/gu)?.length ?? 0;
}

function headingSide(text: string): 1 | -1 | 0 {
  const line = text.trim().replace(/[:.]$/u, '').trim();
  if (PROS.test(line)) return 1;
  if (CONS.test(line)) return -1;
  return 0;
}

/** Index of each sentence that is an item of a pros or cons box → +1 (pro) or −1 (con). */
export function prosConsSides(sentences: readonly TextSpan[]): Map<number, 1 | -1> {
  const sides = new Map<number, 1 | -1>();
  let side: 1 | -1 | 0 = 0;
  let items = 0;
  sentences.forEach((sentence, i) => {
    const text = sentence.text.trim();
    const inline = INLINE.exec(text);
    if (inline) {
      sides.set(i, headingSide(inline[1] as string) || 1);
      side = 0;
      return;
    }
    const heading = headingSide(text);
    if (heading !== 0) {
      side = heading;
      items = 0;
      return;
    }
    if (side === 0) return;
    const n = words(text);
    const prose = n > MAX_ITEM_WORDS || (n > ITEM_SENTENCE_WORDS && /[.!?]["”']?$/u.test(text));
    const endsBox = AFTER_BOX.test(text.replace(/[:.]$/u, '')) || LABEL.test(text) || !WORD.test(text);
    if (prose || endsBox || items >= MAX_ITEMS) {
      side = 0;
      return;
    }
    sides.set(i, side);
    items++;
  });
  return sides;
}
