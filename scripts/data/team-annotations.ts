// Loads the team's 2026-12-07 annotations (scripts/data/team-annotations, see its README): 48 IMDB user reviews
// of imdb-train-full (by id) and 16 Pang & Lee scale critics' reviews (by source file and lines), each marked
// `tuning` (failures read, may be trained on) or `validation` (scored only: never read, never trained on).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DATA_DIR } from '../eval/shared';
import type { AnnotatedPerson } from './people-annotations';
import type { AnnotatedReview } from './quotes-annotations';

const TEAM_DIR = resolve(import.meta.dirname, 'team-annotations');

export type TeamPart = 'tuning' | 'validation';
export type TeamSet = 'user reviews' | 'critics';
export const TEAM_SETS: readonly TeamSet[] = ['user reviews', 'critics'];
const FILES: Record<TeamSet, string> = { 'user reviews': 'user-reviews.jsonl', critics: 'critics.jsonl' };

export interface TeamRow {
  /** imdb-train-full id ("train/pos/1752_9"): user reviews. */
  id?: string;
  /** pang-lee-scale-v1 file and the 1-based lines of its body: critics. */
  source?: string;
  lines?: number[];
  part: TeamPart;
  people: AnnotatedPerson[];
  traps: string[];
  quotes: string[];
  best_quote: string;
}

export function loadTeamRows(set: TeamSet): TeamRow[] {
  return readFileSync(resolve(TEAM_DIR, FILES[set]), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as TeamRow);
}

const jsonl = <T>(path: string): T[] =>
  readFileSync(resolve(DATA_DIR, path), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as T);

let imdbCache: Map<string, string> | undefined;
function imdbTexts(): Map<string, string> {
  imdbCache ??= new Map(
    jsonl<{ id: string; text: string }>('imdb-train-full/reviews.jsonl').map((r) => [r.id, r.text]),
  );
  return imdbCache;
}

/** The review's text as annotated. */
export function teamBody(row: TeamRow): string {
  if (row.id) return `${(imdbTexts().get(row.id) ?? '').replace(/\n*$/u, '')}\n`;
  const source = readFileSync(resolve(DATA_DIR, row.source ?? ''), 'utf8').split('\n');
  return `${(row.lines ?? []).map((n) => source[n - 1]).join('\n')}\n`;
}

/** The dataset's own side of a row: the user's pos/neg folder, the critic's label3 (2 positive, 0 negative). */
function sideOf(row: TeamRow): -1 | 0 | 1 {
  if (row.id) return row.id.includes('/pos/') ? 1 : -1;
  const file = (row.source ?? '').replace(/^pang-lee-scale-v1\//u, '');
  const label3 = jsonl<{ file: string; label3: number }>('pang-lee-scale-v1/reviews.jsonl').find(
    (r) => r.file === file,
  )?.label3;
  return label3 === 2 ? 1 : label3 === 0 ? -1 : 0;
}

/** The rows of one part as the quote ranker's annotated reviews. */
export function teamQuoteReviews(part: TeamPart): AnnotatedReview[] {
  return TEAM_SETS.flatMap((set) =>
    loadTeamRows(set)
      .filter((row) => row.part === part)
      .map((row) => ({
        set: set === 'critics' ? ('critics' as const) : ('user-reviews' as const),
        file: `team:${row.id ?? `${row.source}:${row.lines?.[0]}`}`,
        source: row.id ? `aclImdb/${row.id}` : (row.source ?? ''),
        body: teamBody(row),
        quotes: row.quotes,
        best: row.best_quote,
        side: sideOf(row),
      })),
  );
}
