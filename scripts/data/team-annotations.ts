// Loads the team's 2026-12-07 annotations (scripts/data/team-annotations, see its README): 48 IMDB user reviews
// of imdb-train-full (by id) and 16 Pang & Lee scale critics' reviews (by source file and lines), each marked
// `tuning` (failures read) or `validation` (scored only: never read). No model trains on either part.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DATA_DIR } from '../eval/shared';
import type { AnnotatedPerson } from './people-annotations';

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

/** Where every annotated review comes from, both parts, as the quote ranker's external sample names its reviews:
 *  "aclImdb/train/pos/1752_9" or "pang-lee-scale-v1/scale_whole_review/…", so it can leave them out. */
export function teamReviewSources(): string[] {
  return TEAM_SETS.flatMap((set) =>
    loadTeamRows(set).map((row) => (row.id ? `aclImdb/${row.id}` : (row.source ?? ''))),
  );
}
