// Issue 19's browser target: the list badge on list pages in Chromium. The built extension loads each
// development list page from a neutral address (no URL cue) and the badge must show the list ("… · N reviews").
// Pages: the built list pages of the development markups (scripts/data/list-markups.ts, a few per markup) and
// the saved review-list pages of html-pages-2. The held-out markups are not run here.
// Standalone: `npx tsx scripts/bench/list-badges.ts` (after `npm run build`; needs ../shared/data).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, type PageMap } from '../../tests/e2e/harness';
import { DEV_MARKUPS } from '../data/list-markups';
import { listPageSpecs } from '../data/list-pages';
import { DATA_DIR, dataAvailable } from '../eval/shared';

/** Two Amazon and two IMDB pages per markup: enough to see a markup fail, cheap enough for a shared machine. */
const PAGES_PER_SOURCE = 2;
const SEED = 20261206;
/** A page whose badge has not appeared by then counts as a miss. */
const BADGE_WAIT_MS = 6_000;

interface Case {
  name: string;
  html: string;
  /** How many reviews the page shows (null when unknown). */
  reviews: number | null;
}

export interface ListBadgeResult {
  pages: number;
  listBadges: number;
  countExact: number;
  misses: string[];
}

function cases(): Case[] {
  const out: Case[] = [];
  const specs = listPageSpecs(PAGES_PER_SOURCE, SEED);
  for (const markup of DEV_MARKUPS) {
    for (const spec of specs) {
      out.push({ name: `${markup.name}/${spec.id}`, html: markup.render(spec), reviews: spec.reviews.length });
    }
  }
  const index = readFileSync(resolve(DATA_DIR, 'html-pages-2/index.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { path: string; label: string; reviews_on_page?: number });
  for (const row of index.filter((r) => r.label === 'review-list')) {
    out.push({
      name: `html-pages-2/${row.path}`,
      html: readFileSync(resolve(DATA_DIR, 'html-pages-2', row.path, 'source.html'), 'utf8'),
      reviews: row.reviews_on_page ?? null,
    });
  }
  return out;
}

export async function benchListBadges(): Promise<ListBadgeResult | null> {
  if (!dataAvailable()) return null;
  const all = cases();
  const pages: PageMap = {};
  all.forEach((c, i) => {
    pages[`/bench/list-${i}.html`] = c.html;
  });
  const h = await launch(pages);
  const misses: string[] = [];
  let listBadges = 0;
  let countExact = 0;
  try {
    for (const [i, c] of all.entries()) {
      const page = await h.context.newPage();
      await page
        .goto(`${h.baseUrl}/bench/list-${i}.html`, { waitUntil: 'domcontentloaded', timeout: 15_000 })
        .catch(() => {});
      const toggle = page.locator('review-lens-badge').getByRole('button', { name: /^Review Lens/ });
      const text = await toggle
        .textContent({ timeout: BADGE_WAIT_MS })
        .then((t) => t ?? '')
        .catch(() => null);
      const count = text?.match(/· ([\d,]+) reviews?$/)?.[1];
      if (count) {
        listBadges++;
        if (c.reviews !== null && Number(count.replace(/,/g, '')) === c.reviews) countExact++;
      } else misses.push(`${c.name} (${text === null ? 'no badge' : `badge "${text.replace(/^Review Lens/, '')}"`})`);
      await page.close();
    }
  } finally {
    await h.close();
  }
  return { pages: all.length, listBadges, countExact, misses };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await benchListBadges();
  if (!r) console.log('No development data (../shared/data): skipped.');
  else {
    console.log(
      `List badge on ${r.listBadges} of ${r.pages} development list pages (${((100 * r.listBadges) / r.pages).toFixed(1)}%; target ≥ 90%), count on the badge exact on ${r.countExact}.`,
    );
    if (r.misses.length) console.log(`No list badge: ${r.misses.join('; ')}`);
  }
}
