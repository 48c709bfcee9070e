// Loads the sentence corpora the quote models learn from (../shared/data/rt-sentence-snippets) and splits
// them into two fixed halves, so the eval can judge with weights that never saw the picker's training half.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DATA_DIR } from '../eval/shared';

export interface LabelledSentence {
  text: string;
  /** 1 = the model's positive class (subjective / positive polarity), 0 = the other. */
  label: 0 | 1;
}

export type Half = 'A' | 'B';

const SNIPPETS_DIR = resolve(DATA_DIR, 'rt-sentence-snippets');

function readJsonl(file: string): { text: string; label: string }[] {
  return readFileSync(resolve(SNIPPETS_DIR, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { text: string; label: string });
}

/** Opinion snippets (RT critics) = 1 vs plot-summary sentences (IMDb) = 0. */
export function loadSubjectivity(): LabelledSentence[] {
  return readJsonl('subjectivity.jsonl').map((r) => ({ text: r.text, label: r.label === 'subjective' ? 1 : 0 }));
}

/** Rotten Tomatoes pull quotes: fresh = 1, rotten = 0. */
export function loadMovieReviewPolarity(): LabelledSentence[] {
  return readJsonl('mr-rt-polarity.jsonl').map((r) => ({ text: r.text, label: r.label === 'pos' ? 1 : 0 }));
}

/** Which half a sentence falls in: a hash of its normalised text, so the split is fixed, balanced enough, and
 *  puts a snippet that recurs across files (MR and the subjective half share snippets) on the same side. */
export function halfOf(text: string): Half {
  const key = text.toLowerCase().replace(/[^a-z0-9]/g, '');
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % 2 === 0 ? 'A' : 'B';
}

export function inHalf(rows: readonly LabelledSentence[], half: Half): LabelledSentence[] {
  return rows.filter((r) => halfOf(r.text) === half);
}

/** SST-5 sentences (the same kind of RT snippets, re-annotated) as polarity data: 0–1 negative, 3–4 positive,
 *  neutral dropped. SST splits clitics off ("does n't", "film 's"); they are re-attached so the tokens match
 *  MR's and real text's. */
export function loadSstPolarity(): LabelledSentence[] {
  return readFileSync(resolve(SNIPPETS_DIR, 'sst5-sentences.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { text: string; label: number })
    .filter((r) => r.label !== 2)
    .map((r) => ({ text: r.text.replace(/ (n't|'[a-z]+)\b/g, '$1'), label: r.label > 2 ? 1 : 0 }));
}

/** Rotten Tomatoes pull quotes for one 2023 film (a later, differently sourced set than the training
 *  snippets): the shipped models should rate them opinion, fresh ones positive and rotten ones negative. */
export function loadFastXPullQuotes(): LabelledSentence[] {
  return readFileSync(resolve(DATA_DIR, 'rt-critics-fast-x-2023/fastx-reviews.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { review_text: string; fresh_rotten: string })
    .map((r) => ({ text: r.review_text, label: r.fresh_rotten === 'fresh' ? 1 : 0 }));
}
