// Gold people for the "people" eval: the credits header that three of the four Pang & Lee scale critics write at
// the top of a full review (see ../shared/data/pang-lee-scale-v1/README.md). The header is the gold; the body
// without it is what the finder reads. Run directly to print how many reviews carry a header.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PersonRole } from '../../lib/schema';
import { type Credit, parseCreditsLine } from '../../lib/summarise/people/credits';
import { DATA_DIR } from '../eval/shared';

/** A credits header sits in the first lines (Berardinelli puts release facts on the line above it). */
const HEADER_SEARCH_LINES = 3;

export interface GoldPerson {
  name: string;
  roles: PersonRole[];
  characters: string[];
  /** Position in the header (lead cast and director come first). */
  order: number;
}

export interface GoldReview {
  critic: string;
  id: string;
  file: string;
  /** The header line(s) as printed. */
  header: string;
  /** The review without its header: the input of the eval. */
  body: string;
  people: GoldPerson[];
}

interface ScaleRow {
  critic: string;
  id: string;
  file: string;
}

const SCALE_DIR = resolve(DATA_DIR, 'pang-lee-scale-v1');

export function loadPeopleGold(): GoldReview[] {
  const rows = readFileSync(resolve(SCALE_DIR, 'reviews.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as ScaleRow);
  const out: GoldReview[] = [];
  for (const row of rows) {
    const text = readFileSync(resolve(SCALE_DIR, row.file), 'utf8');
    const review = splitHeader(text);
    if (review) out.push({ critic: row.critic, id: row.id, file: row.file, ...review });
  }
  return out;
}

/** Header and body of one review, or null when the review has no credits header. */
export function splitHeader(text: string): Omit<GoldReview, 'critic' | 'id' | 'file'> | null {
  const lines = text.split('\n');
  let last = -1;
  const credits: Credit[] = [];
  for (let i = 0; i < Math.min(HEADER_SEARCH_LINES, lines.length); i++) {
    const found = parseCreditsLine(lines[i] ?? '');
    if (found.length === 0) continue;
    last = i;
    credits.push(...found.map((c) => ({ ...c, order: credits.length + c.order })));
  }
  if (last < 0) return null;
  return {
    header: lines.slice(0, last + 1).join('\n'),
    body: lines.slice(last + 1).join('\n'),
    people: mergeCredits(credits),
  };
}

/** Gold keeps full names only: a one-word credit is too often a stray country or a split-off suffix to trust. */
function mergeCredits(credits: Credit[]): GoldPerson[] {
  const byName = new Map<string, GoldPerson>();
  for (const c of credits) {
    if (!c.name.includes(' ')) continue;
    const key = c.name.toLowerCase();
    const person = byName.get(key) ?? { name: c.name, roles: [], characters: [], order: c.order };
    if (!person.roles.includes(c.role)) person.roles.push(c.role);
    if (c.character && !person.characters.includes(c.character)) person.characters.push(c.character);
    byName.set(key, person);
  }
  return [...byName.values()];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const gold = loadPeopleGold();
  const byCritic = new Map<string, number>();
  for (const g of gold) byCritic.set(g.critic, (byCritic.get(g.critic) ?? 0) + 1);
  console.log(`${gold.length} reviews with a credits header`, Object.fromEntries(byCritic));
  const people = gold.flatMap((g) => g.people);
  console.log(`${people.length} credited people, ${people.filter((p) => p.characters.length).length} with a character`);
}
