// Builds list pages (many reviews on one page) from the development data, in memory, for `npm run eval -- lists`:
// Amazon product reviews (amazon-multi-domain, one domain per page) and IMDB user reviews (imdb-train-full, one
// film per page; the 1,799 reviews of the verdict model's training sample are left out). Each page is written in
// one markup (scripts/data/list-markups.ts) around the same page furniture: navigation, a product description or
// plot summary, an aggregate widget with a histogram, a carousel of other items with their own star ratings.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DATA_DIR } from '../eval/shared';

export interface SourceReview {
  id: string;
  title: string | null;
  /** The review's words, one paragraph per line. */
  text: string;
  rating: number;
  best: number;
  /** Which side the reviewer's own rating puts it on (the datasets hold no middle ratings). */
  side: 'positive' | 'negative';
  author: string;
  date: string;
}

export interface ListPageSpec {
  id: string;
  source: 'amazon' | 'imdb';
  /** What the page is about: a product name or a film's page title. */
  item: string;
  reviews: SourceReview[];
}

/** Page sizes drawn for the built pages: lists from two reviews (the smallest list) to a long page. */
const PAGE_SIZES = [2, 3, 5, 8, 12, 20, 30, 45] as const;
const NAMES = ['Jordan K.', 'M. Ortiz', 'Pat', 'Sasha Lee', 'Chris_88', 'A. Nguyen', 'Robin', 'Dee', 'Kim P.', 'Alex'];
const MONTHS = ['January', 'March', 'April', 'June', 'August', 'October', 'December'];

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The same words posted twice (the datasets hold a few reposts) would be one review shown twice. */
function distinctTexts<T extends { text: string }>(rows: readonly T[]): T[] {
  const seen = new Set<string>();
  return rows.filter((r) => {
    const k = r.text.toLowerCase().replace(/\s+/g, ' ');
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function readJsonl<T>(path: string): T[] {
  return readFileSync(resolve(DATA_DIR, path), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

function furniture(random: () => number): { author: string; date: string } {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)] as T;
  return {
    author: pick(NAMES),
    date: `${pick(MONTHS)} ${1 + Math.floor(random() * 28)}, ${2015 + Math.floor(random() * 10)}`,
  };
}

interface AmazonRow {
  id: string;
  domain: string;
  rating: number;
  title: string;
  text: string;
  product: string;
}

interface ImdbRow {
  id: string;
  rating: number;
  text: string;
  imdb_url: string;
}

function amazonPages(count: number, random: () => number): ListPageSpec[] {
  const byDomain = new Map<string, AmazonRow[]>();
  for (const row of readJsonl<AmazonRow>('amazon-multi-domain/reviews.jsonl')) {
    byDomain.set(row.domain, [...(byDomain.get(row.domain) ?? []), row]);
  }
  const domains = [...byDomain.keys()].sort();
  return Array.from({ length: count }, (_, p) => {
    const rows = byDomain.get(domains[p % domains.length] as string) ?? [];
    const size = PAGE_SIZES[Math.floor(random() * PAGE_SIZES.length)] as number;
    const chosen = distinctTexts(shuffle(rows, random)).slice(0, size);
    return {
      id: `amazon-${p}`,
      source: 'amazon',
      item: (chosen[0]?.product ?? 'Product').split(':')[0] as string,
      reviews: chosen.map((r) => ({
        id: r.id,
        title: r.title || null,
        text: r.text.replace(/\n{2,}/g, '\n'),
        rating: r.rating,
        best: 5,
        side: r.rating >= 4 ? 'positive' : 'negative',
        ...furniture(random),
      })),
    };
  });
}

/** The verdict model was trained on the IMDB sample (drawn from the same train split): its reviews stay out. */
function imdbTrainingIds(): Set<string> {
  const rows = readJsonl<{ file: string }>('imdb-large-movie-review-sample/index.jsonl');
  return new Set(rows.map((r) => r.file.replace(/^aclImdb\//, '').replace(/\.txt$/, '')));
}

function imdbPages(count: number, random: () => number): ListPageSpec[] {
  const trained = imdbTrainingIds();
  const byFilm = new Map<string, ImdbRow[]>();
  for (const row of readJsonl<ImdbRow>('imdb-train-full/reviews.jsonl')) {
    if (trained.has(row.id)) continue;
    byFilm.set(row.imdb_url, [...(byFilm.get(row.imdb_url) ?? []), row]);
  }
  const films = shuffle([...byFilm.keys()].filter((f) => (byFilm.get(f)?.length ?? 0) >= 2).sort(), random).slice(
    0,
    count,
  );
  return films.map((film, p) => {
    const size = PAGE_SIZES[Math.floor(random() * PAGE_SIZES.length)] as number;
    const chosen = distinctTexts(shuffle(byFilm.get(film) ?? [], random)).slice(0, size);
    return {
      id: `imdb-${p}`,
      source: 'imdb',
      item: `User reviews — ${film.replace(/^.*title\/(tt\d+).*$/, '$1')}`,
      reviews: chosen.map((r) => ({
        id: r.id,
        title: null,
        text: r.text.replace(/<br\s*\/?>(\s*<br\s*\/?>)*/gi, '\n').trim(),
        rating: r.rating,
        best: 10,
        side: r.rating >= 7 ? 'positive' : 'negative',
        ...furniture(random),
      })),
    };
  });
}

/** `perSource` Amazon pages and as many IMDB pages, the same for every markup that renders them (seeded). */
export function listPageSpecs(perSource: number, seed: number): ListPageSpec[] {
  const random = mulberry32(seed);
  return [...amazonPages(perSource, random), ...imdbPages(perSource, random)];
}

/** One synthetic page of `size` Amazon reviews (for the timing rows: a 200-review page, a 3,000-review page). */
export function bigPageSpec(size: number, seed: number): ListPageSpec {
  const random = mulberry32(seed);
  const rows = readJsonl<AmazonRow>('amazon-multi-domain/reviews.jsonl');
  const chosen = Array.from({ length: size }, () => rows[Math.floor(random() * rows.length)] as AmazonRow);
  return {
    id: `amazon-big-${size}`,
    source: 'amazon',
    item: 'Big page',
    reviews: chosen.map((r, i) => ({
      id: `${r.id}#${i}`,
      title: r.title || null,
      // Drawn with replacement: the copy number keeps repeated reviews distinct, as different people's are.
      text: `${r.text.replace(/\n{2,}/g, '\n')} (#${i})`,
      rating: r.rating,
      best: 5,
      side: r.rating >= 4 ? 'positive' : 'negative',
      ...furniture(random),
    })),
  };
}
