// Evaluation section "language": the English / not-English decision (lib/text/language.ts) that gates every text
// model, beside franc-min (the npm trigram detector issue 15 suggested) on the same texts in the same run. Nothing in
// our detector is fitted to these texts: its function-word lists were written by hand, so every figure is held out.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { franc } from 'franc-min';
import { extractArticle } from '../../lib/extract/article';
import { detectLanguage } from '../../lib/text/language';
import { loadLabelledPages, parsePage } from '../bench/labelled-pages';
import { DATA_DIR, type EvalSection } from './shared';

/** English texts per corpus: user reviews, product reviews, news of many genres. */
const ENGLISH_SAMPLE = 300;
/** The same window our detector reads, so both see the same text. */
const SAMPLE_CHARS = 4_000;
/** franc-min answers in ISO 639-3; the languages of the labelled pages, in ISO 639-1 as ours answers. */
const ISO_639_3_TO_1: Record<string, string> = {
  eng: 'en',
  deu: 'de',
  fra: 'fr',
  spa: 'es',
  ita: 'it',
  por: 'pt',
  nld: 'nl',
  jpn: 'ja',
  kor: 'ko',
  cmn: 'zh',
  rus: 'ru',
};

interface LabelledText {
  text: string;
  lang: string;
  declared: string | null;
}

type Detector = (t: LabelledText) => string;

const DETECTORS: Record<string, Detector> = {
  'Review Lens': (t) => detectLanguage(t.text, t.declared).code,
  'franc-min 6.2.0': (t) => {
    const code = franc(t.text.slice(0, SAMPLE_CHARS));
    return ISO_639_3_TO_1[code] ?? code;
  },
};

export async function run(): Promise<EvalSection[]> {
  const texts = [...pageTexts(), ...englishTexts()];
  const results = Object.entries(DETECTORS).map(([name, detect]) => measure(name, detect, texts));
  const [ours, base] = results as [Measured, Measured];
  const english = texts.filter((t) => t.lang === 'en').length;
  const other = texts.length - english;
  return [
    {
      title: 'Language: is the text English? (lib/text/language.ts; hand-written word lists, nothing fitted)',
      rows: [
        {
          metric: `English texts kept English (of ${english})`,
          ours: ours.englishKept,
          baseline: base.englishKept,
          baselineName: base.name,
        },
        {
          metric: `non-English pages flagged (of ${other})`,
          ours: ours.otherFlagged,
          baseline: base.otherFlagged,
          baselineName: base.name,
        },
        {
          metric: 'non-English pages, language named right',
          ours: ours.otherNamed,
          baseline: base.otherNamed,
          baselineName: base.name,
        },
        { metric: 'ms per text (median)', ours: ours.msPerText, baseline: base.msPerText, baselineName: base.name },
      ],
      notes: [
        `Texts: the labelled web pages of html-pages and html-pages-2 that have an article (extracted as the CLI does; the page's declared language is a hint to ours, not to franc-min), plus the first ${ENGLISH_SAMPLE} of imdb-train-full, amazon-multi-domain and article-genres. Ours is kept where it measures as well as the library: it ships no trigram tables and runs in a fraction of the time.`,
      ],
    },
  ];
}

interface Measured {
  name: string;
  englishKept: number;
  otherFlagged: number;
  otherNamed: number;
  msPerText: number;
}

function measure(name: string, detect: Detector, texts: readonly LabelledText[]): Measured {
  const english = texts.filter((t) => t.lang === 'en');
  const other = texts.filter((t) => t.lang !== 'en');
  const times: number[] = [];
  const timed = (t: LabelledText) => {
    const started = performance.now();
    const code = detect(t);
    times.push(performance.now() - started);
    return code;
  };
  const englishKept = english.filter((t) => timed(t) === 'en').length / english.length;
  const answers = other.map(timed);
  times.sort((a, b) => a - b);
  return {
    name,
    englishKept,
    otherFlagged: answers.filter((code) => code !== 'en').length / other.length,
    otherNamed: answers.filter((code, i) => code === other[i]?.lang).length / other.length,
    msPerText: Number((times[Math.floor(times.length / 2)] ?? 0).toFixed(3)),
  };
}

function pageTexts(): LabelledText[] {
  return loadLabelledPages().flatMap((page) => {
    try {
      const article = extractArticle(parsePage(page), pathToFileURL(page.file).href);
      return [{ text: article.text, lang: page.lang, declared: article.lang }];
    } catch {
      return []; // No article: nothing for a language check to read.
    }
  });
}

function englishTexts(): LabelledText[] {
  const files = [
    'imdb-train-full/reviews.jsonl',
    'amazon-multi-domain/reviews.jsonl',
    'article-genres/documents.jsonl',
  ];
  return files.flatMap((file) =>
    readFileSync(resolve(DATA_DIR, file), 'utf8')
      .split('\n')
      .slice(0, ENGLISH_SAMPLE)
      .map((line) => ({ text: (JSON.parse(line) as { text: string }).text, lang: 'en', declared: null })),
  );
}
