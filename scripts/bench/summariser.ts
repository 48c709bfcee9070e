// Time per review of the pure summariser in Node, and of the CLI's HTML path (linkedom + Readability).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { articleFromText, extractArticle } from '../../lib/extract/article';
import { summarise } from '../../lib/pipeline';
import { countWords } from '../../lib/text/sentences';
import { DATA_DIR, dataAvailable } from '../eval/shared';
import { loadLabelledPages } from './labelled-pages';

const ROOT = resolve(import.meta.dirname, '../..');
/** Warm-up runs before timing: the first calls pay for JIT compilation and model loading. */
const WARMUP_RUNS = 20;
/** How many dev reviews to time: enough for a stable median in a few seconds. */
const MAX_REVIEWS = 600;

export interface Timing {
  label: string;
  medianMs: number;
  p90Ms: number;
  n: number;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

function time(label: string, inputs: string[], fn: (input: string) => unknown): Timing {
  for (let i = 0; i < WARMUP_RUNS; i++) fn(inputs[i % inputs.length] as string);
  const ms: number[] = [];
  for (const input of inputs) {
    const t = performance.now();
    fn(input);
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return { label, medianMs: quantile(ms, 0.5), p90Ms: quantile(ms, 0.9), n: ms.length };
}

/** Full-length critic reviews from the scale dataset (real casing), else the bundled example's text. */
function reviewTexts(): string[] {
  if (!dataAvailable()) return [readFileSync(join(ROOT, 'examples/film-review.html'), 'utf8').replace(/<[^>]+>/g, ' ')];
  const base = join(DATA_DIR, 'pang-lee-scale-v1/scale_whole_review');
  const out: string[] = [];
  for (const critic of readdirSync(base).sort()) {
    const dir = join(base, critic, 'txt.parag');
    for (const f of readdirSync(dir).sort()) {
      if (out.length >= MAX_REVIEWS) return out;
      out.push(readFileSync(join(dir, f), 'utf8'));
    }
  }
  return out;
}

function htmlPages(): string[] {
  const example = readFileSync(join(ROOT, 'examples/film-review.html'), 'utf8');
  if (!dataAvailable()) return [example];
  return [example, ...loadLabelledPages().map((p) => readFileSync(p.file, 'utf8'))];
}

export function benchSummariser(): Timing[] {
  const texts = reviewTexts();
  const words = texts.map(countWords).sort((a, b) => a - b);
  const thousandWords = texts.filter((t) => {
    const w = countWords(t);
    return w >= 800 && w <= 1200;
  });
  const timings = [
    time(`summarise(), full critic reviews (median ${quantile(words, 0.5)} words)`, texts, (t) =>
      summarise(articleFromText(t)),
    ),
  ];
  if (thousandWords.length) {
    timings.push(time('summarise(), reviews of 800–1,200 words', thousandWords, (t) => summarise(articleFromText(t))));
  }
  timings.push(
    time('HTML page → summary (linkedom + Readability + summarise)', htmlPages(), (html) => {
      try {
        summarise(extractArticle(parseHTML(html).document as unknown as Document, 'https://example.org/'));
      } catch {
        // Pages without an article still cost their extraction time.
      }
    }),
  );
  return timings;
}
