// A buyer's guide or "best of" roundup repeats a block per item — heading, the publication's rating, a paragraph —
// just as a page of customer reviews does. But its blocks review different things, so they are no list of
// reviews of one item: no count, average or spread of them means anything. What gives a roundup away is its
// headings: they rank the items ("1. Sonora Q5", "#2 Aria Buds") or award them ("Best overall: Sonora Q5",
// "Budget pick – Tonic 2"), where customer reviews are headed by their own titles ("Great sound").

/** A heading that ranks its item: "1. Name", "2) Name", "3 – Name", "#3 Name", "No. 4: Name". A bare number and a
 *  space ("5 stars", "2 weeks in") is no rank: customer reviews are titled so. */
const RANKED = /^\s*(?:(?:#|no\.)\s*(\d{1,3})[.):]?|(\d{1,3})(?:[.):]|\s+[-–—]))\s*\S/i;
/** A heading that awards its item a place in the guide. */
const AWARD =
  /^\s*(?:(?:the\s+)?best\b[^:–—|]{0,40}|top pick|our pick|budget pick|premium pick|upgrade pick|runner[- ]up|editor['’]s choice|also great)\s*[:–—|]\s*\S/i;
/** Share of the blocks whose heading must rank or award an item for the blocks to be a roundup. */
const MIN_HEADED_SHARE = 0.75;

function headingOf(block: Element): string {
  return block.querySelector('h1, h2, h3, h4, h5, h6')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Whether the blocks are the items of a roundup: most are headed by a rank that counts up one by one (1, 2, 3…)
 *  or by an award. */
export function isRoundup(blocks: readonly Element[]): boolean {
  if (blocks.length < 2) return false;
  const headings = blocks.map(headingOf);
  const ranks = headings
    .map((h) => {
      const m = RANKED.exec(h);
      return m ? (m[1] ?? m[2]) : undefined;
    })
    .filter((r): r is string => r !== undefined)
    .map(Number);
  const counting = ranks.every((r, i) => i === 0 || r === (ranks[i - 1] as number) + 1);
  if (counting && ranks.length >= MIN_HEADED_SHARE * blocks.length) return true;
  return headings.filter((h) => AWARD.test(h)).length >= MIN_HEADED_SHARE * blocks.length;
}
