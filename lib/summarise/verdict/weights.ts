// The weights file's compact encoding (data/verdict-model.json, written by scripts/train/verdict.ts): sorted
// FNV-1a feature hashes stored as gaps, each head's weights as one symbol per hash on a logarithmic level
// scale, and the sentiment lexicon by valence. Shared with the trainer, which writes what this reads.

/** The symbols of the weights file: printable ASCII that JSON stores as itself ('#' … '~' less the
 *  backslash), 91 of them, so one character holds a weight level and three hold a hash gap. */
export const SYMBOLS: string = Array.from({ length: 0x7e - 0x23 + 1 }, (_, i) => String.fromCharCode(0x23 + i))
  .filter((c) => c !== '\\')
  .join('');
/** Characters per hash gap: 91³ ≈ 750,000, far above the mean gap of ~10⁵ hashes spread over 2³². */
export const GAP_DIGITS = 3;
/** The largest gap code means "move on by this much, no feature here", for the (vanishingly rare) longer gap. */
export const GAP_SKIP = SYMBOLS.length ** GAP_DIGITS - 1;
/** The weight symbol that stands for 0; symbols above and below it are positive and negative levels. */
export const ZERO_LEVEL = (SYMBOLS.length - 1) / 2;

/** A head's weight scale: level k ≠ 0 means sign(k) · lo · ratio^(|k| − 1). Logarithmic steps keep small
 *  and large weights to the same relative precision (±(√ratio − 1), about ±4%), which cross-validation
 *  showed moves no accuracy figure by more than 0.001. */
export interface WeightScale {
  lo: number;
  ratio: number;
}

/** The weight of level k (−ZERO_LEVEL … ZERO_LEVEL) on a head's scale. Shared with the trainer. */
export function levelWeight(k: number, scale: WeightScale): number {
  return k === 0 ? 0 : Math.sign(k) * scale.lo * scale.ratio ** (Math.abs(k) - 1);
}

/**
 * FNV-1a (32-bit) of a feature string. The weights file stores hashes, not the features themselves, so four
 * times as many weights fit the size budget; at ~10⁵ stored of 2³² values a stray collision is negligible.
 */
export function featureHash(feature: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) h = Math.imul(h ^ feature.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Value of each symbol by char code (−1: not a symbol). */
const SYMBOL_VALUE: Int8Array = (() => {
  const out = new Int8Array(128).fill(-1);
  for (let i = 0; i < SYMBOLS.length; i++) out[SYMBOLS.charCodeAt(i)] = i;
  return out;
})();

/** Reads the sorted feature hashes of the weights file: GAP_DIGITS symbols per gap from the previous hash.
 *  A typed array searched by bisection (indexOfHash), not a Map: building a Map of every entry cost
 *  a fresh worker noticeably more time on the way to its first summary. */
export function decodeHashes(gaps: string): Uint32Array {
  const out = new Uint32Array(Math.floor(gaps.length / GAP_DIGITS));
  let count = 0;
  let hash = 0;
  for (let i = 0; i + GAP_DIGITS <= gaps.length; i += GAP_DIGITS) {
    let gap = 0;
    for (let d = 0; d < GAP_DIGITS; d++) gap = gap * SYMBOLS.length + (SYMBOL_VALUE[gaps.charCodeAt(i + d)] ?? 0);
    hash += gap;
    if (gap !== GAP_SKIP) out[count++] = hash;
  }
  return out.subarray(0, count);
}

/** Position of a hash in the sorted hashes, or −1. */
export function indexOfHash(hashes: Uint32Array, hash: number): number {
  let lo = 0;
  let hi = hashes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const value = hashes[mid] as number;
    if (value === hash) return mid;
    if (value < hash) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Reads one head's weights: one symbol per stored hash, in hash order. A plain loop over a 91-entry table
 *  (Float64Array.from over the string's iterator was much slower on a cold start). */
export function decodeLevels(symbols: string, scale: WeightScale): Float64Array {
  const weightOf = Float64Array.from({ length: SYMBOLS.length }, (_, k) => levelWeight(k - ZERO_LEVEL, scale));
  const out = new Float64Array(symbols.length);
  for (let i = 0; i < symbols.length; i++) out[i] = weightOf[SYMBOL_VALUE[symbols.charCodeAt(i)] ?? ZERO_LEVEL] ?? 0;
  return out;
}

/** Reads the lexicon of the weights file: per valence, its words one space apart. */
export function decodeLexicon(byValence: Readonly<Record<string, string>>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [valence, words] of Object.entries(byValence)) {
    for (const w of words.split(' ')) if (w) out.set(w, Number(valence));
  }
  return out;
}
